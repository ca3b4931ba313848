// What a ticket says, in the language its resident chose at the kiosk (else the printer's configured
// one): the hall's and service's names from the hall, labels through i18next from the same translation
// files as the windows (so translators find every resident-facing text in one place), the QR code.
// The QR code (`qr: 'progress'`, the default) opens the ticket's progress page at the hall's
// publicBaseUrl, and only then does the ticket say 扫码查看排队进度; without an address it prints no
// code and no such line. A hall's own format (`qr: "https://…/{number}"`) prints its code with no line
// under it: where it leads is the hall's, and the ticket says nothing it cannot keep.
import type { Lang, TicketView } from '../../contract';
import type { Hall } from '../../core/hall';
import type { TicketText } from '../../../native/printer/ticket-layout';
import { formatHallTime } from '../../shared/hall-time';
import { translatorFor } from '../../shared/locales';
import { fillQr, type PrinterConfig } from './config';

export interface TicketToPrint {
  ticket: TicketView;
  /** How many are ahead: when it was issued, or for a reprint when it is reprinted; null when it no longer waits. */
  ahead: number | null;
  /** When reprinted from the console; null on the first print. */
  reprintAt: Date | null;
}

/**
 * The manager's ticket notice (read at each ticket, so a change prints on the next one; printed as
 * written, in whatever language the manager wrote it); else the printer config's, in the ticket's
 * language when the config has one list per language.
 */
function hallNotice(hall: Hall, config: PrinterConfig, lang: Lang): string[] {
  const notice = hall.devices.ticketNotice();
  if (notice.length > 0) return notice;
  return Array.isArray(config.notice) ? config.notice : config.notice[lang];
}

const serviceName = { 'zh-CN': 'name_zh_cn', 'zh-TW': 'name_zh_tw', en: 'name_en' } as const;

/** The QR code and the line under it, or null (no address to lead to, or none configured). */
function qrOf(hall: Hall, config: PrinterConfig, ticket: TicketView, token: string, scan: string): TicketText['qr'] {
  if (config.qr === null) return null;
  if (config.qr === 'progress') {
    const base = hall.devices.publicBaseUrl();
    return base === null ? null : { payload: `${base}/t/${token}`, hint: scan };
  }
  const day = formatHallTime(ticket.issuedAt, 'compactDay', hall.devices.timeZone());
  return { payload: fillQr(config.qr, { day, number: ticket.number, id: ticket.id, token }), hint: null };
}

/** Builds ticket texts for one hall and printer config (the hall's name and time zone are read for each ticket). */
export function ticketTexts(hall: Hall, config: PrinterConfig) {
  return ({ ticket, ahead, reprintAt }: TicketToPrint): TicketText => {
    const link = hall.devices.ticketLink(ticket.id);
    const lang = link.lang ?? config.language;
    const t = translatorFor(lang);
    const service = hall.devices.service(ticket.serviceId);
    const timeZone = hall.devices.timeZone(); // read at each ticket: the manager may change it
    const tag = ticket.priority === 'priority' ? t('printout.priority') : ticket.priority === 'appointment' ? t('printout.appointment') : null;
    return {
      hallName: config.hallName ?? hall.devices.hallName(),
      serviceName: service ? service[serviceName[lang]] : ticket.serviceId,
      number: ticket.number,
      tag,
      ahead: ahead === null ? null : ahead === 0 ? t('printout.aheadNone') : t('printout.ahead', { count: ahead }),
      issuedAt: t('printout.issuedAt', { time: formatHallTime(ticket.issuedAt, 'dateTimeSeconds', timeZone) }),
      qr: qrOf(hall, config, ticket, link.token, t('printout.scan')),
      notice: hallNotice(hall, config, lang),
      reprint: reprintAt ? t('printout.reprint', { time: formatHallTime(reprintAt, 'dateTimeSeconds', timeZone) }) : null,
    };
  };
}
