// The manager sets up the nightly upload on the admin page, sends a closed day now, sees a day the
// upstream refuses set aside with its reason, reads the deliveries with their receipts, and re-sends a
// set-aside and a delivered day — against the real reference receiver on loopback.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { createReceiver } from '../../electron/receiver/receiver';
import { openReceiverDb } from '../../electron/receiver/store';

const HALL = 'demo-hall-e2e';
const SECRET = 'e2e-secret-0123456789abcdef';

/** Two closed days in the running hall's database: written beside the hall (WAL lets both in). */
function seedPastDays(dataDir: string, days: string[]) {
  const db = new Database(join(dataDir, 'tongban.db'));
  db.pragma('busy_timeout = 5000');
  const ticket = db.prepare(
    `INSERT INTO tickets (business_day, service_id, seq, number, priority, state, issued_at, wait_since, finished_at, window_no, clerk_id, outcome)
     VALUES (?, 'A', ?, ?, 'normal', 'done', ?, ?, ?, 3, '1003', 'handled')`,
  );
  const event = db.prepare("INSERT INTO events (at, business_day, type, ticket_id, data) VALUES (?, ?, 'ticket.done', ?, '{}')");
  db.transaction(() => {
    days.forEach((day, d) => {
      for (let i = 1; i <= 3; i++) {
        const at = Date.parse(`${day}T09:00:00+08:00`) + i * 60_000;
        event.run(at, day, ticket.run(day, 900 + d * 10 + i, `A${900 + d * 10 + i}`, at, at, at + 300_000).lastInsertRowid);
      }
    });
  })();
  db.close();
}

test('the manager configures the upload, sends now, sees a refused day set aside, and re-sends days', async ({ page }) => {
  const dataDir = process.env.TONGBAN_E2E_DATA!;
  seedPastDays(dataDir, ['2026-01-05', '2026-01-06']);
  let refusals = 0;
  let districtFixed = false;
  const receiverDb = openReceiverDb(join(mkdtempSync(join(tmpdir(), 'tongban-e2e-receiver-')), 'receiver.db'));
  const receiver = createReceiver({
    db: receiverDb,
    halls: { [HALL]: SECRET },
    accept: (batch) => {
      if (batch.businessDay !== '2026-01-06' || districtFixed) return null;
      refusals += 1;
      return 'item code A01 is not in the district catalogue';
    },
  });
  await receiver.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
  try {
    await page.goto('/admin');
    await page.getByLabel('密码').fill('000000');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('admin-nav-sync').click();
    const panel = page.getByTestId('sync-panel');
    await panel.getByTestId('sync-url').fill(url);
    await panel.getByTestId('sync-hallId').fill(HALL);
    await panel.getByTestId('sync-secret').fill(SECRET);
    // A night window that is not now (whenever the test runs), so nothing goes before "send now".
    const hallHour = (h: number) =>
      `${String((Number(new Date().toLocaleString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hour12: false })) + h) % 24).padStart(2, '0')}:00`;
    await panel.getByTestId('sync-windowStart').fill(hallHour(2));
    await panel.getByTestId('sync-windowEnd').fill(hallHour(3));
    await panel.getByRole('button', { name: '保存设置' }).click();
    await expect(page.getByTestId('admin-notice')).toContainText('上报设置已保存');
    await expect(panel.getByTestId('sync-waiting')).toContainText('2 天（最早 2026-01-05）');
    await expect(panel.getByTestId('sync-secret')).toHaveValue('');
    await expect(panel.getByTestId('sync-maskText')).toBeChecked();
    await expect(panel.getByTestId('sync-text')).toHaveText('电话、身份证号已遮盖');

    // The first send delivers 01-05 and is refused 01-06. The runner retries a failed manual send on
    // its own (backoff from 2 s, full jitter), so the refusals come from the clicks and from those
    // retries alike: the test follows the receiver's count, not its clicks, until the third refusal
    // sets the day aside.
    await panel.getByTestId('sync-now').click();
    await expect.poll(() => refusals).toBeGreaterThanOrEqual(1);
    await expect(panel.getByTestId('sync-error')).toContainText('422 rejected item code A01 is not in the district catalogue');
    while (refusals < 3) {
      const seen = refusals;
      const now = panel.getByTestId('sync-now');
      if (await now.isEnabled()) await now.click({ timeout: 2_000 }).catch(() => undefined); // a retry may be running: then it counts
      await expect.poll(() => refusals, { timeout: 30_000 }).toBeGreaterThan(seen);
    }
    expect(refusals).toBe(3);
    await expect(panel.getByTestId('sync-last')).toHaveText('2026-01-05');
    await expect(panel.getByTestId('sync-aside')).toContainText('2026-01-06 被上级平台拒收：422 rejected item code A01 is not in the district catalogue');
    await expect(panel.getByTestId('sync-waiting')).toHaveText('无');
    await panel.screenshot({ path: 'test-results/screenshots/admin-sync-aside.png' });
    const stored = receiverDb.prepare('SELECT business_day AS day, tickets FROM batches').all();
    expect(stored).toEqual([{ day: '2026-01-05', tickets: 3 }]);
    // The delivery with the receiver's own receipt id.
    const receiptOf = (day: string) =>
      (JSON.parse((receiverDb.prepare('SELECT receipt FROM chunks WHERE business_day = ?').get(day) as { receipt: string }).receipt) as { receiptId: string })
        .receiptId;
    const first = panel.getByTestId('sync-delivery-2026-01-05-1');
    await expect(first).toContainText('首次上报');
    await expect(first).toContainText(receiptOf('2026-01-05').slice(0, 8));

    // The district fixed its catalogue: the set-aside day goes again and is stored.
    districtFixed = true;
    await panel.getByTestId('sync-resend-2026-01-06').click();
    await expect(page.getByTestId('admin-notice')).toContainText('正在重新上报 2026-01-06');
    // The row shows only once the receiver has answered, so its receipt is stored by then: read it after.
    const resent = panel.getByTestId('sync-delivery-2026-01-06-2');
    await expect(resent).toBeVisible();
    await expect(resent).toContainText(receiptOf('2026-01-06').slice(0, 8));
    await expect(panel.getByTestId('sync-aside')).toHaveCount(0);
    await expect(panel.getByTestId('sync-last')).toHaveText('2026-01-06');

    // A delivered day sent again: the receiver already had it (its stored receipt), stored once.
    await expect(panel.getByTestId('sync-now')).toBeEnabled();
    await panel.getByTestId('sync-resend-2026-01-05').click();
    const again = panel.getByTestId('sync-delivery-2026-01-05-2');
    await expect(again).toContainText('第 1 次重报');
    await expect(again).toContainText('1（平台已有 1）');
    await expect(again).toContainText(receiptOf('2026-01-05').slice(0, 8));
    expect(receiverDb.prepare('SELECT business_day AS day, tickets FROM batches ORDER BY 1').all()).toEqual([
      { day: '2026-01-05', tickets: 3 },
      { day: '2026-01-06', tickets: 3 },
    ]);
    expect(receiverDb.prepare('SELECT count(*) AS n FROM chunks').get()).toEqual({ n: 2 });
    await expect(panel.getByTestId('sync-now')).toBeEnabled();
    await panel.screenshot({ path: 'test-results/screenshots/admin-sync-panel.png' });
    await page.screenshot({ path: 'test-results/screenshots/admin-sync.png', fullPage: true });
  } finally {
    await receiver.close();
    receiverDb.close();
  }
});
