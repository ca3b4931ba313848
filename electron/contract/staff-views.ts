// What the manager's Windows and Clerks pages read (issue 11): a window as configured (its A岗/X岗
// profile, its bus addresses), a clerk or manager account (never its PIN or hash).

/** A window's role for one service: A岗 (primary) or X岗 (backup). A service it does not serve is absent. */
export type SkillRole = 'primary' | 'backup';

export interface WindowConfigView {
  number: number;
  name: string;
  /** Service id → primary | backup, for the services this window serves. */
  profile: Record<string, SkillRole>;
  /** The address of its LED window screen on the LED bus (0–65534), or null. */
  ledAddress: number | null;
  /** The address of its call keypad / evaluator on the keypad bus (FT68, 0–255), or null. */
  keypadAddress: number | null;
  /** False: retired (kept for its history, no longer offered to sign in at). */
  enabled: boolean;
}

/** A window as the Windows page lists it: its configuration and who is signed in there now. */
export interface WindowListEntry extends WindowConfigView {
  status: 'open' | 'paused' | 'closed';
  clerk: { id: string; name: string } | null;
}

/** A person's account: a clerk, or a manager (role admin). Device accounts (kiosk, pad) are not clerks. */
export interface ClerkConfigView {
  /** 工号 */
  id: string;
  name: string;
  role: 'clerk' | 'admin';
  /** False: disabled (kept for its history, cannot log in). */
  active: boolean;
  hasPhoto: boolean;
}

export interface ClerkListEntry extends ClerkConfigView {
  /** When they last logged in or signed in at a window (ISO), or null. */
  lastSignInAt: string | null;
  /** false for a clerk imported from a configuration file: no login until a manager sets the PIN. */
  hasPin: boolean;
}

export interface ClerkPhotoView {
  id: string;
  /** A `data:image/jpeg;base64,…` or `data:image/png;base64,…` URL, or null. */
  photo: string | null;
}
