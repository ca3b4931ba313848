// What a ticket says, in the printer's configured language: the hall's and service's names from the
// hall, labels through i18next from the same translation files as the windows (so translators find
// every resident-facing text in one place), the QR payload from the configured format.
import i18next, { type TFunction } from 'i18next';
import type { Lang, TicketView } from '../../contract';
import type { Hall } from '../../core/hall';
import type { TicketText } from '../../../native/printer/ticket-layout';
import { formatHallTime } from '../../shared/hall-time';
import { localeResources } from '../../shared/locales';
import { fillQr, type PrinterConfig } from './config';

export interface TicketToPrint {
  ticket: TicketView;
  /** How many were ahead when it was issued; null when no longer known (a reprint after a restart). */
  ahead: number | null;
  /** When reprinted from the console; null on the first print. */
  reprintAt: Date | null;
}

function translator(lang: Lang): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: localeResources,
    lng: lang,
    fallbackLng: 'zh-CN',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** The manager's ticket notice (read at each ticket, so a change prints on the next one); else the printer config's. */
function hallNotice(hall: Hall, config: PrinterConfig): string[] {
  const notice = hall.devices.ticketNotice();
  return notice.length > 0 ? notice : config.notice;
}

const serviceName = { 'zh-CN': 'name_zh_cn', 'zh-TW': 'name_zh_tw', en: 'name_en' } as const;

/** Builds ticket texts for one hall and printer config (the hall's name and time zone are read for each ticket). */
export function ticketTexts(hall: Hall, config: PrinterConfig) {
  const t = translator(config.language);

  return ({ ticket, ahead, reprintAt }: TicketToPrint): TicketText => {
    const service = hall.devices.service(ticket.serviceId);
    const timeZone = hall.devices.timeZone(); // read at each ticket: the manager may change it
    const tag = ticket.priority === 'priority' ? t('printout.priority') : ticket.priority === 'appointment' ? t('printout.appointment') : null;
    return {
      hallName: config.hallName ?? hall.devices.hallName(),
      serviceName: service ? service[serviceName[config.language]] : ticket.serviceId,
      number: ticket.number,
      tag,
      ahead: ahead === null ? null : ahead === 0 ? t('printout.aheadNone') : t('printout.ahead', { count: ahead }),
      issuedAt: t('printout.issuedAt', { time: formatHallTime(ticket.issuedAt, 'dateTimeSeconds', timeZone) }),
      qr:
        config.qr === null
          ? null
          : {
              payload: fillQr(config.qr, { day: formatHallTime(ticket.issuedAt, 'compactDay', timeZone), number: ticket.number, id: ticket.id }),
              hint: t('printout.scan'),
            },
      notice: hallNotice(hall, config),
      reprint: reprintAt ? t('printout.reprint', { time: formatHallTime(reprintAt, 'dateTimeSeconds', timeZone) }) : null,
    };
  };
}
