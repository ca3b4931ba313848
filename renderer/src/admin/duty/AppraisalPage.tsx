// 月度考核 (issue 15): a month, and one appraisal sheet per clerk, each printed on its own A4 page
// (appraisal.css: the desk's bar and navigation are not printed). The figures come from
// reports.appraisal: nothing is computed here.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalReport } from '../../../../electron/contract';
import type { Admin } from '../useAdmin';
import { AppraisalSheet } from './AppraisalSheet';
import { monthOf } from './duty-format';
import '../config-pages.css';
import './appraisal.css';

export function AppraisalPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [month, setMonth] = useState<string | null>(null);
  const [report, setReport] = useState<AppraisalReport | null>(null);

  const load = useCallback(
    async (m: string) => {
      const r = await run('reports.appraisal', { month: m });
      setReport(r.ok ? r.value : null);
    },
    [run],
  );
  // The first sheets: this month (the hall's business day, not the PC's date).
  useEffect(() => {
    void run('hall.get', {}).then((r) => {
      if (r.ok) setMonth(monthOf(r.value.businessDay));
    });
  }, [run]);
  useEffect(() => {
    if (month) void load(month);
  }, [month, load]);
  if (!month) return null;

  return (
    <section className="appraisal-page" data-testid="appraisal-page">
      <div className="cfg-toolbar appraisal-toolbar">
        <label>
          <span>{t('duty.appraisal.month')}</span>
          <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="appraisal-month" />
        </label>
        <button type="button" onClick={() => window.print()} disabled={!report} data-testid="appraisal-print">
          {t('duty.appraisal.print')}
        </button>
      </div>
      {report && report.month === month && (
        <div className="appraisal-sheets" data-testid="appraisal-sheets">
          {report.sheets.map((sheet) => (
            <AppraisalSheet key={sheet.clerkId} report={report} sheet={sheet} />
          ))}
          {report.sheets.length === 0 && <p>{t('duty.appraisal.empty')}</p>}
        </div>
      )}
    </section>
  );
}
