// The manager's report (issue 15): a range of business days sliced by service, window, clerk, hour,
// weekday or day, the figures in a table (each header's tooltip says its formula) with the hall's total,
// and the same report as a CSV for Excel. The figures come from reports.summary: nothing is computed here.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reportDimensions, type ReportDimension, type ReportSummary } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';
import type { Admin } from '../useAdmin';
import { chartedDimensions, ReportCharts, type ChartedReports } from './ReportCharts';
import { ReportTable } from './ReportTable';
import { useSliceLabel } from './useSliceLabel';
import { XlsxExport } from './XlsxExport';
import '../config-pages.css';
import './reports.css';
import { saveTextAs } from '../save-file';

interface Query {
  from: string;
  to: string;
  by: ReportDimension;
  targetWaitMinutes: number;
}

export function ReportsPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { run } = admin;
  const sliceLabel = useSliceLabel();
  const [query, setQuery] = useState<Query | null>(null);
  const [form, setForm] = useState<Query | null>(null);
  const [report, setReport] = useState<ReportSummary | null>(null);
  const [charted, setCharted] = useState<ChartedReports | null>(null);

  // The first report: this month so far, by service (the hall's business day, not the PC's date).
  useEffect(() => {
    void run('hall.get', {}).then((r) => {
      if (!r.ok) return;
      const day = r.value.businessDay;
      const first: Query = { from: `${day.slice(0, 8)}01`, to: day, by: 'service', targetWaitMinutes: 15 };
      setForm(first);
      setQuery(first);
    });
  }, [run]);
  const load = useCallback(
    async (q: Query) => {
      // The table's slice and the charts' in one read of the range (each read holds the hall up while it runs).
      const { by, ...range } = q;
      const r = await run('reports.summaries', { ...range, by: [by, ...chartedDimensions] });
      if (!r.ok) {
        setReport(null);
        setCharted(null);
        return;
      }
      const of = (d: ReportDimension) => r.value.find((s) => s.by === d)!;
      setReport(of(by));
      setCharted({ hour: of('hour'), window: of('window'), clerk: of('clerk') });
    },
    [run],
  );
  useEffect(() => {
    if (query) void load(query);
  }, [query, load]);
  if (!form) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ ...form });
  };
  const download = async () => {
    if (!query) return;
    const r = await run('reports.csv', { ...query, lang });
    if (r.ok) saveTextAs(r.value.name, r.value.text, 'text/csv;charset=utf-8');
  };
  const label = (key: string) => (report ? sliceLabel(report.by, key) : key);

  return (
    <section className="reports-page" data-testid="reports-page">
      <form className="cfg-toolbar" onSubmit={submit} data-testid="reports-query">
        <label>
          <span>{t('reports.page.from')}</span>
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} data-testid="reports-from" />
        </label>
        <label>
          <span>{t('reports.page.to')}</span>
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} data-testid="reports-to" />
        </label>
        <label>
          <span>{t('reports.page.by')}</span>
          <select value={form.by} onChange={(e) => setForm({ ...form, by: e.target.value as ReportDimension })} data-testid="reports-by">
            {reportDimensions.map((d) => (
              <option key={d} value={d}>
                {t(`reports.csv.by.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('reports.page.target')}</span>
          <input
            type="number"
            min={1}
            max={240}
            value={form.targetWaitMinutes}
            onChange={(e) => setForm({ ...form, targetWaitMinutes: Number(e.target.value) })}
            data-testid="reports-target"
          />
        </label>
        <button type="submit" data-testid="reports-run">
          {t('reports.page.run')}
        </button>
        <button type="button" onClick={() => void download()} disabled={!report} data-testid="reports-csv">
          {t('reports.page.csv')}
        </button>
        <XlsxExport admin={admin} query={query} />
      </form>
      {report && <ReportTable report={report} label={label} />}
      {charted && <ReportCharts reports={charted} label={sliceLabel} />}
    </section>
  );
}
