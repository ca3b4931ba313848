// The nightly upstream sync for the manager: where it goes, when, whether free text is masked, what was
// delivered (with its receipts, SyncDeliveries), what waits and why, what the upstream refused, the hall
// clock's skew, "send now" with its progress, and the re-send of a day.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusView } from '../../../electron/contract';
import { useHallEvent } from '../shared/useHallEvent';
import { formatTime } from './format';
import './sync.css';
import { SyncDeliveries } from './SyncDeliveries';
import type { Admin } from './useAdmin';

interface Form {
  url: string;
  hallId: string;
  secret: string;
  windowStart: string;
  windowEnd: string;
  maskText: boolean;
}
type TextField = Exclude<keyof Form, 'maskText'>;

const fromStatus = (s: SyncStatusView): Form => ({
  url: s.url ?? '',
  hallId: s.hallId ?? '',
  secret: '',
  windowStart: s.window?.start ?? '01:00',
  windowEnd: s.window?.end ?? '05:00',
  maskText: s.maskText,
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
      admin.setNotice({ kind: 'ok', key: 'sync.saved' });
    }
  };
  const resend = async (day: string) => {
    const result = await run('sync.resend', { day });
    if (result.ok) {
      setStatus(result.value);
      admin.setNotice({ kind: 'ok', key: 'sync.resending', values: { day } });
    }
  };
  const field = (key: TextField, type = 'text') => (
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
        <label className="sync-mask">
          <input type="checkbox" checked={form.maskText} onChange={(e) => setForm({ ...form, maskText: e.target.checked })} data-testid="sync-maskText" />
          <span>{t('sync.field.maskText')}</span>
        </label>
        <button type="submit" disabled={admin.busy}>
          {t('sync.save')}
        </button>
      </form>
      <dl className="sync-status" data-testid="sync-status">
        <dt>{t('sync.lastDelivered')}</dt>
        <dd data-testid="sync-last">{status.lastDelivered ?? t('sync.none')}</dd>
        <dt>{t('sync.waiting')}</dt>
        <dd data-testid="sync-waiting">
          {status.waiting.length === 0 ? t('sync.nothingWaiting') : t('sync.days', { count: status.waiting.length, first: status.waiting[0] })}
        </dd>
        <dt>{t('sync.text')}</dt>
        <dd data-testid="sync-text">{status.maskText ? t('sync.textMasked') : t('sync.textVerbatim')}</dd>
        <dt>{t('sync.nextAttempt')}</dt>
        <dd>{status.nextAttemptAt ? formatTime(status.nextAttemptAt) : t('sync.none')}</dd>
        {status.lastError && (
          <>
            <dt>{t('sync.lastError')}</dt>
            <dd className="sync-error" data-testid="sync-error">
              {status.lastError}
            </dd>
          </>
        )}
        {status.skewWarning && (
          <>
            <dt>{t('sync.clock')}</dt>
            <dd className="sync-error">{t('sync.skew', { minutes: Math.round((status.skewMs ?? 0) / 60_000) })}</dd>
          </>
        )}
      </dl>
      <button type="button" disabled={!status.configured || status.running} onClick={() => void run('sync.sendNow', {}).then(refresh)} data-testid="sync-now">
        {status.running && status.progress
          ? t('sync.progress', { day: status.progress.day, chunk: status.progress.chunk + 1, chunks: status.progress.chunks })
          : t('sync.sendNow')}
      </button>
      <SyncDeliveries status={status} busy={admin.busy} onResend={(day) => void resend(day)} />
    </section>
  );
}
