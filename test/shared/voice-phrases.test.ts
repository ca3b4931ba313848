// The phrase builder (electron/shared/voice): numbers, letters, windows 1–99 and both languages, and
// every clip it can ask for is in the manifest, so a clip missing from the bundle fails here.
import { describe, expect, test } from 'vitest';
import { demoServices } from '../../electron/core/demo';
import {
  allClipIds,
  announcement,
  callPhrase,
  clipEntry,
  enNumber,
  homePhrase,
  missingClips,
  presentClips,
  sequenceDurationMs,
  ticketPhrase,
  voiceLangs,
  voiceManifest,
  zhNumber,
  type VoiceManifest,
} from '../../electron/shared/voice';

/** The texts a sequence says, joined: reads like the announcement itself. */
const said = (ids: string[]) => ids.map((id) => clipEntry(voiceManifest, id)?.text ?? `<${id}>`).join(' ');

describe('Mandarin numbers', () => {
  test.each([
    [0, '零'],
    [3, '三'],
    [10, '十'],
    [13, '十 三'],
    [20, '二 十'],
    [23, '二 十 三'],
    [99, '九 十 九'],
    [100, '一 百'],
    [105, '一 百 零 五'],
    [110, '一 百 一 十'],
    [113, '一 百 一 十 三'],
    [250, '二 百 五 十'],
    [999, '九 百 九 十 九'],
  ])('%i is read %s', (n, text) => expect(said(zhNumber(n))).toBe(text));
});

describe('English numbers', () => {
  test.each([
    [0, 'zero'],
    [1, 'one'],
    [13, 'thirteen'],
    [20, 'twenty'],
    [23, 'twenty-three'],
    [99, 'ninety-nine'],
    [100, 'one hundred'],
    [305, 'three hundred five'],
    [999, 'nine hundred ninety-nine'],
  ])('%i is read %s', (n, text) => expect(said(enNumber(n))).toBe(text));
});

describe('a call', () => {
  test('zh-CN: the ticket letter and digit by digit, the window as a number', () => {
    expect(callPhrase({ number: 'A001', windowNo: 3 }, 'zh-CN')).toEqual([
      'zh-CN/qing',
      'zh-CN/letter-A',
      'zh-CN/digit-0',
      'zh-CN/digit-0',
      'zh-CN/digit-1',
      'zh-CN/hao',
      'zh-CN/dao',
      'zh-CN/digit-3',
      'zh-CN/hao',
      'zh-CN/chuangkou',
      'zh-CN/banli',
    ]);
    expect(said(callPhrase({ number: 'Z120', windowNo: 23 }, 'zh-CN'))).toBe('请 Z 一 二 零 号 到 二 十 三 号 窗口 办理');
    expect(said(callPhrase({ number: 'B015', windowNo: 10 }, 'zh-CN'))).toBe('请 B 零 一 五 号 到 十 号 窗口 办理');
  });

  test('en: Number A 0 0 1, please go to window 3', () => {
    expect(said(callPhrase({ number: 'A001', windowNo: 3 }, 'en'))).toBe('Number A zero zero one please go to window three');
    expect(said(callPhrase({ number: 'F342', windowNo: 99 }, 'en'))).toBe('Number F three four two please go to window ninety-nine');
  });

  test('the announcement: a chime, then the phrase twice in each language, zh-CN first and always', () => {
    const call = { number: 'A001', windowNo: 3 };
    const zh = callPhrase(call, 'zh-CN');
    const en = callPhrase(call, 'en');
    expect(announcement(call, ['zh-CN'])).toEqual(['common/chime', 'common/pause-short', ...zh, 'common/pause-long', ...zh]);
    expect(announcement(call, [])).toEqual(announcement(call, ['zh-CN']));
    expect(announcement(call, ['en', 'zh-CN'])).toEqual([
      'common/chime',
      'common/pause-short',
      ...zh,
      'common/pause-long',
      ...zh,
      'common/pause-long',
      ...en,
      'common/pause-long',
      ...en,
    ]);
  });
});

describe('the kiosk', () => {
  test('您的号码是 A001，前面还有 3 人', () => {
    expect(said(ticketPhrase('A001', 3, 'zh-CN'))).toBe('您的号码是 A 零 零 一 (0.3 s silence) 前面还有 三 人');
    expect(said(ticketPhrase('C102', 0, 'zh-CN'))).toBe('您的号码是 C 一 零 二 (0.3 s silence) 前面还有 零 人');
    expect(said(ticketPhrase('A001', 3, 'en'))).toBe('Your number is A zero zero one (0.3 s silence) There are three people ahead of you');
    expect(said(ticketPhrase('A001', 1, 'en'))).toBe('Your number is A zero zero one (0.3 s silence) There is one person ahead of you');
  });

  test('the home screen reads each service letter and its name where a clip says it', () => {
    const services = [
      { prefix: 'A', name: '人社' },
      { prefix: 'Q', name: '公积金' },
    ];
    expect(said(homePhrase(voiceManifest, services, 'zh-CN'))).toBe(
      '请选择您要办理的业务 (0.3 s silence) A 人社 (0.3 s silence) Q (0.3 s silence) 老年人、残疾人、孕妇请按绿色通道',
    );
    expect(said(homePhrase(voiceManifest, [{ prefix: 'A', name: 'Social Security' }], 'en'))).toBe(
      'Please choose a service (0.3 s silence) A Social Security (0.3 s silence) Seniors, disabled and pregnant visitors, please press the green lane',
    );
  });
});

describe('the manifest covers everything the builder says', () => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  test('every letter, window 1–99, count 0–999, in both languages, and the demo services by name', () => {
    const asked = new Set<string>();
    for (const lang of voiceLangs) {
      for (const letter of letters)
        for (const windowNo of [1, 9, 10, 11, 20, 42, 99]) callPhrase({ number: `${letter}019`, windowNo }, lang).forEach((id) => asked.add(id));
      for (let windowNo = 1; windowNo <= 99; windowNo++) announcement({ number: 'A123', windowNo }, [lang]).forEach((id) => asked.add(id));
      for (let ahead = 0; ahead <= 999; ahead++) ticketPhrase('Z987', ahead, lang).forEach((id) => asked.add(id));
      const names = demoServices.map((s) => ({ prefix: s.id, name: lang === 'en' ? s.names[2] : s.names[0] }));
      const home = homePhrase(voiceManifest, names, lang);
      for (const s of names)
        expect(home, `${lang} ${s.name}`).toContain(home.find((id) => id.includes('/service-') && clipEntry(voiceManifest, id)!.text === s.name));
      home.forEach((id) => asked.add(id));
    }
    expect(missingClips(voiceManifest, [...asked])).toEqual([]);
    expect(asked.size).toBeGreaterThan(150);
  });

  test('a missing clip is reported once and left out of what plays', () => {
    const languages = { ...voiceManifest.languages, 'zh-CN': { ...voiceManifest.languages['zh-CN'] } };
    delete languages['zh-CN'].chuangkou;
    const broken: VoiceManifest = { ...voiceManifest, languages };
    const ids = announcement({ number: 'A001', windowNo: 3 }, ['zh-CN']);
    expect(missingClips(broken, ids)).toEqual(['zh-CN/chuangkou']);
    expect(presentClips(broken, ids)).toHaveLength(ids.length - 2);
    expect(sequenceDurationMs(broken, ids)).toBeCloseTo(sequenceDurationMs(voiceManifest, ids) - 2 * voiceManifest.languages['zh-CN'].chuangkou!.durationMs, 5);
    expect(missingClips(voiceManifest, ['nope', 'zh-CN/', 'xx/qing', 'zh-CN/toString'])).toEqual(['nope', 'zh-CN/', 'xx/qing', 'zh-CN/toString']);
  });

  test('one format for every clip, each with a length', () => {
    expect(voiceManifest.format).toEqual({ container: 'wav', encoding: 'pcm_s16le', channels: 1, sampleRate: 22050 });
    const ids = allClipIds(voiceManifest);
    expect(ids.length).toBeGreaterThan(200);
    for (const id of ids) {
      const entry = clipEntry(voiceManifest, id)!;
      expect(entry.file, id).toBe(`${id}.wav`);
      expect(entry.durationMs, id).toBeGreaterThan(100);
      expect(entry.durationMs, id).toBeLessThan(6000);
    }
  });
});
