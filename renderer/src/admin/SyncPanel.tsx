// The nightly upstream sync for the manager: where it goes, when, what was delivered, what waits,
// what the upstream refused and why, the hall clock's skew, and "send now" with its progress.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusView } from '../../../electron/contract';
import { useHallEvent } from '../shared/useHallEvent';
import './sync.css';
import type { Admin } from './useAdmin';

interface Form {
  url: string;
  hallId: string;
  secret: string;
  windowStart: string;
  windowEnd: string;
}

const fromStatus = (s: SyncStatusView): Form => ({
  url: s.url ?? '',
  hallId: s.hallId ?? '',
  secret: '',
  windowStart: s.window?.start ?? '01:00',
  windowEnd: s.window?.end ?? '05:00',
});

export function SyncPanel({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const refresh = useCallback(async () => {
    const result = await run('sync.status', {});
    if (result.ok) setStatus(result.value);
    return result;
  }, [run]);
  useEffect(() => {
    void refresh().then((r) => r.ok && setForm(fromStatus(r.value)));
  }, [refresh]);
  useHallEvent('sync.changed', () => void refresh());
  if (!status || !form) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run('sync.configure', { ...form, secret: form.secret || undefined });
    if (result.ok) {
      setStatus(result.value);
      setForm({ ...form, secret: '' });
      admin.setNotice({ kind: 'ok', text: t('sync.saved') });
    }
  };
  const field = (key: keyof Form, type = 'text') => (
    <label>
      <span>{t(`sync.field.${key}`)}</span>
      <input
        type={type}
        value={form[key]}
        placeholder={key === 'secret' && status.configured ? t('sync.secretKept') : ''}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        data-testid={`sync-${key}`}
      />
    </label>
  );

  return (
    <section className="sync-panel" data-testid="sync-panel">
      <h2>{t('sync.title')}</h2>
      <form className="sync-form" onSubmit={(e) => void save(e)}>
        {field('url', 'url')}
        {field('hallId')}
        {field('secret', 'password')}
        {field('windowStart', 'time')}
        {field('windowEnd', 'time')}
        <button type="submit" disabled={admin.busy}>
          {t('sync.save')}
        </button>
      </form>
      <dl className="sync-status" data-testid="sync-status">
        <dt>{t('sync.lastDelivered')}</dt>
        <dd data-testid="sync-last">{status.lastDelivered ?? t('sync.none')}</dd>
        <dt>{t('sync.waiting')}</dt>
        <dd data-testid="sync-waiting">{status.waiting.length === 0 ? t('sync.nothingWaiting') : t('sync.days', { count: status.waiting.length, first: status.waiting[0] })}</dd>
        <dt>{t('sync.nextAttempt')}</dt>
        <dd>{status.nextAttemptAt ? new Date(status.nextAttemptAt).toLocaleString() : t('sync.none')}</dd>
        {status.lastError && (
          <>
            <dt>{t('sync.lastError')}</dt>
            <dd className="sync-error" data-testid="sync-error">{status.lastError}</dd>
          </>
        )}
        {status.skewWarning && (
          <>
            <dt>{t('sync.clock')}</dt>
            <dd className="sync-error">{t('sync.skew', { minutes: Math.round((status.skewMs ?? 0) / 60_000) })}</dd>
          </>
        )}
      </dl>
      {status.setAside.length > 0 && (
        <ul className="sync-aside" data-testid="sync-aside">
          {status.setAside.map((d) => (
            <li key={d.day}>{t('sync.setAside', { day: d.day, reason: d.error })}</li>
          ))}
        </ul>
      )}
      <button type="button" disabled={!status.configured || status.running} onClick={() => void run('sync.sendNow', {}).then(refresh)} data-testid="sync-now">
        {status.running && status.progress
          ? t('sync.progress', { day: status.progress.day, chunk: status.progress.chunk + 1, chunks: status.progress.chunks })
          : t('sync.sendNow')}
      </button>
    </section>
  );
}
