// The manager's ticket notice (config.saveHall) is what the next ticket prints, decoded from the
// printer's bytes; without one the printer's own config notice prints; clearing it brings that back.
import { afterEach, expect, test } from 'vitest';
import { ticketLines } from '../../native/printer/escpos/decoded-ticket';
import { issue, login, run } from '../support/hall';
import { startPrintingFixture, type PrintingFixture } from './fixture';

let f: PrintingFixture;
afterEach(async () => {
  await f.close();
});

const noticeOf = (index: number) => {
  const lines = ticketLines(f.printer.tickets[index]!.ticket);
  return lines.slice(lines.lastIndexOf('-'.repeat(48)) + 1);
};

test("the hall's ticket notice prints on the next ticket, in place of the printer config's", async () => {
  f = await startPrintingFixture({ notice: ['设备配置的提示'] });
  const kiosk = login(f.hall, 'kiosk');
  const admin = login(f.hall, 'admin');
  issue(f.hall, kiosk, 'A');
  await f.printed(1);
  expect(noticeOf(0)).toEqual(['设备配置的提示']);

  run(f.hall, 'config.saveHall', { ticketNotice: ['今日下午医保窗口暂停', '请保管好随身物品'] }, admin);
  issue(f.hall, kiosk, 'A');
  await f.printed(2);
  expect(noticeOf(1)).toEqual(['今日下午医保窗口暂停', '请保管好随身物品']);

  run(f.hall, 'config.saveHall', { ticketNotice: [] }, admin);
  issue(f.hall, kiosk, 'A');
  await f.printed(3);
  expect(noticeOf(2)).toEqual(['设备配置的提示']);
});
