// 过号重排: a resident who missed their call is back. The clerk types the number (or picks it from today's
// no-shows, hall-wide) and it waits again requeueOffset places down its queue; each ticket only so often.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../shared/useLiveQuery';

interface Props {
  offset: number;
  busy: boolean;
  onRequeue: (number: string) => Promise<boolean>;
}

export function RequeuePanel({ offset, busy, onRequeue }: Props) {
  const { t } = useTranslation();
  const { value: noShows } = useLiveQuery('tickets.noShows', {}, 'hall.changed');
  const [number, setNumber] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (number.trim() !== '' && (await onRequeue(number))) setNumber('');
  };
  return (
    <section className="qm-card" data-testid="requeue-panel">
      <h2>{t('queueMoves.requeue.title')}</h2>
      <p className="qm-hint">{t('queueMoves.requeue.hint', { offset })}</p>
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
      <h3>{t('queueMoves.requeue.list')}</h3>
      <ul className="qm-list" data-testid="no-show-list">
        {(noShows ?? []).slice(0, 6).map((n) => (
          <li key={n.id}>
            <strong>{n.number}</strong>
            <span className="qm-muted">{n.requeueLeft > 0 ? t('queueMoves.requeue.left', { count: n.requeueLeft }) : t('queueMoves.requeue.none')}</span>
            <button type="button" disabled={busy || n.requeueLeft === 0} onClick={() => void onRequeue(n.number)} data-testid={`requeue-${n.number}`}>
              {t('queueMoves.requeue.submit')}
            </button>
          </li>
        ))}
        {noShows?.length === 0 && <li className="qm-muted">{t('queueMoves.requeue.empty')}</li>}
      </ul>
    </section>
  );
}
