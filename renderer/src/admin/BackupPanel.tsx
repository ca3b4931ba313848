// The hall's backups for the manager: where the copies go (a USB drive or a network share), how many
// are kept and when the nightly one runs; "back up now"; every copy with its size, age and
// verification; the last failure; the data disk's free space; and how to restore the newest copy.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCopyView, BackupStatusView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { useHallEvent } from '../shared/useHallEvent';
import { formatTime } from './format';
import './backup.css';
import type { Admin } from './useAdmin';

interface Form {
  folder: string;
  keep: string;
  time: string;
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

function useAge() {
  const { t } = useTranslation();
  return (seconds: number) => {
    if (seconds < 3600) return t('backup.age.minutes', { count: Math.floor(seconds / 60) });
    if (seconds < 48 * 3600) return t('backup.age.hours', { count: Math.floor(seconds / 3600) });
    return t('backup.age.days', { count: Math.floor(seconds / 86400) });
  };
}

export function BackupPanel({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const age = useAge();
  const { run } = admin;
  const [status, setStatus] = useState<BackupStatusView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const refresh = useCallback(async () => {
    const result = await run('backup.status', {});
    if (result.ok) setStatus(result.value);
    return result;
  }, [run]);
  useEffect(() => {
    void refresh().then((r) => r.ok && setForm({ folder: r.value.folder ?? '', keep: String(r.value.keep), time: r.value.time }));
  }, [refresh]);
  useHallEvent('backup.changed', () => void refresh());
  if (!status || !form) return null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run('backup.configure', { folder: form.folder, keep: Number(form.keep), time: form.time });
    if (result.ok) {
      setStatus(result.value);
      admin.setNotice({ kind: 'ok', key: 'backup.saved' });
    }
  };
  const verified = (c: BackupCopyView) =>
    c.integrity === 'ok' ? t('backup.verified.ok') : c.integrity === null ? t('backup.verified.unknown') : t('backup.verified.bad', { problem: c.integrity });

  return (
    <section className="backup-panel" data-testid="backup-panel">
      <h2>{t('backup.title')}</h2>
      <form className="backup-form" onSubmit={(e) => void save(e)}>
        <label className="backup-folder">
          <span>{t('backup.field.folder')}</span>
          <input
            value={form.folder}
            placeholder={t('backup.folderHint')}
            onChange={(e) => setForm({ ...form, folder: e.target.value })}
            data-testid="backup-folder"
          />
        </label>
        <label>
          <span>{t('backup.field.keep')}</span>
          <input type="number" min={1} max={365} value={form.keep} onChange={(e) => setForm({ ...form, keep: e.target.value })} data-testid="backup-keep" />
        </label>
        <label>
          <span>{t('backup.field.time')}</span>
          <input type="time" value={form.time} onChange={(e) => setForm({ ...form, time: e.target.value })} data-testid="backup-time" />
        </label>
        <button type="submit" disabled={admin.busy}>
          {t('backup.save')}
        </button>
        <button
          type="button"
          className="backup-now"
          disabled={!status.folder || status.running}
          onClick={() => void run('backup.runNow', {}).then(refresh)}
          data-testid="backup-now"
        >
          {status.running ? t('backup.running') : t('backup.runNow')}
        </button>
      </form>
      <dl className="backup-status">
        <dt>{t('backup.lastRun')}</dt>
        <dd data-testid="backup-last">
          {status.lastRun
            ? `${formatTime(status.lastRun.at, lang)} ${status.lastRun.ok ? t('backup.ok') : t('backup.failed', { error: status.lastRun.error })}`
            : t('backup.never')}
        </dd>
        <dt>{t('backup.nextAt')}</dt>
        <dd>{status.nextAt ? formatTime(status.nextAt, lang) : t('backup.never')}</dd>
        {status.disk && (
          <>
            <dt>{t('backup.disk')}</dt>
            <dd className={status.disk.low ? 'backup-bad' : ''} data-testid="backup-disk">
              {t('backup.diskFree', { free: (status.disk.freeBytes / 2 ** 30).toFixed(1), total: (status.disk.totalBytes / 2 ** 30).toFixed(0) })}
            </dd>
          </>
        )}
      </dl>
      {status.copies.length === 0 ? (
        <p className="backup-none">{t('backup.noCopies')}</p>
      ) : (
        <table className="backup-copies" data-testid="backup-copies">
          <thead>
            <tr>
              <th>{t('backup.col.file')}</th>
              <th>{t('backup.col.takenAt')}</th>
              <th>{t('backup.col.age')}</th>
              <th>{t('backup.col.size')}</th>
              <th>{t('backup.col.verified')}</th>
            </tr>
          </thead>
          <tbody>
            {status.copies.map((c) => (
              <tr key={c.file}>
                <td className="backup-file">{c.file}</td>
                <td>{formatTime(c.takenAt, lang)}</td>
                <td>{age(c.ageSeconds)}</td>
                <td>{t('backup.size', { size: mib(c.size) })}</td>
                <td className={c.integrity === 'ok' ? 'backup-good' : 'backup-bad'}>{verified(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.restoreCommand && (
        <div className="backup-restore" data-testid="backup-restore">
          <p>{t('backup.restoreHow')}</p>
          <code>{status.restoreCommand}</code>
        </div>
      )}
    </section>
  );
}
