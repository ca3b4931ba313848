// Plays a list of clip URLs in order through one Audio element, so the clips of an announcement follow
// each other with no gap and two sequences never talk over each other on that element. A clip that
// cannot be loaded (missing file, bad format) or does not end in time is reported and skipped: the
// rest still plays. Headless or mute machines still run the whole sequence to its events.
//
// Events, in order, through opts.onEvent:
//   { type: 'started', url, index }       a clip began to play
//   { type: 'clip-ended', url, index }    it played to its end
//   { type: 'missing', url, index, reason }  it could not be played ('error': the file is missing or
//                                         unreadable; 'blocked': the browser refused to play, e.g. no
//                                         user gesture yet; 'timeout': it never ended) and was skipped
//   { type: 'finished', played, missing, cancelled }  the sequence is over (always the last event)

export type ClipEvent =
  | { type: 'started'; url: string; index: number }
  | { type: 'clip-ended'; url: string; index: number }
  | { type: 'missing'; url: string; index: number; reason: 'error' | 'blocked' | 'timeout' }
  | { type: 'finished'; played: number; missing: string[]; cancelled: boolean };

export interface PlayOptions {
  /** 0–1 (default 1). */
  volume?: number;
  onEvent?: (event: ClipEvent) => void;
  /** The element to play through (default: one the player keeps for the page). */
  element?: HTMLAudioElement;
  /** A clip that has not ended this long after it was asked for is skipped (default 15 s). */
  clipTimeoutMs?: number;
}

export interface Playback {
  /** Resolves when the sequence is over (finished or cancelled); never rejects. */
  done: Promise<void>;
  /** Stops at once; the `finished` event says cancelled. */
  cancel(): void;
}

let pageElement: HTMLAudioElement | null = null;
/** The page's one audio path. */
function sharedElement(): HTMLAudioElement {
  pageElement ??= new Audio();
  return pageElement;
}

export function playClips(urls: readonly string[], opts: PlayOptions = {}): Playback {
  const audio = opts.element ?? sharedElement();
  const emit = (event: ClipEvent) => {
    try {
      opts.onEvent?.(event);
    } catch {
      // a listener's fault never stops the voice
    }
  };
  audio.volume = Math.min(1, Math.max(0, opts.volume ?? 1));
  const missing: string[] = [];
  let played = 0;
  let index = -1;
  let over = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));

  const detach = () => {
    clearTimeout(timer);
    audio.onended = null;
    audio.onerror = null;
    audio.onplaying = null;
  };
  const end = (cancelled: boolean) => {
    if (over) return;
    over = true;
    detach();
    if (cancelled) audio.pause();
    emit({ type: 'finished', played, missing, cancelled });
    finish();
  };
  const skip = (at: number, reason: 'error' | 'blocked' | 'timeout') => {
    if (over || at !== index) return;
    missing.push(urls[at]!);
    emit({ type: 'missing', url: urls[at]!, index: at, reason });
    next();
  };
  const next = () => {
    detach();
    index += 1;
    if (index >= urls.length) return end(false);
    const at = index;
    const url = urls[at]!;
    let started = false;
    audio.onplaying = () => {
      if (started || over || at !== index) return;
      started = true;
      emit({ type: 'started', url, index: at });
    };
    audio.onended = () => {
      if (over || at !== index) return;
      played += 1;
      emit({ type: 'clip-ended', url, index: at });
      next();
    };
    audio.onerror = () => skip(at, 'error');
    timer = setTimeout(() => skip(at, 'timeout'), opts.clipTimeoutMs ?? 15_000);
    audio.src = url;
    audio.play().catch((error: unknown) => {
      // A load failure also rejects play(); onerror reports that one. NotAllowedError is the browser's refusal.
      if ((error as DOMException)?.name === 'NotAllowedError') skip(at, 'blocked');
    });
  };
  next();
  return { done, cancel: () => end(true) };
}
