// A large on-screen number pad for elderly residents: ten digit keys, 清除 and 退格, each a big target.
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  max: number;
  onChange: (value: string) => void;
  disabled?: boolean;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function Keypad({ value, max, onChange, disabled = false }: Props) {
  const { t } = useTranslation();
  const press = (digit: string) => value.length < max && onChange(value + digit);
  return (
    <div className="appt-keypad" data-testid="appointment-keypad">
      {DIGITS.map((d) => (
        <button key={d} type="button" className="appt-key" onClick={() => press(d)} disabled={disabled} data-testid={`key-${d}`}>
          {d}
        </button>
      ))}
      <button type="button" className="appt-key appt-key-word" onClick={() => onChange('')} disabled={disabled} data-testid="key-clear">
        {t('appointments.kiosk.clear')}
      </button>
      <button type="button" className="appt-key" onClick={() => press('0')} disabled={disabled} data-testid="key-0">
        0
      </button>
      <button type="button" className="appt-key appt-key-word" onClick={() => onChange(value.slice(0, -1))} disabled={disabled} data-testid="key-back">
        {t('appointments.kiosk.backspace')}
      </button>
    </div>
  );
}
