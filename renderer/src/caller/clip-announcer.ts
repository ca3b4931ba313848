// Speaks a call by playing its clip sequence through the page's one audio path (the shared clip player),
// and says how it went: announced, silent (the browser refused to play: no sound device or autoplay
// refused) or failed (clips missing or never ending). Whatever went wrong, the announcement takes at
// least its nominal length, so a screen that cannot speak keeps the same pace as one that can. The
// sequence and the player are injected (voice.ts wires the real ones), so this is tested on its own.
import type { CallView } from '../../../electron/contract';
import { silentAnnouncer, type AnnounceOutcome, type Announcer, type Timers } from './announcer';

/** What a call is said as: the clips' URLs, the clips the hall lacks, and how long it plays in full. */
export interface ClipSequence {
  urls: string[];
  missing: string[];
  nominalMs: number;
}

/** The clip player's events (renderer/src/shared/clip-player.ts), as far as the announcer needs them. */
export type PlayerEvent =
  | { type: 'started' | 'clip-ended'; url: string; index: number }
  | { type: 'missing'; url: string; index: number; reason: 'error' | 'blocked' | 'timeout' }
  | { type: 'finished'; played: number; missing: string[]; cancelled: boolean };

export type PlayClips = (urls: readonly string[], opts: { volume?: number; onEvent?: (event: PlayerEvent) => void }) => { done: Promise<void>; cancel(): void };

export interface ClipAnnouncerOptions {
  sequence(call: CallView): ClipSequence;
  play: PlayClips;
  timers: Timers;
  volume?: () => number;
  /** The manager turned the hall screen's voice off: shown, not said, at the same pace. */
  muted?: () => boolean;
  /** Every player event, with the call it belongs to (the screen's event log). */
  onPlayerEvent?(call: CallView, event: PlayerEvent): void;
}

export function outcomeOf(reasons: ReadonlySet<string>, missingFromHall: number): AnnounceOutcome {
  if (reasons.has('blocked')) return { state: 'silent', problem: 'no_audio' };
  if (reasons.has('error') || missingFromHall > 0) return { state: 'failed', problem: 'clips_missing' };
  if (reasons.has('timeout')) return { state: 'failed', problem: 'playback_failed' };
  return { state: 'announced' };
}

export function clipAnnouncer(options: ClipAnnouncerOptions): Announcer {
  return {
    announce(call) {
      const sequence = options.sequence(call);
      if (options.muted?.()) return silentAnnouncer(options.timers, 'voice_off', sequence.nominalMs).announce(call);
      const reasons = new Set<string>();
      let finish: (outcome: AnnounceOutcome) => void = () => {};
      let settled = false;
      const done = new Promise<AnnounceOutcome>((resolve) => {
        finish = (outcome) => {
          if (settled) return;
          settled = true;
          options.timers.clear(paceTimer);
          resolve(outcome);
        };
      });
      // Until the nominal length has passed, a failed announcement waits: the pace stays the same.
      let paced = false;
      let waiting: AnnounceOutcome | null = null;
      const paceTimer = options.timers.set(() => {
        paced = true;
        if (waiting) finish(waiting);
      }, sequence.nominalMs);
      const playback = options.play(sequence.urls, {
        volume: options.volume?.() ?? 1,
        onEvent: (event) => {
          if (event.type === 'missing') reasons.add(event.reason);
          options.onPlayerEvent?.(call, event);
        },
      });
      void playback.done.then(() => {
        const outcome = outcomeOf(reasons, sequence.missing.length + (sequence.urls.length === 0 ? 1 : 0));
        if (outcome.state === 'announced' || paced) finish(outcome);
        else waiting = outcome;
      });
      return {
        done,
        cancel() {
          playback.cancel();
          finish(waiting ?? { state: 'failed', problem: 'playback_failed' });
        },
      };
    },
  };
}
