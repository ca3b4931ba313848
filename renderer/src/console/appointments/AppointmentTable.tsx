// Today's bookings, by slot: what the clerk needs to greet a booked resident (and nothing public).
import { useTranslation } from 'react-i18next';
import type { AppointmentView } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';
import { useServices } from '../../shared/useServices';

export function AppointmentTable({ rows }: { rows: AppointmentView[] }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const services = useServices(false) ?? [];
  const serviceName = (id: string) => {
    const s = services.find((x) => x.id === id);
    return s ? `${s.prefix} ${pick(s.name)}` : id;
  };
  if (rows.length === 0) return <p className="appointments-empty">{t('appointments.console.empty')}</p>;
  const col = (key: string) => t(`appointments.console.col.${key}`);
  return (
    <table className="appointments-table" data-testid="appointments-table">
      <thead>
        <tr>
          {['slot', 'code', 'service', 'name', 'phone', 'state', 'ticket'].map((key) => (
            <th key={key}>{col(key)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.code} data-testid={`appointment-${a.code}`} data-state={a.state}>
            <td>
              {a.start}–{a.end}
            </td>
            <td className="appointments-code">{a.code}</td>
            <td>{serviceName(a.serviceId)}</td>
            <td>{a.name ?? ''}</td>
            <td>{a.phone ?? ''}</td>
            <td>
              <span className={`appointments-state state-${a.state}`}>{t(`appointments.console.state.${a.state}`)}</span>
            </td>
            <td>{a.ticketNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
