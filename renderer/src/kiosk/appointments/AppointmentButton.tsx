// The big 预约签到 button: on the kiosk's home, and (at merge) on the closed screen, since a resident
// with a booking for later today checks in whatever the hour.
import { useTranslation } from 'react-i18next';
import './check-in.css';

export function AppointmentButton({ onOpen, disabled = false }: { onOpen: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="appt-open" onClick={onOpen} disabled={disabled} data-testid="appointment-check-in">
      <span className="appt-open-name">{t('appointments.kiosk.button')}</span>
      <span className="appt-open-hint">{t('appointments.kiosk.buttonHint')}</span>
    </button>
  );
}
