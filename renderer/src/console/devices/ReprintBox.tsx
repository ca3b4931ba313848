// Reprint from the console: a ticket that did not print (heard since this page opened), the last
// ticket issued, or a given number (A012), then what became of it (the print.result of that
// reprint). Also sends the number to the preview.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { useRunner } from '../useRunner';
import { unprinted, type LoggedResult } from './useDevices';

interface Props {
  runner: ReturnType<typeof useRunner>;
  log: LoggedResult[];
  onPreview: (number: string | null) => void;
}

const NUMBER = /^[A-Z]\d{3}$/;

export function ReprintBox({ runner, log, onPreview }: Props) {
  const { t } = useTranslation();
  const { run, busy } = runner;
  const [number, setNumber] = useState('');
  const [asked, setAsked] = useState<{ ticketId: number; number: string; since: number } | null>(null);
  const [bad, setBad] = useState(false);

  const typed = () => {
    const n = number.trim().toUpperCase();
    setBad(!NUMBER.test(n));
    return NUMBER.test(n) ? n : null;
  };
  const reprint = async (ticketId?: number) => {
    const since = Date.now();
    const r = await run('tickets.reprint', ticketId === undefined ? {} : { ticketId });
    if (r.ok) setAsked({ ...r.value, since });
  };
  const reprintNumber = async (event: FormEvent) => {
    event.preventDefault();
    const n = typed();
    if (!n) return;
    const found = await run('tickets.printout', { number: n });
    if (found.ok && found.value.ticketId !== null) await reprint(found.value.ticketId);
  };

  const outcome = asked && log.find((l) => l.result.reprint && l.result.ticketId === asked.ticketId && l.at >= asked.since)?.result;
  let status = null;
  if (asked && !outcome) status = <p className="reprint-status info">{t('reprint.sent', { number: asked.number })}</p>;
  if (outcome?.ok) status = <p className="reprint-status ok">{t('reprint.ok', { number: outcome.number })}</p>;
  if (outcome && !outcome.ok) {
    status = <p className="reprint-status error">{t('reprint.failed', { number: outcome.number, reason: t(`printerState.${outcome.printer}`) })}</p>;
  }

  const failed = unprinted(log);
  return (
    <section className="reprint-box" data-testid="reprint-box">
      <h3>{t('devices.failedPrints')}</h3>
      {failed.length === 0 && <p className="failed-none">{t('devices.noFailedPrints')}</p>}
      <ul className="failed-prints" data-testid="failed-prints">
        {failed.map(({ result, at }) => (
          <li key={`${result.ticketId}-${at}`}>
            <b>{result.number}</b>
            <span>{t(`printerState.${result.printer}`)}</span>
            <button type="button" disabled={busy} onClick={() => void reprint(result.ticketId)}>
              {t('reprint.submit')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('reprint.title')}</h3>
      <button type="button" disabled={busy} onClick={() => void reprint()} data-testid="reprint-last">
        {t('reprint.last')}
      </button>
      <form onSubmit={(e) => void reprintNumber(e)}>
        <label>
          <span>{t('reprint.number')}</span>
          <input value={number} onChange={(e) => setNumber(e.target.value)} placeholder={t('reprint.placeholder')} data-testid="reprint-number" />
        </label>
        <button type="submit" className="primary" disabled={busy || !number.trim()} data-testid="reprint-submit">
          {t('reprint.submit')}
        </button>
        <button type="button" disabled={busy || !number.trim()} onClick={() => onPreview(typed())} data-testid="preview-number">
          {t('preview.show')}
        </button>
      </form>
      {bad && <p className="reprint-status error">{t('reprint.badNumber')}</p>}
      <div aria-live="polite" data-testid="reprint-status">
        {status}
      </div>
    </section>
  );
}
