// The staff-facing device-PIN form of a device page (the kiosk, a rating pad): title, hint, the device
// PIN, and a refusal in words (a wrong PIN in the device's own terms). A page adds its own fields
// (the pad its window number) as children. Beside the pairing code (PairingCodePad) it is `secondary`:
// the demo hall's public device PINs, under a smaller title.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError } from '../../../electron/contract';
import { errorText } from './errors';

interface Props {
  /** The i18n section holding pairTitle, pairExpired, pairHint, pairPin, pairing, pairSubmit, pairWrongPin. */
  keys: 'kiosk' | 'pad';
  className: string;
  testId: string;
  pinTestId: string;
  busy: boolean;
  expired: boolean;
  error: HallError | null;
  /** The page's own fields are filled in (default: there are none). */
  ready?: boolean;
  /** Shown beside the pairing code: a smaller title, the page says when the pairing expired. */
  secondary?: boolean;
  onPair: (pin: string) => void;
  children?: ReactNode;
}

export function DevicePairingForm({ keys, className, testId, pinTestId, busy, expired, error, ready = true, secondary = false, onPair, children }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pin && ready) onPair(pin);
  };
  const refusal = error ? (error.code === 'unauthenticated' ? t(`${keys}.pairWrongPin`) : errorText(t, error)) : null;
  return (
    <form className={className} onSubmit={submit} data-testid={testId}>
      {secondary ? <h2>{t('pairing.pinTitle')}</h2> : <h1>{t(`${keys}.pairTitle`)}</h1>}
      {expired && !secondary && <p className="pair-expired">{t(`${keys}.pairExpired`)}</p>}
      <p>{t(`${keys}.pairHint`)}</p>
      {children}
      <label>
        <span>{t(`${keys}.pairPin`)}</span>
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} data-testid={pinTestId} />
      </label>
      <button type="submit" disabled={busy || !pin || !ready}>
        {busy ? t(`${keys}.pairing`) : t(`${keys}.pairSubmit`)}
      </button>
      {refusal && (
        <p className="pair-error" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
