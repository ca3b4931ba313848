// The console's 今日预约: a button in the top bar opens a drawer with today's bookings (slot, code,
// service, state, its ticket; names and phones masked until the clerk asks to see them) and a form to
// enter a booking made by phone. The list follows hall.changed (check-ins, imports, entries).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../shared/useLiveQuery';
import { InToolbar } from '../ToolSlot';
import type { useRunner } from '../useRunner';
import { AppointmentForm } from './AppointmentForm';
import { AppointmentTable } from './AppointmentTable';
import './appointments.css';

export function AppointmentsDock({ runner }: { runner: ReturnType<typeof useRunner> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reveal, setReveal] = useState(false);
  const list = useLiveQuery('appointments.list', open ? { reveal } : null, 'hall.changed');
  return (
    <>
      <InToolbar>
        <button type="button" className="appointments-open" onClick={() => setOpen(true)} data-testid="appointments-open">
          {t('appointments.console.open')}
        </button>
      </InToolbar>
      {open && (
        <aside className="appointments-drawer" role="dialog" aria-label={t('appointments.console.title')} data-testid="appointments-drawer">
          <header>
            <h2>{t('appointments.console.title')}</h2>
            <label className="appointments-reveal">
              <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} data-testid="appointments-reveal" />
              {t('appointments.console.reveal')}
            </label>
            <button type="button" onClick={() => setOpen(false)} data-testid="appointments-close">
              {t('appointments.console.close')}
            </button>
          </header>
          <div className="appointments-main">
            <AppointmentTable rows={list.value ?? []} />
          </div>
          <div className="appointments-side">
            <AppointmentForm runner={runner} />
          </div>
        </aside>
      )}
    </>
  );
}
