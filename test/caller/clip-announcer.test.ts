// The clip announcer over a fake player on fake timers: a clean run is announced at once; a refused
// play (no sound, autoplay) is silent and a missing clip failed, both only after the nominal length.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { browserTimers, type AnnounceOutcome } from '../../renderer/src/caller/announcer';
import { clipAnnouncer, type PlayClips, type PlayerEvent } from '../../renderer/src/caller/clip-announcer';
import { call } from './calls';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const CLIP_MS = 100;
/** One clip's length on vitest's fake clock (`vi.useFakeTimers` above): only `advanceTimersByTimeAsync` moves it. */
const clipPlays = () => new Promise<void>((resolve) => void setTimeout(resolve, CLIP_MS));

/** A player that answers each clip after CLIP_MS of fake time as told: played, or missing for `reason`. */
function fakePlayer(fate: (url: string) => 'ok' | 'error' | 'blocked' | 'timeout'): { play: PlayClips; played: string[][] } {
  const played: string[][] = [];
  const play: PlayClips = (urls, opts) => {
    played.push([...urls]);
    let cancelled = false;
    const done = (async () => {
      let count = 0;
      const missing: string[] = [];
      for (const [index, url] of urls.entries()) {
        await clipPlays();
        if (cancelled) break;
        const f = fate(url);
        if (f === 'ok') {
          opts.onEvent?.({ type: 'started', url, index });
          opts.onEvent?.({ type: 'clip-ended', url, index });
          count++;
        } else {
          missing.push(url);
          opts.onEvent?.({ type: 'missing', url, index, reason: f });
        }
      }
      opts.onEvent?.({ type: 'finished', played: count, missing, cancelled });
    })();
    return { done, cancel: () => void (cancelled = true) };
  };
  return { play, played };
}

async function say(fate: Parameters<typeof fakePlayer>[0], missing: string[] = []) {
  const player = fakePlayer(fate);
  const events: PlayerEvent['type'][] = [];
  const announcer = clipAnnouncer({
    sequence: () => ({ urls: ['a.wav', 'b.wav', 'c.wav'], missing, nominalMs: 5000 }),
    play: player.play,
    timers: browserTimers,
    onPlayerEvent: (_c, e) => events.push(e.type),
  });
  let outcome: AnnounceOutcome | null = null;
  void announcer.announce(call('A001', 3)).done.then((o) => (outcome = o));
  await vi.advanceTimersByTimeAsync(300);
  const afterPlaying = outcome;
  await vi.advanceTimersByTimeAsync(4700);
  return { afterPlaying, outcome: outcome as AnnounceOutcome | null, events };
}

test('every clip played: announced as soon as the last one ends', async () => {
  const r = await say(() => 'ok');
  expect(r.afterPlaying).toEqual({ state: 'announced' });
  expect(r.events).toEqual(['started', 'clip-ended', 'started', 'clip-ended', 'started', 'clip-ended', 'finished']);
});

test('the browser refuses to play: silent (no audio), after the nominal length', async () => {
  const r = await say(() => 'blocked');
  expect(r.afterPlaying).toBeNull();
  expect(r.outcome).toEqual({ state: 'silent', problem: 'no_audio' });
});

test('a clip file missing, or a clip the hall lacks: failed with clips_missing', async () => {
  expect((await say((url) => (url === 'b.wav' ? 'error' : 'ok'))).outcome).toEqual({ state: 'failed', problem: 'clips_missing' });
  expect((await say(() => 'ok', ['en/n-42'])).outcome).toEqual({ state: 'failed', problem: 'clips_missing' });
  expect((await say(() => 'timeout')).outcome).toEqual({ state: 'failed', problem: 'playback_failed' });
});

test('the manager turned the hall screen’s voice off: nothing is played; silent (voice_off) after the nominal length', async () => {
  const player = fakePlayer(() => 'ok');
  const announcer = clipAnnouncer({
    sequence: () => ({ urls: ['a.wav', 'b.wav'], missing: [], nominalMs: 5000 }),
    play: player.play,
    timers: browserTimers,
    muted: () => true,
  });
  let outcome: AnnounceOutcome | null = null;
  void announcer.announce(call('A001', 3)).done.then((o) => (outcome = o));
  await vi.advanceTimersByTimeAsync(4999);
  expect(outcome).toBeNull(); // the panel keeps its pace
  await vi.advanceTimersByTimeAsync(1);
  expect(outcome).toEqual({ state: 'silent', problem: 'voice_off' });
  expect(player.played).toEqual([]);
});
