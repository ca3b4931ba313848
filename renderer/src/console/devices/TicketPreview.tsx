// What the printer will print: the hall's sample ticket, or a given ticket as its reprint would
// come out, drawn by the hall from the exact bytes it sends the printer.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketPrintout } from '../../../../electron/contract';
import type { useRunner } from '../useRunner';

interface Props {
  runner: ReturnType<typeof useRunner>;
  /** A ticket number to show; null for the sample. */
  number: string | null;
}

export function TicketPreview({ runner, number }: Props) {
  const { t } = useTranslation();
  const { run } = runner;
  const [printout, setPrintout] = useState<TicketPrintout | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    void run('tickets.printout', number ? { number } : {}).then((r) => {
      if (live && r.ok) setPrintout(r.value);
    });
    return () => {
      live = false;
    };
  }, [run, number, reload]);
  return (
    <section className="ticket-preview" data-testid="ticket-preview">
      <h3>
        {t('preview.title')}
        <button type="button" onClick={() => setReload((n) => n + 1)}>
          {t('preview.refresh')}
        </button>
      </h3>
      {printout && (
        <figure>
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(printout.svg)}`} alt={t('preview.alt')} data-testid="ticket-preview-image" />
          <figcaption>{printout.ticketId === null ? t('preview.sample') : t('preview.ofTicket', { number: printout.number })}</figcaption>
        </figure>
      )}
    </section>
  );
}
