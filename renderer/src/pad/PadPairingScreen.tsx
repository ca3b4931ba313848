// Shown to staff while the pad is not paired: its window number and the pad's device PIN.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pairingErrorText } from '../shared/errors';
import type { PadPairing } from './usePadPairing';

export function PadPairingScreen({ pairing }: { pairing: PadPairing }) {
  const { t } = useTranslation();
  const [windowNo, setWindowNo] = useState(pairing.suggested ? String(pairing.suggested) : '');
  const [pin, setPin] = useState('');
  const n = Number(windowNo);
  const valid = Number.isInteger(n) && n > 0 && pin !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) void pairing.pair(n, pin);
  };
  const error = pairingErrorText(t, pairing.error, 'pad.pairWrongPin');
  return (
    <form className="pad-pair" onSubmit={submit} data-testid="pad-pairing">
      <h1>{t('pad.pairTitle')}</h1>
      {pairing.expired && <p className="pair-expired">{t('pad.pairExpired')}</p>}
      <p>{t('pad.pairHint')}</p>
      <label>
        <span>{t('pad.pairWindow')}</span>
        <input inputMode="numeric" value={windowNo} onChange={(e) => setWindowNo(e.target.value.trim())} data-testid="pad-pair-window" />
      </label>
      <label>
        <span>{t('pad.pairPin')}</span>
        <input type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="pad-pair-pin" />
      </label>
      <button type="submit" disabled={pairing.busy || !valid}>
        {pairing.busy ? t('pad.pairing') : t('pad.pairSubmit')}
      </button>
      {error && (
        <p className="pair-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
