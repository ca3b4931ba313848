// What the manager's reports answer with (issue 15): the figures of a range of business days, for the
// whole hall and per slice. Plain data, JSON-safe. Each figure's formula: electron/reports/kpi.ts and
// docs/API.md "Reports"; a ratio is null when its denominator is 0.

export const reportDimensions = ['hall', 'service', 'window', 'clerk', 'hour', 'weekday', 'day'] as const;
export type ReportDimension = (typeof reportDimensions)[number];

export interface ReportFigures {
  arrived: number;
  served: number;
  servedRate: number | null;
  noShowRate: number | null;
  avgWaitSeconds: number | null;
  maxWaitSeconds: number | null;
  serviceLevel: number | null;
  avgHandleSeconds: number | null;
  utilisation: number | null;
  servedPerStaffHour: number | null;
  rated: number;
  ratedRate: number | null;
  satisfaction: number | null;
  score: number | null;
  /** Residents' ratings by level: stars[0] level 1 … stars[4] level 5. */
  stars: [number, number, number, number, number];
  bad: number;
  rectifyRate: number | null;
  overdue: number;
  defaulted: number;
  notRated: number;
  excluded: number;
}

export interface ReportSummary {
  from: string;
  to: string;
  by: ReportDimension;
  targetWaitMinutes: number;
  total: ReportFigures;
  /** One per slice with any fact, by key: a service id, window number, clerk id, hour 00–23, ISO weekday 1–7 or day. */
  rows: { key: string; figures: ReportFigures }[];
}

/** A report as a file: its name and its text (CSV with a byte-order mark). */
export interface ReportFile {
  name: string;
  text: string;
}

/** What an xlsx export will hold (reports.xlsx): checked and counted; the bytes stream over HTTP. */
export interface ReportExportPlan {
  name: string;
  from: string;
  to: string;
  targetWaitMinutes: number;
  lang: 'zh-CN' | 'zh-TW' | 'en';
  /** Rows of the 明细 sheet: the range's tickets. */
  tickets: number;
  /** Where the file streams from (the LAN server), with this query: for a request with the manager's token. */
  path: string;
  /** The same file by a one-time key good for 5 minutes, no token needed: a plain link (the Electron app's window). */
  keyPath: string;
}
