// The clerk's actions: label key, keyboard shortcut, and when each is possible in the window's state.
import type { WindowDetail } from '../../../electron/contract';

export type ActionId = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow' | 'transfer' | 'pause' | 'resume' | 'hold' | 'resumeHeld';

export interface ActionSpec {
  id: ActionId;
  key: string;
  can: (d: WindowDetail) => boolean;
  /** Its label's i18n key, when not console.action.<id>. */
  label?: string;
}

const state = (d: WindowDetail) => d.current?.state;

export const actionSpecs: ActionSpec[] = [
  { id: 'callNext', key: 'F1', can: (d) => d.status === 'open' && !d.current },
  { id: 'recall', key: 'F2', can: (d) => state(d) === 'called' },
  { id: 'start', key: 'F3', can: (d) => state(d) === 'called' },
  { id: 'finish', key: 'F4', can: (d) => state(d) === 'called' || state(d) === 'serving' },
  { id: 'noShow', key: 'F6', can: (d) => state(d) === 'called' },
  { id: 'transfer', key: 'F7', can: (d) => state(d) === 'called' || state(d) === 'serving' },
  { id: 'pause', key: 'F8', can: (d) => d.status === 'open' && !d.current },
  { id: 'resume', key: 'F9', can: (d) => d.status === 'paused' },
  // The queue moves (issue 14): set the current ticket aside (材料不全), and take the longest-held back.
  { id: 'hold', key: 'F5', label: 'queueMoves.action.hold', can: (d) => state(d) === 'called' || state(d) === 'serving' },
  { id: 'resumeHeld', key: 'F10', label: 'queueMoves.action.resumeHeld', can: (d) => d.status === 'open' && !d.current && d.moves.held.length > 0 },
];
