// The CSV writer on its own: quoting, empty cells for null ratios, ratios rounded to 4 places.
import { expect, test } from 'vitest';
import type { ReportSummary } from '../../electron/contract';
import { emptyTally, figures } from '../../electron/reports/kpi';
import { reportCsv } from '../../electron/reports/report-csv';
import { translatorFor } from '../../electron/shared/locales';

test('a key with a comma or a quote is quoted; a null ratio is an empty cell; a ratio has 4 places', () => {
  const f = { ...figures(emptyTally()), arrived: 3, served: 2, servedRate: 2 / 3 };
  const summary: ReportSummary = { from: '2026-11-23', to: '2026-11-23', by: 'clerk', targetWaitMinutes: 15, total: f, rows: [{ key: 'a,"b"', figures: f }] };
  const [, row] = reportCsv(summary, translatorFor('en'))
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(row!.startsWith('"a,""b""",3,2,0.6667,,')).toBe(true);
});
