// The pickup code on a huge on-screen keypad (elderly residents: big keys, plain words): six digits,
// 重输 to start again, 退格 for one digit. A physical keyboard works too.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PICKUP_CODE_DIGITS } from '../../../../electron/contract';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;

interface Props {
  digits: string;
  setDigits: (digits: string) => void;
  busy: boolean;
  onSubmit: () => void;
}

export function PickupKeypad({ digits, setDigits, busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const press = useCallback(
    (key: string) => {
      if (busy) return;
      if (key === 'clear') setDigits('');
      else if (key === 'back') setDigits(digits.slice(0, -1));
      else if (key === 'ok') {
        if (digits.length === PICKUP_CODE_DIGITS) onSubmit();
      } else if (digits.length < PICKUP_CODE_DIGITS) setDigits(digits + key);
    },
    [busy, digits, setDigits, onSubmit],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') press('back');
      else if (event.key === 'Enter') press('ok');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [press]);

  const cells = Array.from({ length: PICKUP_CODE_DIGITS }, (_, i) => digits[i] ?? '');
  return (
    <div className="pk-pad" data-testid="pickup-pad">
      <div className="pk-display" aria-label={t('pickupKiosk.code')} data-testid="pickup-display" data-value={digits}>
        {cells.map((digit, i) => (
          <span key={i} className={`pk-cell${digit ? ' filled' : ''}`}>
            {digit}
          </span>
        ))}
      </div>
      <div className="pk-keys">
        {KEYS.map((key) => (
          <button key={key} type="button" className={`pk-key pk-${key}`} onClick={() => press(key)} disabled={busy} data-testid={`pickup-key-${key}`}>
            {key === 'clear' ? t('pickupKiosk.clear') : key === 'back' ? t('pickupKiosk.back') : key}
          </button>
        ))}
      </div>
      <button type="button" className="pk-ok" disabled={busy || digits.length !== PICKUP_CODE_DIGITS} onClick={() => press('ok')} data-testid="pickup-submit">
        {busy ? t('pickupKiosk.checking') : t('pickupKiosk.ok')}
      </button>
    </div>
  );
}
