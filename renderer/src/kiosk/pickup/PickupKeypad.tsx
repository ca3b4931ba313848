// The pickup code on a huge on-screen keypad (elderly residents: big keys, plain words): six digits,
// 重输 to start again, 退格 for one digit. A physical keyboard works too.
import { useTranslation } from 'react-i18next';
import { PICKUP_CODE_DIGITS } from '../../../../electron/contract';
import { DIGIT_KEYS, useDigitEntry } from '../../shared/useDigitEntry';

interface Props {
  digits: string;
  setDigits: (digits: string) => void;
  busy: boolean;
  onSubmit: () => void;
}

export function PickupKeypad({ digits, setDigits, busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const press = useDigitEntry({ digits, setDigits, length: PICKUP_CODE_DIGITS, busy, onSubmit });

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
        {DIGIT_KEYS.map((key) => (
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
