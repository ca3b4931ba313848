// The 预约 mark beside a number on the hall screen: the ticket is a booked appointment. The hall screen
// knows it only from the ticket's priority class (numbers only; never a name or a phone).
import { useTranslation } from 'react-i18next';
import type { CallView, WindowView } from '../../../electron/contract';
import './appointment-mark.css';

export function AppointmentMark({ where }: { where: 'call' | 'window' }) {
  const { t } = useTranslation();
  return (
    <span className={`appt-mark appt-mark-${where}`} data-testid={`appointment-mark-${where}`}>
      {t('appointments.tag')}
    </span>
  );
}

/** Whether a call is of an appointment ticket: its window's current ticket, as the hall view has it. */
export function isAppointmentCall(call: CallView | null, windows: readonly WindowView[]): boolean {
  if (!call) return false;
  const current = windows.find((w) => w.number === call.windowNo)?.current;
  return current?.number === call.number && current.priority === 'appointment';
}
