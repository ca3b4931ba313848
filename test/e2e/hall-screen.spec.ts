// The hall screen's call queue and voice in real Chromium over the real LAN server: windows 1 and 2 call
// within a moment of each other (well under 150 ms apart); both calls are queued in order and said one after the other through
// the one audio path (the screen's event log, window.__announcerLog, with the player's own events),
// and both get the big panel in turn. A third call, at window 4, waits behind them and its ticket is
// finished before its turn: it is dropped, never shown or said. The consoles show what is announced.
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { flashesOf, watchFlashes } from './flash-watch';

// This spec hears the clips: the hall TV's browser plays without a tap (as the Electron app does).
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--autoplay-policy=no-user-gesture-required',
    ],
  },
});

type Entry = { t: number; kind: string; number: string; windowNo: number; type?: string; reason?: string; outcome?: { state: string } };
type Logged = Window & { __announcerLog?: Entry[] };

const contexts: BrowserContext[] = [];
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function token(request: APIRequestContext, user: string, pin: string): Promise<string> {
  return (await (await request.post('/api/login', { data: { user, pin } })).json()).token as string;
}

async function openConsole(browser: Browser, user: string, windowNo: number): Promise<Page> {
  const con = await newPage(browser);
  await con.goto('/console');
  await con.getByLabel('工号').fill(user);
  await con.getByLabel('密码').fill('1234');
  await con.getByRole('button', { name: '登录' }).click();
  await con.getByTestId(`sign-in-${windowNo}`).click();
  await expect(con.getByTestId('panel-window')).toHaveText(`${windowNo}号窗口`);
  return con;
}

const screenLog = (caller: Page) => caller.evaluate(() => (window as Logged).__announcerLog ?? []);
/** The sequencer's steps, as `kind number` (the player's events left out). */
const steps = async (caller: Page) => (await screenLog(caller)).filter((e) => e.kind !== 'player').map((e) => `${e.kind} ${e.number}`);

test('two calls within 150 ms queue in order and get the panel in turn; a finished ticket’s queued call is dropped', async ({ browser, request }) => {
  const caller = await newPage(browser);
  await watchFlashes(caller);
  await caller.goto('/caller');
  await expect(caller.getByTestId('window-1')).toBeVisible();

  const kiosk = await token(request, 'kiosk', '8888');
  for (const serviceId of ['A', 'B', 'C'])
    expect((await request.post('/api/tickets', { headers: { authorization: `Bearer ${kiosk}` }, data: { serviceId } })).status()).toBe(201);
  const one = await openConsole(browser, '1001', 1);
  const two = await openConsole(browser, '1002', 2);
  const clerk4 = { authorization: `Bearer ${await token(request, '1004', '1234')}` };
  expect((await request.post('/api/windows/4/sign-in', { headers: clerk4 })).status()).toBe(200);

  // Windows 1 and 2 call back to back (the second request leaves as the first is answered), then window 4.
  const call = async (windowNo: number, headers: Record<string, string>) => {
    const called = await request.post(`/api/windows/${windowNo}/call-next`, { headers });
    const body = await called.json();
    expect(body.ticket, `window ${windowNo} calls a ticket: ${JSON.stringify(body)}`).toBeTruthy();
    return (body.ticket as { number: string }).number;
  };
  const clerk1 = { authorization: `Bearer ${await token(request, '1001', '1234')}` };
  const clerk2 = { authorization: `Bearer ${await token(request, '1002', '1234')}` };
  // Other specs share this hall and may have left a ticket current at a window: its clerk finishes it first.
  for (const [headers, windowNo] of [
    [clerk1, 1],
    [clerk2, 2],
    [clerk4, 4],
  ] as const) {
    const { current } = await (await request.get(`/api/windows/${windowNo}`, { headers })).json();
    if (!current) continue;
    if (current.state === 'called') expect((await request.post(`/api/windows/${windowNo}/start`, { headers })).status()).toBe(200);
    expect((await request.post(`/api/windows/${windowNo}/finish`, { headers, data: {} })).status()).toBe(200);
  }
  const first = await call(1, clerk1);
  const second = await call(2, clerk2);
  const third = await call(4, clerk4);
  await expect(one.getByTestId('current-number')).toHaveText(first);
  await expect(two.getByTestId('current-number')).toHaveText(second);

  await expect.poll(() => steps(caller)).toEqual([`queued ${first}`, `start ${first}`, `queued ${second}`, `queued ${third}`]);
  const log = await screenLog(caller);
  const queuedAt = (n: string) => log.find((e) => e.kind === 'queued' && e.number === n)!.t;
  expect(queuedAt(second) - queuedAt(first)).toBeLessThan(1000); // the second came while the first was being said
  await expect(caller.getByTestId('latest-call')).toHaveAttribute('data-number', first);
  await expect.poll(() => flashesOf(caller)).toContain(first);

  // Window 4's resident came up to the desk anyway: started and finished before the call's turn.
  expect((await request.post('/api/windows/4/start', { headers: clerk4 })).status()).toBe(200);
  expect((await request.post('/api/windows/4/finish', { headers: clerk4, data: {} })).status()).toBe(200);

  // The console at window 2 sees its call waiting its turn on the hall screen, then being said.
  await expect(two.getByTestId('announcement-status')).toHaveAttribute('data-state', 'queued');

  // Then the second call's turn: the panel, flashing, and its announcement after the first one ended.
  await expect(caller.getByTestId('latest-call')).toHaveAttribute('data-number', second, { timeout: 30_000 });
  await expect.poll(() => flashesOf(caller)).toEqual([first, second]);
  await expect(caller.getByTestId('latest-call-text')).toHaveText(`请${second}号到2号窗口`);
  await expect(two.getByTestId('announcement-status')).toHaveAttribute('data-state', 'announcing');
  await expect
    .poll(() => steps(caller), { timeout: 30_000 })
    .toEqual([
      `queued ${first}`,
      `start ${first}`,
      `queued ${second}`,
      `queued ${third}`,
      `end ${first}`,
      `start ${second}`,
      `end ${second}`,
      `dropped ${third}`,
    ]);
  await expect(two.getByTestId('announcement-status')).toHaveAttribute('data-state', 'announced');
  await expect(one.getByTestId('announcement-status')).toHaveAttribute('data-state', 'announced');

  // One audio path: every clip of the first call played and ended before the second's first clip began.
  const done = await screenLog(caller);
  const player = (n: string) => done.filter((e) => e.kind === 'player' && e.number === n);
  expect(player(first).at(-1)).toMatchObject({ type: 'finished' });
  expect(player(first).filter((e) => e.type === 'missing')).toEqual([]);
  expect(player(first).at(-1)!.t).toBeLessThanOrEqual(player(second)[0]!.t);
  expect(player(second).filter((e) => e.type === 'started').length).toBeGreaterThan(10);
  expect(player(third)).toEqual([]);
  expect(done.find((e) => e.kind === 'dropped')).toMatchObject({ number: third, reason: 'outdated' });
  expect(done.filter((e) => e.kind === 'end').map((e) => e.outcome?.state)).toEqual(['announced', 'announced']);
  // The dropped call never had the panel: it stays on the second call.
  await expect(caller.getByTestId('latest-call')).toHaveAttribute('data-number', second);

  // Leave the windows as the other specs expect them: nothing current, nobody signed in.
  for (const [headers, windowNo] of [
    [clerk1, 1],
    [clerk2, 2],
  ] as const) {
    await request.post(`/api/windows/${windowNo}/start`, { headers });
    expect((await request.post(`/api/windows/${windowNo}/finish`, { headers, data: {} })).status()).toBe(200);
    expect((await request.post(`/api/windows/${windowNo}/sign-out`, { headers })).status()).toBe(200);
  }
  expect((await request.post('/api/windows/4/sign-out', { headers: clerk4 })).status()).toBe(200);
});
