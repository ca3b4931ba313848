// The lines of the hall log as a table, newest first: warnings and errors stand out, and a click on
// a line opens its details (the error's stack, every field). The lines are English, for whoever
// looks into a problem; time, level and source are in the page's language.
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogLineView } from '../../../electron/contract';
import { formatHallTime } from '../../../electron/shared/hall-time';

const formatFields = (fields: Record<string, unknown> | undefined) =>
  Object.entries(fields ?? {})
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('  ');

export function LogLines({ lines }: { lines: LogLineView[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  if (lines.length === 0) return <p className="log-empty">{t('log.empty')}</p>;
  return (
    <table className="log-lines" data-testid="log-lines">
      <thead>
        <tr>
          <th>{t('log.col.time')}</th>
          <th>{t('log.col.level')}</th>
          <th>{t('log.col.source')}</th>
          <th>{t('log.col.msg')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <Fragment key={line.at}>
            <tr
              className={`log-line log-${line.level}`}
              onClick={() => setOpen(open === line.at ? null : line.at)}
              data-testid="log-line"
              data-level={line.level}
            >
              <td className="log-time">{Number.isNaN(Date.parse(line.time)) ? line.time : formatHallTime(line.time, 'dateTimeSeconds')}</td>
              <td className="log-level">{t(`log.levels.${line.level}`)}</td>
              <td className="log-source">{t(`log.source.${line.source}`, { defaultValue: line.source })}</td>
              <td className="log-msg">
                <span>{line.msg}</span>
                {line.err && <span className="log-err">{line.err.message}</span>}
                {line.fields && <span className="log-fields">{formatFields(line.fields)}</span>}
              </td>
            </tr>
            {open === line.at && (
              <tr className="log-details">
                <td colSpan={4}>
                  <pre>{[line.err?.stack ?? line.err?.message, formatFields(line.fields)].filter(Boolean).join('\n\n') || t('log.noDetails')}</pre>
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
