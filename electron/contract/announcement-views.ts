// What the hall knows of the hall screen's announcements: per window, its latest call and how far the
// screen got with it. Only a displayed status: the screens report it, the consoles show it, and nothing
// about a ticket depends on it.

/** What a hall screen may report of a call: queued, being said, then one of the four ends. */
export const announcementReports = ['queued', 'announcing', 'announced', 'silent', 'failed', 'dropped'] as const;
export type AnnouncementReport = (typeof announcementReports)[number];

/**
 * `pending`: called, no hall screen has reported it yet; `unheard`: still nothing a few seconds later
 * (no hall screen connected); the others as a screen reported them.
 */
export type AnnouncementState = 'pending' | 'unheard' | AnnouncementReport;

/** Why a call was shown but not heard: the screen has no sound, lacks the clips, playing failed, or the manager turned its voice off. */
export const announcementProblems = ['no_audio', 'clips_missing', 'playback_failed', 'voice_off'] as const;
export type AnnouncementProblem = (typeof announcementProblems)[number] | 'no_screen';

export interface AnnouncementView {
  windowNo: number;
  number: string;
  recall: number;
  state: AnnouncementState;
  problem: AnnouncementProblem | null;
  /** When the call was made, and when its state last changed (ISO instants). */
  calledAt: string;
  at: string;
}

/** States in which the console flags the window: its call was not heard in the hall. */
export function notHeard(view: AnnouncementView): boolean {
  return view.state === 'unheard' || view.state === 'silent' || view.state === 'failed';
}
