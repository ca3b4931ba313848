// The 8-digit pairing code on a large on-screen keypad (a kiosk or a pad has no keyboard): staff type
// the code shown on the admin page once. A physical keyboard works too. A refusal clears the digits.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_CODE_DIGITS, type HallError } from '../../../electron/contract';
import { errorText } from './errors';
import { DIGIT_KEYS, useDigitEntry } from './useDigitEntry';
import './pairing-code.css';

interface Props {
  busy: boolean;
  error: HallError | null;
  onPair: (code: string) => void;
}

export function PairingCodePad({ busy, error, onPair }: Props) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState('');
  useEffect(() => {
    if (error) setDigits('');
  }, [error]);

  const press = useDigitEntry({ digits, setDigits, length: PAIRING_CODE_DIGITS, busy, onSubmit: onPair });

  const refusal = !error
    ? null
    : error.code === 'unauthenticated'
      ? t('pairing.wrongCode')
      : error.code === 'too_many_attempts'
        ? t('pairing.tooMany')
        : errorText(t, error);
  const cells = Array.from({ length: PAIRING_CODE_DIGITS }, (_, i) => digits[i] ?? '');
  return (
    <div className="code-pad" data-testid="code-pad">
      <p className="code-hint">{t('pairing.codeHint')}</p>
      <div className="code-display" aria-label={t('pairing.code')} data-testid="code-display" data-value={digits}>
        {cells.map((digit, i) => (
          <span key={i} className={`code-cell${digit ? ' filled' : ''}${i === 4 ? ' gap' : ''}`}>
            {digit}
          </span>
        ))}
      </div>
      <div className="code-keys">
        {DIGIT_KEYS.map((key) => (
          <button key={key} type="button" className={`code-key code-${key}`} onClick={() => press(key)} disabled={busy} data-testid={`code-key-${key}`}>
            {key === 'clear' ? t('pairing.clear') : key === 'back' ? '⌫' : key}
          </button>
        ))}
      </div>
      <button type="button" className="code-ok" disabled={busy || digits.length !== PAIRING_CODE_DIGITS} onClick={() => press('ok')} data-testid="code-submit">
        {busy ? t('pairing.pairing') : t('pairing.ok')}
      </button>
      {refusal && (
        <p className="pair-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
