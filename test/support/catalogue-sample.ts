// The sample catalogue that ships in resources/catalogue/ (sample-items.csv in GBK as Excel saves it,
// sample-items.xlsx): 66 items of a 社区事务受理服务中心 in 6 categories, named as such a centre's
// 事项目录 names them. `npx tsx test/support/make-catalogue-samples.ts` writes the two files from this list;
// test/config/catalogue.test.ts reads them back through the hall and compares with it.
export type SampleItem = [code: string, category: string, name: string, kind: '即办' | '承诺件', days: number | null];

const group = (prefix: string, category: string, rows: [string, '即办' | '承诺件', number | null][]): SampleItem[] =>
  rows.map(([name, kind, days], i) => [`310112${prefix}${String(i + 1).padStart(3, '0')}`, category, name, kind, days]);

export const sampleItems: SampleItem[] = [
  ...group('RS', '人社', [
    ['城乡居民基本医疗保险参保登记', '即办', null],
    ['城乡居民基本养老保险参保登记', '即办', null],
    ['就业登记', '即办', null],
    ['失业登记', '即办', null],
    ['社会保障卡申领', '承诺件', 10],
    ['社会保障卡挂失与补换', '承诺件', 7],
    ['城乡居民养老保险待遇申领', '承诺件', 15],
    ['灵活就业人员社会保险补贴申请', '承诺件', 20],
    ['个人社保参保缴费证明打印', '即办', null],
    ['就业困难人员认定', '承诺件', 10],
    ['职业技能培训补贴申请', '承诺件', 20],
  ]),
  ...group('MZ', '民政', [
    ['最低生活保障申请', '承诺件', 30],
    ['最低生活保障变更', '承诺件', 15],
    ['特困人员救助供养申请', '承诺件', 30],
    ['临时救助申请', '承诺件', 10],
    ['支出型贫困家庭生活救助', '承诺件', 30],
    ['低收入家庭认定', '承诺件', 20],
    ['困难群众医疗救助申请', '承诺件', 15],
    ['居民经济状况核对授权', '即办', null],
    ['殡葬补贴申领', '承诺件', 5],
    ['孤儿基本生活费申请', '承诺件', 20],
    ['社会救助政策咨询与告知', '即办', null],
  ]),
  ...group('LL', '老龄', [
    ['老年人优待证办理', '即办', null],
    ['高龄老人营养补贴申领', '承诺件', 10],
    ['养老服务补贴申请', '承诺件', 20],
    ['长期护理保险需求评估申请', '承诺件', 15],
    ['居家养老服务申请', '承诺件', 15],
    ['老年综合津贴申领', '承诺件', 10],
    ['老年人助餐服务登记', '即办', null],
    ['社区长者照护之家入住申请', '承诺件', 20],
    ['老年人意外伤害保险参保登记', '即办', null],
    ['失能老人家庭照护补贴申请', '承诺件', 20],
    ['老年人紧急呼叫设备申领', '承诺件', 10],
  ]),
  ...group('CL', '残联', [
    ['残疾人证新办', '承诺件', 30],
    ['残疾人证换领', '即办', null],
    ['残疾人证迁移', '承诺件', 10],
    ['困难残疾人生活补贴申请', '承诺件', 20],
    ['重度残疾人护理补贴申请', '承诺件', 20],
    ['残疾人辅助器具申领', '承诺件', 15],
    ['残疾人居家养护服务申请', '承诺件', 20],
    ['残疾人就业登记', '即办', null],
    ['残疾儿童康复救助申请', '承诺件', 15],
    ['残疾人机动轮椅车燃油补贴申领', '承诺件', 10],
    ['残疾人证挂失补办', '承诺件', 10],
  ]),
  ...group('JS', '计生', [
    ['生育登记', '即办', null],
    ['再生育申请', '承诺件', 10],
    ['独生子女父母光荣证办理', '即办', null],
    ['独生子女父母奖励费申领', '承诺件', 15],
    ['计划生育家庭特别扶助金申请', '承诺件', 30],
    ['农村部分计划生育家庭奖励扶助申请', '承诺件', 30],
    ['生育医疗费用报销申请', '承诺件', 15],
    ['婴幼儿照护服务咨询', '即办', null],
    ['出生医学证明信息核对', '即办', null],
    ['流动人口婚育证明办理', '即办', null],
    ['计划生育手术并发症人员扶助申请', '承诺件', 30],
  ]),
  ...group('CJ', '城建', [
    ['公共租赁住房申请', '承诺件', 30],
    ['廉租住房租金配租申请', '承诺件', 30],
    ['共有产权保障住房申请受理', '承诺件', 30],
    ['住房租赁合同登记备案', '即办', null],
    ['居住证积分住房信息核对', '即办', null],
    ['旧住房综合改造居民意见征询登记', '即办', null],
    ['住宅小区加装电梯申请受理', '承诺件', 20],
    ['廉租住房资格年审', '承诺件', 15],
    ['物业服务纠纷调解申请', '承诺件', 10],
    ['门牌号码编制申请', '承诺件', 7],
    ['房屋安全隐患报修登记', '即办', null],
  ]),
];

export const sampleTitle = '示范街道社区事务受理服务中心 事项目录';
export const sampleHeader = ['序号', '事项编码', '事项名称', '业务类别', '办理类型', '承诺时限（工作日）'];

/** The sheet's rows after the title line and an empty line: the header, then one item a row. */
export const sampleRows = (): (string | number)[][] => [
  sampleHeader,
  ...sampleItems.map(([code, category, name, kind, days], i) => [i + 1, code, name, category, kind, days ?? '即时办结']),
];
