// The phrase builder: what is said on a call, on the kiosk after a ticket, and on its home screen, as
// clip ids (manifest.ts). Pure, so the hall screen's announcer, the kiosk and the tests share it.
import { type ClipId, type VoiceLang, type VoiceManifest } from './manifest';
import { digitsOf, numberClips } from './numbers';

export interface CallToAnnounce {
  /** The ticket number, e.g. `A001`. */
  number: string;
  /** The window it is called to, 1–99 read as a number (larger ones digit by digit). */
  windowNo: number;
}

const CHIME: ClipId = 'common/chime';
const SHORT: ClipId = 'common/pause-short';
const LONG: ClipId = 'common/pause-long';

/** 请 A 零 零 一 号 到 三 号 窗口 办理 / Number A 0 0 1, please go to window 3. */
export function callPhrase(call: CallToAnnounce, language: VoiceLang): ClipId[] {
  const ticket = digitsOf(call.number, language);
  const window = numberClips(call.windowNo, language);
  if (language === 'zh-CN') return ['zh-CN/qing', ...ticket, 'zh-CN/hao', 'zh-CN/dao', ...window, 'zh-CN/hao', 'zh-CN/chuangkou', 'zh-CN/banli'];
  return ['en/number', ...ticket, 'en/please-go-to-window', ...window];
}

/**
 * The whole announcement of a call: the chime, then the phrase said twice in each language in the
 * order given (zh-CN always comes first: it is added when missing), with pauses between the parts.
 */
export function announcement(call: CallToAnnounce, languages: readonly VoiceLang[]): ClipId[] {
  const langs = [...new Set<VoiceLang>(['zh-CN', ...languages])];
  const parts: ClipId[] = [CHIME, SHORT];
  for (const [i, lang] of langs.entries()) {
    const phrase = callPhrase(call, lang);
    if (i > 0) parts.push(LONG);
    parts.push(...phrase, LONG, ...phrase);
  }
  return parts;
}

/** The kiosk after a ticket: 您的号码是 A 零 零 一，前面还有 三 人 / Your number is A 0 0 1. There are 3 people ahead of you. */
export function ticketPhrase(number: string, ahead: number, language: VoiceLang): ClipId[] {
  const ticket = digitsOf(number, language);
  const count = numberClips(ahead, language);
  if (language === 'zh-CN') return ['zh-CN/your-number-is', ...ticket, SHORT, 'zh-CN/ahead-before', ...count, 'zh-CN/ahead-people'];
  const one = ahead === 1;
  return ['en/your-number-is', ...ticket, SHORT, one ? 'en/there-is' : 'en/there-are', ...count, one ? 'en/person-ahead' : 'en/people-ahead'];
}

export interface ServiceToRead {
  prefix: string;
  /** The service's name in the language read. */
  name: string;
}

/** The clip of a service's name: a `service-…` clip of the language whose text is that name, if any. */
export function serviceNameClip(manifest: VoiceManifest, language: VoiceLang, name: string): ClipId | null {
  const clips = manifest.languages[language];
  const hit = Object.keys(clips).find((clip) => clip.startsWith('service-') && clips[clip]!.text === name.trim());
  return hit ? `${language}/${hit}` : null;
}

/**
 * The kiosk's home screen read aloud: 请选择您要办理的业务, then each service as its letter and, where a
 * clip says its name, the name (a hall whose names have no clip hears the letters only), then the
 * 绿色通道 for seniors, disabled and pregnant residents.
 */
export function homePhrase(manifest: VoiceManifest, services: readonly ServiceToRead[], language: VoiceLang): ClipId[] {
  const clips: ClipId[] = [`${language}/choose-service`];
  for (const service of services) {
    const name = serviceNameClip(manifest, language, service.name);
    clips.push(SHORT, ...digitsOf(service.prefix, language), ...(name ? [name] : []));
  }
  clips.push(SHORT, `${language}/priority-lane`);
  return clips;
}
