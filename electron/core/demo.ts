// The built-in demo hall's data: the service categories and a sample of the items of a real community
// affairs acceptance centre, four 全岗通 windows and four clerks (set up by config/demo-hall.ts; the
// services and items are also first-run setup's template). Its PINs are public, so a database set up
// with it is marked as a demo and only ever opened in demo mode.
import type { Db } from './db';

type Names = [zhCN: string, zhTW: string, en: string];

export const demoServices: { id: string; names: Names; items: [code: string, kind: 'immediate' | 'deferred', ...Names][] }[] = [
  {
    id: 'A',
    names: ['人社', '人社', 'Social Security'],
    items: [
      ['A01', 'immediate', '城乡居民医保参保登记', '城鄉居民醫保參保登記', 'Resident medical insurance enrolment'],
      ['A02', 'immediate', '就业失业登记', '就業失業登記', 'Employment / unemployment registration'],
      ['A03', 'deferred', '社会保障卡补换', '社會保障卡補換', 'Social security card replacement'],
      ['A04', 'deferred', '城乡居民养老保险待遇申领', '城鄉居民養老保險待遇申領', 'Resident pension claim'],
    ],
  },
  {
    id: 'B',
    names: ['民政', '民政', 'Civil Affairs'],
    items: [
      ['B01', 'deferred', '最低生活保障申请', '最低生活保障申請', 'Minimum living allowance application'],
      ['B02', 'deferred', '临时救助申请', '臨時救助申請', 'Temporary assistance application'],
      ['B03', 'deferred', '特困人员救助供养', '特困人員救助供養', 'Support for persons in extreme poverty'],
    ],
  },
  {
    id: 'C',
    names: ['老龄', '老齡', 'Senior Services'],
    items: [
      ['C01', 'immediate', '老年人优待证办理', '老年人優待證辦理', 'Senior citizen card'],
      ['C02', 'deferred', '高龄津贴申领', '高齡津貼申領', 'Old-age allowance claim'],
      ['C03', 'deferred', '养老服务补贴申请', '養老服務補貼申請', 'Elderly care subsidy application'],
    ],
  },
  {
    id: 'D',
    names: ['残联', '殘聯', 'Disability Services'],
    items: [
      ['D01', 'deferred', '残疾人证新办', '殘疾人證新辦', 'New disability certificate'],
      ['D02', 'immediate', '残疾人证换领', '殘疾人證換領', 'Disability certificate renewal'],
      ['D03', 'deferred', '困难残疾人生活补贴', '困難殘疾人生活補貼', 'Living subsidy for disabled persons in need'],
    ],
  },
  {
    id: 'E',
    names: ['计生', '計生', 'Family Planning'],
    items: [
      ['E01', 'immediate', '生育登记', '生育登記', 'Birth registration'],
      ['E02', 'deferred', '独生子女父母奖励', '獨生子女父母獎勵', 'One-child parents award'],
    ],
  },
  {
    id: 'F',
    names: ['城建', '城建', 'Housing & Construction'],
    items: [
      ['F01', 'deferred', '公共租赁住房申请', '公共租賃住房申請', 'Public rental housing application'],
      ['F02', 'immediate', '房屋租赁登记备案', '房屋租賃登記備案', 'Tenancy registration'],
    ],
  },
  {
    id: 'Z',
    names: ['咨询', '諮詢', 'Enquiries'],
    items: [
      ['Z01', 'immediate', '政策咨询', '政策諮詢', 'Policy enquiry'],
      ['Z02', 'immediate', '一次性告知', '一次性告知', 'One-time notice of required documents'],
    ],
  },
];

/** 全岗通: every window serves every service; each has its own primary (A岗) services. */
export const demoWindows: { number: number; primary: string[] }[] = [
  { number: 1, primary: ['A', 'B'] },
  { number: 2, primary: ['C', 'D', 'E'] },
  { number: 3, primary: ['A', 'F'] },
  { number: 4, primary: ['Z', 'B'] },
];

export const demoClerks: [id: string, name: string][] = [
  ['1001', '张敏'],
  ['1002', '李静'],
  ['1003', '王磊'],
  ['1004', '陈红'],
];

export const DEMO_PINS = { clerk: '1234', admin: '000000', kiosk: '8888' } as const;

export function isDemoDatabase(db: Db): boolean {
  return db.prepare("SELECT 1 FROM settings WHERE key = 'demo'").get() !== undefined;
}

/** A hall is set up once it has an active manager: until then nobody can log in (config/first-run.ts). */
export function isSetUp(db: Db): boolean {
  return db.prepare("SELECT 1 FROM users WHERE role = 'admin' AND active = 1 LIMIT 1").get() !== undefined;
}
