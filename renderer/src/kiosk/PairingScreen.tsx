// Shown to staff when the kiosk holds no valid device token: asks the device PIN of user `kiosk`.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pairingErrorText } from '../shared/errors';
import type { Pairing } from './usePairing';

export function PairingScreen({ pairing }: { pairing: Pairing }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pin) void pairing.pair(pin);
  };
  const error = pairingErrorText(t, pairing.error, 'kiosk.pairWrongPin');
  return (
    <form className="kiosk-pair" onSubmit={submit} data-testid="pairing">
      <h1>{t('kiosk.pairTitle')}</h1>
      {pairing.expired && <p className="pair-expired">{t('kiosk.pairExpired')}</p>}
      <p>{t('kiosk.pairHint')}</p>
      <label>
        <span>{t('kiosk.pairPin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          data-testid="pair-pin"
        />
      </label>
      <button type="submit" disabled={pairing.busy || !pin}>
        {pairing.busy ? t('kiosk.pairing') : t('kiosk.pairSubmit')}
      </button>
      {error && (
        <p className="pair-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
