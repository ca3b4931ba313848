// A ticket's progress page, `GET /t/<token>`: what the QR code on the ticket opens on a resident's
// phone. Rendered here as one small HTML page (no script, its style inline, refreshing itself every
// 30 s), because a phone on the hall's Wi-Fi should see it at once without loading a renderer bundle.
// The language: the ticket's (the resident's choice at the kiosk), else the browser's, else zh-CN.
// Answers: 200 the page, 404 an unknown token (a page that says so), 429 too_many_attempts with
// Retry-After (hall.progress limits each address). Refusals are logged by log-routes.ts, the token masked.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { HallError, Lang, TicketProgress } from '../contract';
import type { Hall } from '../core/hall';
import { formatHallTime } from '../shared/hall-time';
import { translatorFor } from '../shared/locales';
import { sourceOf } from './login-source';
import { noteErrorCode } from './log-routes';

export const PROGRESS_PATH = '/t/:token';
export const REFRESH_SECONDS = 30;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The browser's first language we have (Accept-Language), or null. */
export function browserLang(header: string | undefined): Lang | null {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return null;
}

const STYLE = `
  body { margin: 0; font-family: system-ui, -apple-system, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
         background: #f3f5f8; color: #1c2430; }
  main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1.25rem; }
  h1 { font-size: 1.1rem; font-weight: 600; margin: 0 0 1rem; color: #475467; }
  .card { background: #fff; border-radius: 1rem; padding: 1.5rem 1.25rem; box-shadow: 0 1px 3px rgba(0,0,0,.08); text-align: center; }
  .service { font-size: 1.25rem; margin: 0; }
  .number { font-size: 4.5rem; font-weight: 700; letter-spacing: .05em; margin: .25rem 0; font-variant-numeric: tabular-nums; }
  .state { display: inline-block; border-radius: 999px; padding: .2rem .9rem; font-size: 1rem; background: #e8eef9; color: #1d4ed8; }
  .state.called, .state.serving, .state.held { background: #fff4e0; color: #b45309; }
  .state.finished, .state.ended { background: #eef0f3; color: #475467; }
  .main-line { font-size: 1.5rem; font-weight: 600; margin: 1.25rem 0 .25rem; }
  .sub-line { font-size: 1.1rem; margin: .25rem 0; color: #344054; }
  .as-of { font-size: .9rem; color: #667085; margin-top: 1.25rem; text-align: center; }
`;

function page(lang: Lang, title: string, body: string, refresh: boolean): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? `<meta http-equiv="refresh" content="${REFRESH_SECONDS}">` : ''}
<meta name="robots" content="noindex">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

function progressHtml(p: TicketProgress, lang: Lang): string {
  const t = translatorFor(lang);
  const lines: string[] = [];
  if (p.state === 'waiting') {
    lines.push(p.ahead ? t('ticketPrint.progress.ahead', { count: p.ahead }) : t('ticketPrint.progress.aheadNone'));
    if (p.estimatedWaitMinutes) lines.push(t('ticketPrint.progress.estimate', { count: p.estimatedWaitMinutes }));
  } else if (p.state === 'called' || p.state === 'serving' || p.state === 'held') {
    lines.push(t(`ticketPrint.progress.${p.state}`, { window: p.windowNo ?? '' }));
  } else {
    lines.push(t(`ticketPrint.progress.${p.state}`));
  }
  const [main, ...rest] = lines;
  const body = `<h1>${escape(p.hallName)} · ${escape(t('ticketPrint.progress.title'))}</h1>
<section class="card" data-state="${p.state}">
<p class="service">${escape(p.service[lang])}</p>
<p class="number" data-testid="progress-number">${escape(p.number)}</p>
<span class="state ${p.state}">${escape(t(`ticketPrint.progress.state.${p.state}`))}</span>
<p class="main-line" data-testid="progress-main">${escape(main ?? '')}</p>
${rest.map((line) => `<p class="sub-line">${escape(line)}</p>`).join('\n')}
</section>
<p class="as-of">${escape(t('ticketPrint.progress.asOf', { time: formatHallTime(p.at, 'timeSeconds', p.timeZone) }))}</p>`;
  return page(lang, `${p.number} · ${t('ticketPrint.progress.title')}`, body, p.state !== 'finished' && p.state !== 'ended');
}

function errorHtml(error: HallError, lang: Lang): string {
  const t = translatorFor(lang);
  const [title, hint] =
    error.code === 'not_found'
      ? [t('ticketPrint.progress.notFound'), t('ticketPrint.progress.notFoundHint')]
      : error.code === 'too_many_attempts'
        ? [t('ticketPrint.progress.tooMany'), t('ticketPrint.progress.tooManyHint', { seconds: error.retryAfter ?? 1 })]
        : [t('ticketPrint.progress.title'), t('ticketPrint.progress.failed')];
  return page(
    lang,
    title,
    `<section class="card" data-error="${error.code}"><p class="main-line">${escape(title)}</p><p class="sub-line">${escape(hint)}</p></section>`,
    false,
  );
}

const statusOf: Partial<Record<HallError['code'], number>> = { not_found: 404, too_many_attempts: 429 };

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer') // the token is the page's address: never pass it on
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
    .send(html);
}

export function registerProgressPage(app: FastifyInstance, hall: Hall): void {
  app.get(PROGRESS_PATH, async (request, reply) => {
    const { token } = request.params as { token: string };
    const result = hall.progress(token, sourceOf(request.socket));
    const asked = browserLang(request.headers['accept-language']);
    if (result.ok) return send(reply, 200, progressHtml(result.value, result.value.lang ?? asked ?? 'zh-CN'));
    noteErrorCode(request, result.error.code);
    if (result.error.retryAfter !== undefined) reply.header('retry-after', String(result.error.retryAfter));
    return send(reply, statusOf[result.error.code] ?? 500, errorHtml(result.error, asked ?? 'zh-CN'));
  });
}
