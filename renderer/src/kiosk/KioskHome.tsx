// The home screen: every service and the 绿色通道 on one screen, no scrolling, in either orientation.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursNowView, ServiceView } from '../../../electron/contract';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useHallView } from '../shared/useHallView';
import { useLang } from '../shared/useLang';
import { useServices } from '../shared/useServices';
import { GreenLaneIcon } from './GreenLaneIcon';
import { AppointmentButton } from './appointments/AppointmentButton';
import { PickupButton } from './pickup/PickupButton';
import { ReadAloudButton } from './ReadAloudButton';
import { ServiceButton } from './ServiceButton';
import type { KioskVoice } from './useKioskVoice';
import { serviceLine } from './opening-words';

interface Props {
  priorityMode: boolean;
  setPriorityMode: (on: boolean) => void;
  busy: boolean;
  onPick: (service: ServiceView) => void;
  voice: KioskVoice;
  /** What is open now (null: not known yet, or a hall without hours: every service as it is). */
  hours: HoursNowView | null;
  /** Opens 预约签到. */
  onAppointment: () => void;
  /** 取件: a resident back for a result (pickup/PickupScreen.tsx). */
  onPickup: () => void;
}

export function KioskHome({ priorityMode, setPriorityMode, busy, onPick, voice, hours, onAppointment, onPickup }: Props) {
  const { t, i18n } = useTranslation();
  const { lang } = useLang();
  const services = useServices(true);
  const view = useHallView();
  const offered = view?.kioskLanguages;
  // A language the manager no longer offers gives way to the first one offered (also after the idle reset).
  useEffect(() => {
    if (offered && offered.length > 0 && !offered.includes(lang)) void i18n.changeLanguage(offered[0]);
  }, [offered, lang, i18n]);
  return (
    <main className={`kiosk-home${priorityMode ? ' priority-mode' : ''}`} aria-busy={busy}>
      <header className="kiosk-header">
        <div className="kiosk-titles">
          <div className="kiosk-hall">{view?.hallName ?? ''}</div>
          <h1 data-testid="kiosk-title">{priorityMode ? t('kiosk.priorityBanner') : t('kiosk.title')}</h1>
        </div>
        <div className="kiosk-tools">
          <ReadAloudButton voice={voice} services={services ?? []} />
          <LanguageSwitch className="kiosk-lang" offered={offered} />
        </div>
      </header>
      <div className="svc-grid" data-testid="service-grid">
        {(services ?? []).map((s) => (
          <ServiceButton
            key={s.id}
            service={s}
            disabled={busy}
            onPick={onPick}
            hours={
              hours?.configured && hours.services[s.id]
                ? { state: hours.services[s.id]!, line: serviceLine(t, hours.services[s.id]!, hours.businessDay, hours.timeZone) }
                : null
            }
          />
        ))}
        <button
          type="button"
          className={`svc svc-priority${priorityMode ? ' cancel' : ''}`}
          onClick={() => setPriorityMode(!priorityMode)}
          disabled={busy}
          aria-pressed={priorityMode}
          data-testid="priority-lane"
        >
          {priorityMode ? (
            <span className="svc-name small">{t('kiosk.priorityCancel')}</span>
          ) : (
            <>
              <span className="svc-priority-title">
                <GreenLaneIcon />
                <span className="svc-name">{t('kiosk.priorityButton')}</span>
              </span>
              <span className="svc-hint">{t('greenLane.hint')}</span>
              <span className="svc-who">
                {t('kiosk.priorityWho')
                  .split(' · ')
                  .map((who) => (
                    <span key={who}>{who}</span>
                  ))}
              </span>
            </>
          )}
        </button>
      </div>
      {/* Visits that are not a new service: a result to collect, a booked visit. */}
      <div className="kiosk-visits">
        <PickupButton disabled={busy || priorityMode} onOpen={onPickup} />
        <AppointmentButton onOpen={onAppointment} disabled={busy || priorityMode} />
      </div>
      {busy && <div className="kiosk-busy">{t('kiosk.issuing')}</div>}
    </main>
  );
}
