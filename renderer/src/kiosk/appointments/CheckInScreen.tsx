// 预约签到: the resident types the booking code, or the last four digits of the phone number and then
// picks the service, on a large keypad. An appointment ticket goes on to the usual ticket screen (with
// its 预约 mark); anything else is one plain sentence with a big button, and a missed slot's normal
// ticket is explained before its ticket screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, IssuedTicket, ServiceView } from '../../../../electron/contract';
import { useHall } from '../../shared/hall-context';
import { currentLang } from '../../i18n';
import { useLang } from '../../shared/useLang';
import { useServices } from '../../shared/useServices';
import { checkInMessage, type CheckInNotice } from './check-in-message';
import { Keypad } from './Keypad';
import './check-in.css';

type Method = 'code' | 'phone';

interface Props {
  onIssued: (ticket: IssuedTicket, service: ServiceView) => void;
  onError: (error: HallError) => void;
  onBack: () => void;
}

export function CheckInScreen({ onIssued, onError, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const { pick } = useLang();
  const hall = useHall();
  const services = useServices(false) ?? [];
  const [method, setMethod] = useState<Method>('code');
  const [digits, setDigits] = useState('');
  const [choosingService, setChoosingService] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<CheckInNotice | null>(null);

  const serviceOf = (id: string) => services.find((s) => s.id === id);
  const switchTo = (m: Method) => (setMethod(m), setDigits(''), setChoosingService(false));
  const ready = method === 'code' ? digits.length >= 4 : digits.length === 4;

  const send = async (serviceId?: string) => {
    setBusy(true);
    const lang = currentLang(i18n.language); // the ticket prints in the language the resident is reading
    const result = await hall.send('appointments.checkIn', method === 'code' ? { code: digits, lang } : { phoneLast4: digits, serviceId: serviceId!, lang });
    setBusy(false);
    if (!result.ok) return onError(result.error);
    const outcome = result.value;
    const service = 'ticket' in outcome ? serviceOf(outcome.ticket.serviceId) : undefined;
    if (outcome.outcome === 'issued' && service) return onIssued(outcome.ticket, service);
    setNotice(outcome.outcome === 'issued' ? null : outcome);
  };

  if (notice) {
    const late = notice.outcome === 'late' ? notice : null;
    const service = late ? serviceOf(late.ticket.serviceId) : undefined;
    return (
      <main className="appt-screen appt-notice" data-testid="appointment-notice" data-outcome={notice.outcome}>
        <p className="appt-notice-text">{checkInMessage(t, notice, method === 'phone')}</p>
        <button
          type="button"
          className="appt-big"
          data-testid="appointment-notice-ok"
          onClick={() => (late && service ? onIssued(late.ticket, service) : (setNotice(null), setDigits('')))}
        >
          {late ? t('appointments.kiosk.toTicket') : t('appointments.kiosk.again')}
        </button>
        {!late && (
          <button type="button" className="appt-big appt-secondary" onClick={onBack}>
            {t('appointments.kiosk.home')}
          </button>
        )}
      </main>
    );
  }

  return (
    <main className="appt-screen" aria-busy={busy} data-testid="appointment-screen">
      <header className="appt-header">
        <h1>{t('appointments.kiosk.title')}</h1>
        <button type="button" className="appt-back" onClick={onBack} data-testid="appointment-back">
          {t('appointments.kiosk.home')}
        </button>
      </header>
      <div className="appt-methods" role="tablist">
        {(['code', 'phone'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={method === m}
            className={method === m ? 'on' : ''}
            onClick={() => switchTo(m)}
            data-testid={`method-${m}`}
          >
            {t(`appointments.kiosk.method.${m}`)}
          </button>
        ))}
      </div>
      {choosingService ? (
        <section className="appt-services" data-testid="appointment-services">
          <p className="appt-prompt">{t('appointments.kiosk.pickService')}</p>
          <div className="appt-service-grid">
            {services.map((s) => (
              <button
                key={s.id}
                type="button"
                className="appt-service"
                disabled={busy}
                onClick={() => void send(s.id)}
                data-testid={`appointment-service-${s.id}`}
              >
                {pick(s.name)}
              </button>
            ))}
          </div>
        </section>
      ) : (
        <section className="appt-entry">
          <div className="appt-left">
            <p className="appt-prompt">{t(`appointments.kiosk.prompt.${method}`)}</p>
            <output className="appt-display" data-testid="appointment-digits">
              {digits || <span className="appt-placeholder">{method === 'code' ? '______' : '____'}</span>}
            </output>
            <button
              type="button"
              className="appt-big"
              disabled={!ready || busy}
              onClick={() => (method === 'code' ? void send() : setChoosingService(true))}
              data-testid="appointment-submit"
            >
              {method === 'code' ? t('appointments.kiosk.submit') : t('appointments.kiosk.next')}
            </button>
          </div>
          <Keypad value={digits} max={method === 'code' ? 16 : 4} onChange={setDigits} disabled={busy} />
        </section>
      )}
    </main>
  );
}
