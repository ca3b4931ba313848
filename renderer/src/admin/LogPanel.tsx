// The hall log for the manager: the newest lines (all, warnings and up, errors only), a page of 50
// to 500 at a time with older pages on request, and the download of the current file or any kept one.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logFilterLevels, type LogFileView, type LogFilterLevel, type LogLineView } from '../../../electron/contract';
import { LogLines } from './LogLines';
import './log.css';
import type { Admin } from './useAdmin';
import { saveTextAs } from './save-file';

const PAGE_SIZES = [50, 100, 200, 500];

const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function LogPanel({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [level, setLevel] = useState<LogFilterLevel>('info');
  const [limit, setLimit] = useState(100);
  const [lines, setLines] = useState<LogLineView[]>([]);
  const [files, setFiles] = useState<LogFileView[]>([]);
  const [next, setNext] = useState<string | null>(null);

  const load = useCallback(
    async (before?: string) => {
      const result = await run('log.tail', { level, limit, before });
      if (!result.ok) return;
      setLines((shown) => (before ? [...shown, ...result.value.lines] : result.value.lines));
      setFiles(result.value.files);
      setNext(result.value.next);
    },
    [run, level, limit],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const download = async (name?: string) => {
    const result = await run('log.file', name ? { name } : {});
    if (result.ok) saveTextAs(result.value.name, result.value.text, 'application/x-ndjson');
  };

  return (
    <section className="log-panel" data-testid="log-panel">
      <h2>{t('log.title')}</h2>
      <div className="log-tools">
        <label>
          <span>{t('log.level')}</span>
          <select value={level} onChange={(e) => setLevel(e.target.value as LogFilterLevel)} data-testid="log-level">
            {logFilterLevels.map((l) => (
              <option key={l} value={l}>
                {t(`log.filter.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('log.count')}</span>
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))} data-testid="log-limit">
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {t('log.lines', { count: n })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void load()} disabled={admin.busy} data-testid="log-refresh">
          {t('log.refresh')}
        </button>
        <button type="button" className="log-primary" onClick={() => void download()} disabled={files.length === 0} data-testid="log-download">
          {t('log.downloadCurrent')}
        </button>
      </div>
      <LogLines lines={lines} />
      {next && (
        <button type="button" className="log-older" onClick={() => void load(next)} disabled={admin.busy} data-testid="log-older">
          {t('log.older')}
        </button>
      )}
      <details className="log-files" data-testid="log-files">
        <summary>{t('log.files', { count: files.length })}</summary>
        <ul>
          {files.map((f) => (
            <li key={f.name}>
              <code>{f.name}</code>
              <span>{formatSize(f.size)}</span>
              <span>{f.current ? t('log.current') : ''}</span>
              <button type="button" onClick={() => void download(f.name)} data-testid={`log-file-${f.name}`}>
                {t('log.download')}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
