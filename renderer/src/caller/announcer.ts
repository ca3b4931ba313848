// What the hall screen's sequencer asks of whatever speaks a call: start it, learn how it ended, or
// stop it. The real one plays the voice clips through one audio element (clip-announcer.ts); a screen
// with no sound at all (no clips, no device) uses the silent one, which only takes the time an
// announcement would, so the big panel and the queue go on at the same pace either way.
import type { CallView } from '../../../electron/contract';

/** Why a call was shown but not heard. */
export type AnnounceProblem = 'no_audio' | 'clips_missing' | 'playback_failed' | 'voice_off';

export type AnnounceOutcome = { state: 'announced' } | { state: 'silent' | 'failed'; problem: AnnounceProblem };

export interface Announcement {
  done: Promise<AnnounceOutcome>;
  cancel(): void;
}

export interface Announcer {
  announce(call: CallView): Announcement;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * About how long a call takes to say: a chime and the phrase twice in Chinese (请 A 零零一 号 到 3 号
 * 窗口 办理 is some 3.5 s) and in English. The silent screen keeps this pace.
 */
export const NOMINAL_ANNOUNCEMENT_MS = 7000;

/** Takes the time of an announcement and says nothing; ends as `silent` with `problem`. */
export function silentAnnouncer(timers: Timers, problem: AnnounceProblem = 'no_audio', ms = NOMINAL_ANNOUNCEMENT_MS): Announcer {
  return {
    announce() {
      let handle: unknown = null;
      let finish: (outcome: AnnounceOutcome) => void = () => {};
      const done = new Promise<AnnounceOutcome>((resolve) => {
        finish = resolve;
        handle = timers.set(() => resolve({ state: 'silent', problem }), ms);
      });
      return {
        done,
        cancel() {
          timers.clear(handle);
          finish({ state: 'silent', problem });
        },
      };
    },
  };
}
