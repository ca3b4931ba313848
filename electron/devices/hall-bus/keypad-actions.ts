// What each keypad key does at its window, as hall commands for the clerk signed in there. The
// keypad has no 完成 key, so a key that needs a free window (呼叫, 暂停) first finishes the current
// ticket as handled: the clerk runs the whole window from the keypad. A paused window resumes on
// 呼叫, 暂停 (again) or 取消. 转移 sends the ticket to the configured transferTo service; without
// one the keypad refuses (beeps), since a keypad cannot ask which service.
import type { WindowView } from '../../contract';
import type { KeyName } from '../../../native/keypad/keys';
import type { BusConfig } from './config';

export interface HallStep {
  command: string;
  input: Record<string, unknown>;
}

/** The commands for a key at a window (in order), or the reason the keypad refuses it. */
export function stepsForKey(key: KeyName, w: WindowView, config: BusConfig): HallStep[] | { refuse: string } {
  const window = w.number;
  const paused = w.status === 'paused';
  const resume: HallStep = { command: 'window.resume', input: { window } };
  const finish: HallStep[] = w.current ? [{ command: 'window.finish', input: { window, outcome: 'handled' } }] : [];
  switch (key) {
    case 'call':
      return [...(paused ? [resume] : []), ...finish, { command: 'window.callNext', input: { window } }];
    case 'recall':
      return [{ command: 'window.recall', input: { window } }];
    case 'noShow':
      return [{ command: 'window.noShow', input: { window } }];
    case 'pause':
      return paused ? [resume] : [...finish, { command: 'window.pause', input: { window, reason: config.pauseReason } }];
    case 'cancel':
      return paused ? [resume] : { refuse: 'nothing to cancel' };
    case 'transfer':
      if (!config.transferTo) return { refuse: 'no transfer target configured (bus.transferTo)' };
      return [{ command: 'window.transfer', input: { window, serviceId: config.transferTo } }];
    case 'rate':
      return [{ command: 'window.inviteRating', input: { window } }];
  }
}
