// The console's devices corner, for any logged-in clerk or the manager: the printer alert band at the
// top, and a button that opens the devices drawer: every device's status on the left; tickets not
// printed, reprint and the ticket preview on the right.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InToolbar } from '../ToolSlot';
import type { useRunner } from '../useRunner';
import { DevicesPanel } from './DevicesPanel';
import { PrinterAlert } from './PrinterAlert';
import { ReprintBox } from './ReprintBox';
import { TicketPreview } from './TicketPreview';
import { unprinted, useDevices, usePrintLog } from './useDevices';
import './devices.css';

export function DevicesDock({ runner }: { runner: ReturnType<typeof useRunner> }) {
  const { t } = useTranslation();
  const devices = useDevices();
  const log = usePrintLog();
  const [open, setOpen] = useState(false);
  const [previewNumber, setPreviewNumber] = useState<string | null>(null);
  const failed = unprinted(log);
  return (
    <>
      <PrinterAlert devices={devices} />
      <InToolbar>
        <button type="button" className="devices-open" onClick={() => setOpen(true)} data-testid="devices-open">
          {t('devices.open')}
          {failed.length > 0 && <span className="devices-count">{failed.length}</span>}
        </button>
      </InToolbar>
      {open && (
        <aside className="devices-drawer" role="dialog" aria-label={t('devices.title')} data-testid="devices-drawer">
          <header>
            <h2>{t('devices.title')}</h2>
            <button type="button" onClick={() => setOpen(false)} data-testid="devices-close">
              {t('devices.close')}
            </button>
          </header>
          <div className="devices-main">
            <DevicesPanel devices={devices} />
          </div>
          <div className="devices-side">
            <ReprintBox runner={runner} log={log} onPreview={setPreviewNumber} />
            <TicketPreview runner={runner} number={previewNumber} />
          </div>
        </aside>
      )}
    </>
  );
}
