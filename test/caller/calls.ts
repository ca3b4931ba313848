// Calls and hall views for the hall screen's tests.
import type { CallView, HallView, TicketState, WindowView } from '../../electron/contract';

export const call = (number: string, windowNo: number, recall = 0, at = '2026-12-02T01:00:00.000Z'): CallView => ({ number, windowNo, recall, at });

/** A hall view with each window's current ticket (`null`: none). */
export function view(current: Record<number, [string, TicketState] | null>, businessDay = '2026-12-02'): HallView {
  const windows = Object.entries(current).map(([no, cur]): WindowView => ({
    number: Number(no),
    name: `${no}号窗口`,
    status: 'open',
    pauseReason: null,
    clerk: null,
    current: cur && {
      id: 1,
      number: cur[0],
      serviceId: cur[0][0]!,
      priority: 'normal',
      state: cur[1],
      issuedAt: '',
      calledAt: '',
      windowNo: Number(no),
      recalls: 0,
    },
  }));
  return { hallName: 'h', businessDay, windows, recentCalls: [], waiting: {}, screenNotice: '', kioskLanguages: ['zh-CN'], timeZone: 'Asia/Shanghai' };
}
