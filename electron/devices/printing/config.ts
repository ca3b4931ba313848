// The `printer` section of this PC's devices config: where the ticket printer is and what goes on the
// ticket. Checked at load, so a wrong address or a QR format that would not print fails at start
// with the field named, never at the first resident's tap.
import { z } from 'zod';
import { parseTcpAddress } from '../../../native/printer/link-tcp';
import { codePages } from '../../../native/printer/gbk-text';
import { QR_PAYLOAD } from '../../../native/printer/ticket-layout';

type QrValues = { day: string; number: string; id: number; token: string };

/**
 * A hall's own QR payload for a ticket: {day} = business day (20261123), {number} = A001, {id} = ticket
 * id, {token} = the token of its progress page (the part after /t/).
 */
export function fillQr(format: string, values: QrValues): string {
  return format.replace(/\{(day|number|id|token)\}/g, (_, key: keyof QrValues) => String(values[key]));
}

const LONGEST = { day: '20261123', number: 'A001', id: 123456, token: `zzzzzz-${'x'.repeat(22)}` };
const qrFormat = z.string().refine((f) => QR_PAYLOAD.test(fillQr(f, LONGEST)), {
  message: 'must give 1–120 printable ASCII characters ({day}, {number}, {id} and {token} are filled in); Chinese cannot go in the QR code',
});

const noticeLines = z.array(z.string().max(120)).max(8);

export const printerConfigSchema = z
  .strictObject({
    interface: z.enum(['tcp', 'serial', 'file']),
    /** tcp: host or host:port (port 9100 by default); serial: /dev/ttyUSB0, COM3; file: /dev/usb/lp0. */
    address: z.string().trim().min(1),
    /** Serial only. */
    baudRate: z.number().int().positive().default(9600),
    /** Paper width in mm: 80 (48 columns) or 58 (32 columns). */
    width: z.union([z.literal(80), z.literal(58)]).default(80),
    /** The ticket's language when the resident chose none (the hall's notices are printed as written). */
    language: z.enum(['zh-CN', 'zh-TW', 'en']).default('zh-CN'),
    /** What the printer's font has: 'gbk' (GB18030 printers) or 'gb2312' (older ones: no traditional characters). */
    codePage: z.enum(codePages).default('gbk'),
    /**
     * What the QR code holds: 'progress' the ticket's progress page at the hall's publicBaseUrl (none
     * while that is unset); a format of the hall's own (printed with no line under it); null none.
     */
    qr: z
      .union([z.literal('progress'), qrFormat])
      .nullable()
      .default('progress'),
    /** The hall's notice lines (opening hours, rules): one list for every ticket, or one per ticket language. */
    notice: z.union([noticeLines, z.strictObject({ 'zh-CN': noticeLines, 'zh-TW': noticeLines, en: noticeLines })]).default([]),
    /** Printed instead of the hall's name from its settings. */
    hallName: z.string().trim().min(1).max(40).optional(),
    /** Extra attempts when the printer cannot be reached and no byte of the ticket left. */
    retries: z.number().int().min(0).max(5).default(2),
    /** How long to wait for a connection or a status answer, ms. */
    timeoutMs: z.number().int().min(100).max(10_000).default(1500),
    /** How often to ask the idle printer for its state (paper near end shows on the console), ms; 0 never. */
    statusEveryMs: z.number().int().min(0).max(600_000).default(10_000),
    cut: z.enum(['partial', 'full']).default('partial'),
  })
  .superRefine((c, ctx) => {
    if (c.interface !== 'tcp') return;
    try {
      parseTcpAddress(c.address);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: (error as Error).message });
    }
  });

export type PrinterConfig = z.infer<typeof printerConfigSchema>;
