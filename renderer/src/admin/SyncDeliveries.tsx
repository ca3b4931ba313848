// What the upstream confirmed, day by day: each delivery with its receipt (id, the receiver's commit
// time, chunks, how many it already had), the days still waiting with the reason of their last failed
// attempt, the days set aside, and "re-send" on every delivered or set-aside day.
import { useTranslation } from 'react-i18next';
import type { SyncStatusView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { formatTime } from './format';

interface Props {
  status: SyncStatusView;
  busy: boolean;
  onResend: (day: string) => void;
}

export function SyncDeliveries({ status, busy, onResend }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const disabled = busy || status.running || !status.configured;
  const resend = (day: string) => (
    <button type="button" className="sync-resend" disabled={disabled} onClick={() => onResend(day)} data-testid={`sync-resend-${day}`}>
      {t('sync.resend')}
    </button>
  );
  // One re-send button per day, on its newest delivery.
  const newest = new Set<string>();
  const cols = ['day', 'round', 'deliveredAt', 'receipt', 'receivedAt', 'chunks', ''] as const;

  return (
    <>
      {status.failures.length > 0 && (
        <ul className="sync-failures" data-testid="sync-failures">
          {status.failures.map((f) => (
            <li key={f.day}>{t('sync.failure', { day: f.day, time: formatTime(f.at, lang), reason: f.error })}</li>
          ))}
        </ul>
      )}
      {status.setAside.length > 0 && (
        <ul className="sync-aside" data-testid="sync-aside">
          {status.setAside.map((d) => (
            <li key={d.day}>
              <span>{t('sync.setAside', { day: d.day, reason: d.error })}</span>
              {resend(d.day)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('sync.deliveries')}</h3>
      {status.deliveries.length === 0 ? (
        <p className="sync-empty">{t('sync.noDeliveries')}</p>
      ) : (
        <table className="sync-deliveries" data-testid="sync-deliveries">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c}>{c && t(`sync.col.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {status.deliveries.map((d) => {
              const first = !newest.has(d.day);
              newest.add(d.day);
              return (
                <tr key={`${d.day}-${d.round}`} data-testid={`sync-delivery-${d.day}-${d.round}`}>
                  <td className="num">{d.day}</td>
                  <td>{d.round === 1 ? t('sync.firstRound') : t('sync.resentRound', { round: d.round - 1 })}</td>
                  <td>{formatTime(d.deliveredAt, lang)}</td>
                  <td className="sync-receipt" title={d.receiptId}>
                    {d.receiptId.slice(0, 8)}
                  </td>
                  <td>{formatTime(d.receivedAt, lang)}</td>
                  <td>{d.duplicates > 0 ? t('sync.chunksDuplicate', { chunks: d.chunks, duplicates: d.duplicates }) : d.chunks}</td>
                  <td>{first && resend(d.day)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
