// What every bundled voice clip says: the single list the generator (generate.ts) speaks and the
// manifest is written from. Clip names are ASCII file names (a hall records files of the same names);
// `text` is what the clip says, `say` what espeak-ng is given (Mandarin as numbered pinyin).
export interface ClipSpec {
  lang: 'zh-CN' | 'en';
  name: string;
  text: string;
  say: string;
}

const zh = (name: string, text: string, say: string): ClipSpec => ({ lang: 'zh-CN', name, text, say });
const en = (name: string, text: string, say = text): ClipSpec => ({ lang: 'en', name, text, say });

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const zhDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const zhDigitPinyin = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'];
const enDigits = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const enTeens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–99 in English words: "three", "thirteen", "twenty-three". */
export function englishNumber(n: number): string {
  if (n < 10) return enDigits[n]!;
  if (n < 20) return enTeens[n - 10]!;
  return enTens[Math.floor(n / 10)]! + (n % 10 ? `-${enDigits[n % 10]}` : '');
}

/** The demo hall's service names (electron/core/demo.ts), so the kiosk can read its choices aloud. */
const serviceNames: [slug: string, zhText: string, zhSay: string, enText: string][] = [
  ['renshe', '人社', 'ren2 she4', 'Social Security'],
  ['minzheng', '民政', 'min2 zheng4', 'Civil Affairs'],
  ['laoling', '老龄', 'lao3 ling2', 'Senior Services'],
  ['canlian', '残联', 'can2 lian2', 'Disability Services'],
  ['jisheng', '计生', 'ji4 sheng1', 'Family Planning'],
  ['chengjian', '城建', 'cheng2 jian4', 'Housing & Construction'],
  ['zixun', '咨询', 'zi1 xun2', 'Enquiries'],
];

export const clipSpecs: ClipSpec[] = [
  // A call: 请 A 零 零 一 号 到 三 号 窗口 办理
  zh('qing', '请', 'qing3'),
  zh('hao', '号', 'hao4'),
  zh('dao', '到', 'dao4'),
  zh('chuangkou', '窗口', 'chuang1 kou3'),
  zh('banli', '办理', 'ban4 li3'),
  ...zhDigits.map((d, i) => zh(`digit-${i}`, d, zhDigitPinyin[i]!)),
  zh('shi', '十', 'shi2'),
  zh('bai', '百', 'bai3'),
  // Latin capitals as Chinese halls read them (the pinyin voice says A as "ei", B as "bi"…).
  ...letters.map((l) => zh(`letter-${l}`, l, l)),
  // The kiosk: 您的号码是 A001，前面还有 3 人; the home screen's read-aloud.
  zh('your-number-is', '您的号码是', 'nin2 de5 hao4 ma3 shi4'),
  zh('ahead-before', '前面还有', 'qian2 mian4 hai2 you3'),
  zh('ahead-people', '人', 'ren2'),
  zh('choose-service', '请选择您要办理的业务', 'qing3 xuan3 ze2 nin2 yao4 ban4 li3 de5 ye4 wu4'),
  zh('priority-lane', '老年人、残疾人、孕妇请按绿色通道', 'lao3 nian2 ren2, can2 ji2 ren2, yun4 fu4 qing3 an4 lv4 se4 tong1 dao4'),
  ...serviceNames.map(([slug, text, say]) => zh(`service-${slug}`, text, say)),

  // A call: Number A 0 0 1, please go to window 3
  en('number', 'Number'),
  en('please-go-to-window', 'please go to window'),
  ...letters.map((l) => en(`letter-${l}`, l)),
  ...enDigits.map((d, i) => en(`digit-${i}`, d)),
  ...Array.from({ length: 99 }, (_, i) => en(`n-${i + 1}`, englishNumber(i + 1))),
  en('hundred', 'hundred'),
  // The kiosk: Your number is A 0 0 1. There are 3 people ahead of you.
  en('your-number-is', 'Your number is'),
  en('there-are', 'There are'),
  en('there-is', 'There is'),
  en('people-ahead', 'people ahead of you'),
  en('person-ahead', 'person ahead of you'),
  en('choose-service', 'Please choose a service'),
  en('priority-lane', 'Seniors, disabled and pregnant visitors, please press the green lane'),
  ...serviceNames.map(([slug, , , text]) => en(`service-${slug}`, text)),
];
