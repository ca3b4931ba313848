// What each keypad key does at its window: one hall command, sent as the window's keypad (the hall
// runs it for the clerk signed in there). The keypad has no 完成 key, so 呼叫 and 暂停 finish the
// current ticket as handled and then call or pause, as one command in one transaction
// (window.finishThen): the clerk runs the whole window from the keypad. A paused window resumes on
// 呼叫, 暂停 (again) or 取消. 转移 sends the ticket to the configured transferTo service; without
// one the keypad refuses (beeps), since a keypad cannot ask which service.
import type { Input, Output, Result, WindowView } from '../../contract';
import type { Send } from '../../core/dispatch';
import type { windowDeviceCommands } from '../../core/principal';
import type { KeyName } from '../../../native/keypad/keys';
import type { BusConfig } from './config';

type KeypadCommand = (typeof windowDeviceCommands)['keypad'][number];
type StepInputs = { [K in KeypadCommand]: Input<K> };
type Step<K extends KeypadCommand> = { command: K; input: StepInputs[K] };

/** One command a keypad sends, typed from the contract. */
export type HallStep = { [K in KeypadCommand]: Step<K> }[KeypadCommand];

/** Sends a step as the keypad of its window: generic over the command, so its input needs no cast. */
export function sendStep<K extends KeypadCommand>(send: Send, step: Step<K>, window: number): Result<Output<K>> {
  return send(step.command, step.input, { kind: 'keypad', window });
}

/** The command for a key at a window, or the reason the keypad refuses it. */
export function stepForKey(key: KeyName, w: WindowView, config: BusConfig): HallStep | { refuse: string } {
  const window = w.number;
  const paused = w.status === 'paused';
  const resume: HallStep = { command: 'window.resume', input: { window } };
  switch (key) {
    case 'call':
      return { command: 'window.finishThen', input: { window, then: 'callNext' } };
    case 'recall':
      return { command: 'window.recall', input: { window } };
    case 'noShow':
      return { command: 'window.noShow', input: { window } };
    case 'pause':
      return paused ? resume : { command: 'window.finishThen', input: { window, then: 'pause', reason: config.pauseReason } };
    case 'cancel':
      return paused ? resume : { refuse: 'nothing to cancel' };
    case 'transfer':
      if (!config.transferTo) return { refuse: 'no transfer target configured (bus.transferTo)' };
      return { command: 'window.transfer', input: { window, serviceId: config.transferTo } };
    case 'rate':
      return { command: 'window.inviteRating', input: { window } };
  }
}
