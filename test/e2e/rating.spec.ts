// 好差评 end to end over the real LAN server in real Chromium: clerk 1002 finishes a ticket at window 2,
// the window's pad asks for a rating, the resident chooses 不满意 with a reason and words, the pad
// thanks; the manager sees the 差评 as a follow-up case and closes it through 核实 → 整改 → 反馈.
// Screenshots of the pad at each step (zh-CN, and English levels) go to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });
const TABLET = { width: 1280, height: 800 };

/** Each page in its own context (its own storage, like its own device), all closed after the test. */
const contexts: BrowserContext[] = [];
async function newPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  contexts.push(context);
  return context.newPage();
}
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function issueTicket(request: APIRequestContext, serviceId: string): Promise<string> {
  const login = await request.post('/api/login', { data: { user: 'kiosk', pin: '8888' } });
  const issued = await request.post('/api/tickets', { headers: { authorization: `Bearer ${(await login.json()).token}` }, data: { serviceId } });
  expect(issued.status()).toBe(201);
  return (await issued.json()).number as string;
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

/**
 * Calls the window's next ticket, serves it and finishes it with item C01; returns its number. Other
 * specs share this hall and may leave tickets waiting, so the number is read, not assumed.
 */
async function serveNext(con: Page): Promise<string> {
  await con.getByTestId('action-callNext').click();
  await expect(con.getByTestId('current-number')).toHaveText(/^[A-Z]\d{3}$/);
  const number = (await con.getByTestId('current-number').textContent())!;
  await con.getByTestId('action-start').click();
  await con.getByTestId('action-finish').click();
  const dialog = con.getByTestId('finish-dialog');
  await dialog.getByTestId('finish-search').fill('C01');
  await expect(dialog.getByTestId('finish-option-C01')).toHaveAttribute('aria-selected', 'true');
  await dialog.getByTestId('finish-dialog-confirm').click();
  await expect(con.getByTestId('console-notice')).toHaveText(`${number} 已办结`);
  return number;
}

/** The follow-up case of the 差评 given to this ticket at this window, by the hall's own answer. */
async function caseOf(request: APIRequestContext, number: string, windowNo: number): Promise<number> {
  const login = await request.post('/api/login', { data: { user: 'admin', pin: '000000' } });
  const headers = { authorization: `Bearer ${(await login.json()).token}` };
  const ratings = (await (await request.get('/api/ratings', { headers })).json()) as { id: number; number: string; windowNo: number; level: number }[];
  const rating = ratings.find((r) => r.number === number && r.windowNo === windowNo && r.level <= 2)!;
  const cases = (await (await request.get('/api/followups?filter=all', { headers })).json()) as { id: number; rating: { id: number } }[];
  return cases.find((c) => c.rating.id === rating.id)!.id;
}

/** Nothing on the page is cut off: no scrolling, and each of these lies inside the viewport. */
async function expectWhole(page: Page, testIds: string[]) {
  const size = page.viewportSize()!;
  const scroll = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
  expect(scroll.h).toBeLessThanOrEqual(size.height);
  expect(scroll.w).toBeLessThanOrEqual(size.width);
  for (const id of testIds) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.y, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height, id).toBeLessThanOrEqual(size.height);
  }
}

/** Each such text fits inside its own box and inside its button (nothing spills or is cut off). */
async function expectNotClipped(page: Page, selector: string) {
  const clipped = await page.$$eval(selector, (els) =>
    els
      .filter((e) => {
        const box = e.getBoundingClientRect();
        const parent = e.parentElement!.getBoundingClientRect();
        const inside = box.left >= parent.left - 1 && box.right <= parent.right + 1 && box.top >= parent.top - 1 && box.bottom <= parent.bottom + 1;
        return !inside || e.scrollWidth > e.clientWidth + 1;
      })
      .map((e) => e.textContent),
  );
  expect(clipped).toEqual([]);
}

test('a 差评 on the pad becomes a follow-up case the manager closes in three steps', async ({ browser, request }) => {
  await issueTicket(request, 'C');
  const con = await openConsole(browser, '1002', 2);
  let number = '';

  const pad = await newPage(browser, TABLET);
  await test.step('the pad pairs from ?window=2&pin= and shows the clerk while idle', async () => {
    await pad.goto('/pad?window=2&pin=6666');
    await expect(pad.getByTestId('pad-clerk')).toContainText('李静');
    await expect(pad.getByTestId('pad-clerk')).toContainText('工号 1002');
    expect(pad.url()).not.toContain('pin=');
    await expect(pad.getByTestId('pad-window')).toHaveText('2号窗口');
    await shot(pad, 'pad-1-idle');
  });

  await test.step('finishing on the console asks the pad for a rating, spoken', async () => {
    number = await serveNext(con);
    await expect(con.getByTestId('rating-status-text')).toHaveText(number);
    await expect(con.getByTestId('rating-wait-state')).toHaveText('等待评价');
    await expect(pad.getByTestId('pad-levels')).toBeVisible();
    await expect(pad.getByTestId('pad-ticket')).toHaveText(`${number} 号`);
    for (const [level, word] of [
      [5, '非常满意'],
      [4, '满意'],
      [3, '基本满意'],
      [2, '不满意'],
      [1, '非常不满意'],
    ] as const) {
      await expect(pad.getByTestId(`level-${level}`)).toHaveText(word);
      const box = (await pad.getByTestId(`level-${level}`).boundingBox())!;
      expect(box.height).toBeGreaterThan(200); // large targets
    }
    await expect(pad.getByTestId('pad-countdown')).toHaveText(/^\d+ 秒后自动结束$/);
    await expect(pad.locator('html')).toHaveAttribute('data-voice', 'prompt');
    const clip = await request.get('/voice/rating/prompt.wav');
    expect(clip.status()).toBe(200);
    expect((await clip.body()).length).toBeGreaterThan(20_000);
    await expectWhole(pad, ['pad-levels', 'level-5', 'level-1', 'pad-countdown']);
    await expectNotClipped(pad, '.level-word');
    await shot(pad, 'pad-2-levels');
    await pad.setViewportSize({ width: 1024, height: 768 });
    await expectWhole(pad, ['pad-levels', 'level-5', 'level-1', 'pad-countdown']);
    await expectNotClipped(pad, '.level-word');
    await shot(pad, 'pad-2b-levels-1024x768');
    await pad.setViewportSize(TABLET);
  });

  await test.step('不满意 asks for reasons; none chosen cannot be sent', async () => {
    await pad.getByTestId('level-2').click();
    await expect(pad.getByTestId('pad-reasons')).toContainText('请选择不满意的原因');
    await expect(pad.locator('html')).toHaveAttribute('data-voice', 'reasons');
    await expect(pad.getByTestId('reason-submit')).toBeDisabled();
    await expectWhole(pad, ['pad-reasons', 'reason-attitude.shirk', 'reason-text', 'reason-submit']);
    await expectNotClipped(pad, '.reason');
    await shot(pad, 'pad-3-reasons');
    // A smaller 4:3 tablet shows it whole too.
    await pad.setViewportSize({ width: 1024, height: 768 });
    await expectWhole(pad, ['pad-reasons', 'reason-attitude.shirk', 'reason-text', 'reason-submit']);
    await expectNotClipped(pad, '.reason');
    await shot(pad, 'pad-3b-reasons-1024x768');
    await pad.setViewportSize(TABLET);
    await pad.getByTestId('reason-efficiency.wait').click();
    await pad.getByTestId('reason-attitude.cold').click();
    await pad.getByTestId('reason-text').fill('等了很久，工作人员不耐烦');
    await expect(pad.getByTestId('reason-efficiency.wait')).toHaveAttribute('aria-pressed', 'true');
    await shot(pad, 'pad-4-reasons-chosen');
  });

  await test.step('sent: the pad thanks, the console sees it rated (not how), then the pad is idle again', async () => {
    await pad.getByTestId('reason-submit').click();
    await expect(pad.getByTestId('pad-thanks')).toContainText('感谢您的评价');
    await expect(pad.locator('html')).toHaveAttribute('data-voice', 'thanks');
    await shot(pad, 'pad-5-thanks');
    await expect(con.getByTestId('rating-status-text')).toHaveText(`${number} 已评价`);
    await expect(pad.getByTestId('pad-clerk')).toBeVisible({ timeout: 10_000 });
  });

  const admin = await newPage(browser);
  let row = admin.getByTestId('case-table');
  await test.step("the manager sees the 差评 as an open case with the rating's data", async () => {
    row = admin.getByTestId(`case-${await caseOf(request, number, 2)}`);
    await admin.goto('/admin');
    await admin.getByLabel('密码').fill('000000');
    await admin.getByRole('button', { name: '登录' }).click();
    await admin.getByTestId('admin-nav-followups').click(); // the desk opens on 实时大厅
    await expect(row).toContainText(number);
    await expect(row).toContainText('不满意');
    await expect(row).toContainText('等候时间过长、态度冷漠、不耐烦');
    await expect(row).toContainText('李静（1002）');
    await expect(row).toContainText('待核实');
    await row.click();
    const panel = admin.getByTestId('case-panel');
    await expect(panel).toContainText('等了很久，工作人员不耐烦');
    await expect(panel).toContainText('老年人优待证办理');
    await expect(panel).toContainText('评价平板（pf=4）');
    await shot(admin, 'admin-1-case-open');
  });

  await test.step('核实 → 整改 → 反馈, each with notes; the case closes and leaves the open list', async () => {
    const panel = admin.getByTestId('case-panel');
    for (const [step, notes] of [
      ['核实', '调阅录像，情况属实'],
      ['整改', '已对窗口人员进行服务礼仪培训'],
      ['反馈', '已电话回访居民，居民表示认可'],
    ] as const) {
      await expect(panel.getByTestId('step-submit')).toHaveText(`记录${step}`);
      await panel.getByTestId('step-notes').fill(notes);
      await panel.getByTestId('step-submit').click();
      await expect(admin.getByTestId('admin-notice')).toContainText(`已记录${step}`);
      await expect(panel.getByTestId('case-steps')).toContainText(notes);
    }
    await expect(panel.getByTestId('case-closed')).toContainText('已办结');
    await expect(panel.getByTestId('case-steps')).toContainText('管理员');
    await shot(admin, 'admin-2-case-closed');
    await expect(row).toHaveCount(0);
    await admin.getByTestId('filter-closed').click();
    await expect(row).toContainText('已办结');
  });

  await test.step('a rating can be marked under review with its reason, and stays', async () => {
    const panel = admin.getByTestId('case-panel');
    await panel.getByText('标记为复核').click();
    await panel.getByTestId('review-reason').fill('居民事后表示误按');
    await panel.getByTestId('review-submit').click();
    await expect(panel.getByTestId('case-review')).toContainText('复核中：误评 · 居民事后表示误按');
    await expect(row).toContainText('误评');
  });
});

test('the pad in English, the keypad-less timeout, and the hall rule that the next call waits for the rating', async ({ browser, request }) => {
  await issueTicket(request, 'C');
  await issueTicket(request, 'C');
  const admin = await request.post('/api/login', { data: { user: 'admin', pin: '000000' } });
  const adminAuth = { authorization: `Bearer ${(await admin.json()).token}` };
  const set = await request.post('/api/rating-settings', { headers: adminAuth, data: { blockCallUntilRated: true, timeoutSeconds: 8 } });
  expect(set.ok()).toBe(true);
  try {
    const con = await openConsole(browser, '1001', 1);
    const pad = await newPage(browser, TABLET);
    await pad.goto('/pad?window=1&pin=6666&lang=en');
    await expect(pad.getByTestId('pad-clerk')).toContainText('Staff no. 1001');

    const first = await serveNext(con);
    await expect(pad.getByTestId('level-1')).toHaveText('Very dissatisfied');
    await expectWhole(pad, ['level-5', 'level-1']);
    await expectNotClipped(pad, '.level-word');
    await shot(pad, 'pad-6-levels-en');

    // The hall's rule: no next call while the resident may still rate.
    await expect(con.getByTestId('rating-blocks')).toBeVisible();
    await con.getByTestId('action-callNext').click();
    await expect(con.getByTestId('console-error')).toHaveText('请等待居民评价完成或超时后再叫号');
    await shot(con, 'console-awaiting-rating');

    // Nobody rates: after the timeout the pad goes idle and the call goes ahead.
    await expect(pad.getByTestId('pad-clerk')).toBeVisible({ timeout: 15_000 });
    await expect(con.getByTestId('rating-status-text')).toHaveText(`${first} 未评价`);
    await con.getByTestId('action-callNext').click();
    await expect(con.getByTestId('current-number')).toHaveText(/^[A-Z]\d{3}$/);
    const second = (await con.getByTestId('current-number').textContent())!;
    expect(second).not.toBe(first);

    // The clerk may invite a rating for the ticket being served.
    await con.getByTestId('invite-rating').click();
    await expect(pad.getByTestId('pad-ticket')).toHaveText(`No. ${second}`);
    await pad.getByTestId('level-5').click();
    await expect(pad.getByTestId('pad-thanks')).toContainText('Thank you');
  } finally {
    await request.post('/api/rating-settings', { headers: adminAuth, data: { blockCallUntilRated: true, timeoutSeconds: 60 } }); // the defaults
  }
});

test('a pad is paired by staff: a wrong PIN says so, the right one binds it to its window and survives a reload', async ({ browser }) => {
  const pad = await newPage(browser, TABLET);
  await pad.goto('/pad?window=3');
  await expect(pad.getByTestId('pad-pairing')).toBeVisible();
  await expect(pad.getByTestId('pad-pair-window')).toHaveValue('3');
  await pad.getByTestId('pad-pair-pin').fill('0000');
  await pad.getByRole('button', { name: '配对' }).click();
  await expect(pad.getByRole('alert')).toHaveText('窗口号或设备密码错误');
  await shot(pad, 'pad-0-pairing-error');
  await pad.getByTestId('pad-pair-pin').fill('6666');
  await pad.getByRole('button', { name: '配对' }).click();
  await expect(pad.getByTestId('pad-window')).toHaveText('3号窗口');
  await expect(pad.getByTestId('pad-idle')).toBeVisible();
  await pad.reload();
  await expect(pad.getByTestId('pad-window')).toHaveText('3号窗口');
  await expect(pad.getByTestId('pad-idle')).toBeVisible();
});
