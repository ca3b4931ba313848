// The ticket's progress page (issue 14: "the QR code opens a ticket progress page that the hall serves,
// position and estimate only, nothing personal, rate-limited"), over real loopback HTTP. Each client
// binds its own loopback address (127.0.0.x), so the server sees distinct phones as it would on the
// hall's Wi-Fi; time moves only on the hall's manual clock.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Lang, Session } from '../../electron/contract';
import { PROGRESS_LIMIT } from '../../electron/core/progress-door';
import type { FastifyRequest } from 'fastify';
import { requestPath } from '../../electron/server/log-routes';
import { startServer, type RunningServer } from '../../electron/server/server';
import { login, MINUTE, openSeededHall, run, staff, type TestHall } from '../support/hall';

interface Page {
  status: number;
  html: string;
  retryAfter: string | undefined;
  headers: Record<string, unknown>;
}

let t: TestHall;
let server: RunningServer;
let kiosk: Session;

function get(path: string, from = '127.0.0.2', acceptLanguage?: string): Promise<Page> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptLanguage ? { 'accept-language': acceptLanguage } : {};
    const req = request(`${server.url}${path}`, { headers, localAddress: from, agent: false }, (res) => {
      let html = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (html += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, html, retryAfter: res.headers['retry-after'] as string | undefined, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What a phone reads: the page's text without its markup. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const issueIn = (serviceId: string, lang?: Lang) => run(t.hall, 'tickets.issue', lang ? { serviceId, lang } : { serviceId }, kiosk);
const pathOf = (ticketId: number) => `/t/${t.hall.devices.ticketLink(ticketId).token}`;

beforeEach(async () => {
  t = openSeededHall();
  server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
  kiosk = login(t.hall, 'kiosk');
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

describe('the page of a ticket', () => {
  test('waiting: the number, its service, how many are ahead and the estimate; plain HTML that refreshes itself', async () => {
    staff(t.hall, '1001', 1); // one open window: the estimate is its pace
    issueIn('A');
    issueIn('A');
    const a3 = issueIn('A');
    const page = await get(pathOf(a3.id));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.html).toMatch(/<meta http-equiv="refresh" content="30">/);
    expect(page.html).not.toMatch(/<script/);
    expect(page.html).toContain('<p class="number" data-testid="progress-number">A003</p>');
    const text = textOf(page.html);
    expect(text).toContain('示范街道社区事务受理服务中心 · 排队进度');
    expect(text).toContain('人社');
    expect(text).toContain('等候中');
    expect(text).toContain('前面还有 2 人等候');
    expect(text).toMatch(/预计等候约 \d+ 分钟/);
    expect(text).toContain('更新于 09:00:00');
  });

  test('called to a window, being served, on hold, done: each says where to go or that it is over', async () => {
    const clerk = staff(t.hall, '1001', 3);
    const a1 = issueIn('A');
    const page = async () => textOf((await get(pathOf(a1.id))).html);
    run(t.hall, 'window.callNext', { window: 3 }, clerk);
    expect(await page()).toContain('已叫号 请到 3 号窗口办理');
    run(t.hall, 'window.start', { window: 3 }, clerk);
    expect(await page()).toContain('办理中 正在 3 号窗口办理');
    run(t.hall, 'window.hold', { window: 3 }, clerk);
    expect(await page()).toContain('挂起 已挂起：材料备齐后请回到 3 号窗口');
    run(t.hall, 'window.resumeHeld', { window: 3 }, clerk);
    t.clock.advance(4 * MINUTE);
    run(t.hall, 'window.finish', { window: 3 }, clerk);
    const done = await get(pathOf(a1.id));
    expect(textOf(done.html)).toContain('已办结 已办理完毕，感谢您的耐心等候');
    expect(done.html).not.toMatch(/http-equiv="refresh"/); // nothing more to wait for
  });

  test('nothing personal: no name, phone, booking code or clerk on the page of an appointment ticket', async () => {
    const admin = login(t.hall, 'admin');
    const booking = { code: '500001', serviceId: 'A', date: '2026-11-23', start: '09:00', end: '09:30', name: '孙七', phone: '13866668888' };
    run(t.hall, 'appointments.upsert', { bookings: [booking] }, admin);
    const checkIn = run(t.hall, 'appointments.checkIn', { code: '500001' }, kiosk);
    const clerk = staff(t.hall, '1001', 1);
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    const clerkName = (t.hall.db.prepare("SELECT name FROM users WHERE id = '1001'").get() as { name: string }).name;
    const page = await get(pathOf(checkIn.ticket.id));
    expect(textOf(page.html)).toContain('请到 1 号窗口办理');
    for (const personal of ['孙七', '13866668888', '8888', '500001', clerkName, '1001']) expect(page.html).not.toContain(personal);
  });

  test("in the ticket's language (the resident's choice at the kiosk), else the browser's", async () => {
    const en = issueIn('A', 'en');
    const tw = issueIn('A', 'zh-TW');
    const none = issueIn('A');
    const english = textOf((await get(pathOf(en.id), '127.0.0.2', 'zh-CN')).html);
    expect(english).toContain('Queue progress');
    expect(english).toContain('No one ahead of you: listen for your number');
    expect(textOf((await get(pathOf(tw.id))).html)).toContain('前面還有 1 人等候');
    expect(textOf((await get(pathOf(none.id), '127.0.0.2', 'en-GB,en;q=0.8')).html)).toContain('2 people ahead of you');
    expect(textOf((await get(pathOf(none.id))).html)).toContain('前面还有 2 人等候');
  });

  test('a transferred ticket: the same QR code follows it to its new queue', async () => {
    const clerk = staff(t.hall, '1001', 1);
    const a1 = issueIn('A');
    const path = pathOf(a1.id);
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, clerk);
    const text = textOf((await get(path)).html);
    expect(text).toContain('民政');
    expect(text).toContain('等候中');
  });
});

describe('a page nobody can guess, and no flood', () => {
  test("every ticket's token opens its own page (the MAC is base64url: dashes and underscores of its own)", () => {
    const tickets = Array.from({ length: 40 }, () => issueIn('C'));
    for (const [i, ticket] of tickets.entries()) {
      const result = t.hall.progress(t.hall.devices.ticketLink(ticket.id).token, `phone ${i}`);
      expect(result.ok && result.value.number).toBe(ticket.number);
    }
  });

  test('unknown, made-up and number-shaped tokens are one 404 page, in the browser language', async () => {
    const a1 = issueIn('A');
    const real = t.hall.devices.ticketLink(a1.id).token;
    const [id36] = real.split('-');
    const forged = `${id36}-${'A'.repeat(22)}`;
    const other = `${(a1.id + 1).toString(36)}-${real.split('-')[1]}`; // the next ticket with this one's MAC
    for (const token of [forged, other, 'A001', '20261123A001', 'x'.repeat(90)]) {
      const page = await get(`/t/${token}`, '127.0.0.2', 'en');
      expect(page.status).toBe(404);
      expect(page.html).toContain('data-error="not_found"');
      expect(textOf(page.html)).toContain('Ticket not found');
    }
    expect(real).not.toContain('A001');
  });

  test('per address: the burst, then 429 too_many_attempts with Retry-After; another phone is served; the clock refills', async () => {
    const path = pathOf(issueIn('A').id);
    for (let i = 0; i < PROGRESS_LIMIT.burst; i++) expect((await get(path, '127.0.0.2')).status).toBe(200);
    const refused = await get(path, '127.0.0.2');
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe(String(PROGRESS_LIMIT.everyMs / 1000));
    expect(refused.html).toContain('data-error="too_many_attempts"');
    expect(textOf(refused.html)).toContain('请 3 秒后再试');
    // Guessing counts too: a wrong token from the refused address is refused before it is looked up.
    expect((await get('/t/zz-AAAAAAAAAAAAAAAAAAAAAA', '127.0.0.2')).status).toBe(429);
    expect((await get(path, '127.0.0.3')).status).toBe(200);
    t.clock.advance(PROGRESS_LIMIT.everyMs);
    expect((await get(path, '127.0.0.2')).status).toBe(200);
    expect((await get(path, '127.0.0.2')).status).toBe(429);
  });
});

test("the hall log never holds a page's token (it opens that ticket's page): the path is logged as /t/<token>", () => {
  const path = (url: string) => requestPath({ url } as FastifyRequest);
  expect(path('/t/2-uHMq219vuV8SEJkypYzsv0')).toBe('/t/<token>');
  expect(path('/t/2-uHMq219vuV8SEJkypYzsv0?utm=x')).toBe('/t/<token>');
  expect(path('/api/tickets')).toBe('/api/tickets');
});
