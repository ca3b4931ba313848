// 过号重排: a resident who missed their call is back. The clerk types the number (or picks it among today's
// latest no-shows, hall-wide) and it waits again requeueOffset places down its queue, each ticket only
// so often (the hall refuses beyond its limit and says why).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../shared/useLiveQuery';

interface Props {
  offset: number;
  busy: boolean;
  onRequeue: (number: string) => Promise<boolean>;
}

/** How many of today's no-shows the row offers as buttons (the newest; any other is typed). */
const SHOWN = 4;

export function RequeuePanel({ offset, busy, onRequeue }: Props) {
  const { t } = useTranslation();
  const { value: noShows } = useLiveQuery('tickets.noShows', {}, 'hall.changed');
  const [number, setNumber] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (number.trim() !== '' && (await onRequeue(number))) setNumber('');
  };
  return (
    <section className="qm-card" data-testid="requeue-panel" title={t('queueMoves.requeue.hint', { offset })}>
      <h2>
        {t('queueMoves.requeue.title')} <small>{t('queueMoves.requeue.short', { offset })}</small>
      </h2>
      <form className="qm-requeue" onSubmit={(e) => void submit(e)}>
        <input
          aria-label={t('queueMoves.requeue.number')}
          placeholder="A001"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          data-testid="requeue-number"
        />
        <button type="submit" disabled={busy || number.trim() === ''} data-testid="requeue-submit">
          {t('queueMoves.requeue.submit')}
        </button>
      </form>
      <ul className="qm-chips" data-testid="no-show-list" aria-label={t('queueMoves.requeue.list')}>
        {(noShows ?? []).slice(0, SHOWN).map((n) => (
          <li key={n.id}>
            <button
              type="button"
              disabled={busy || n.requeueLeft === 0}
              onClick={() => void onRequeue(n.number)}
              title={n.requeueLeft > 0 ? t('queueMoves.requeue.left', { count: n.requeueLeft }) : t('queueMoves.requeue.none')}
              data-testid={`requeue-${n.number}`}
            >
              {n.number}
            </button>
          </li>
        ))}
        {noShows?.length === 0 && <li className="qm-muted qm-empty">{t('queueMoves.requeue.empty')}</li>}
      </ul>
    </section>
  );
}
