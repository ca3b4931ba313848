// 倒休统计 (issue 15): for a range of business days, per clerk, the hours signed in outside the regular
// weekday periods (weekend / holiday, lunch duty, evening) with the regular hours and days worked for
// context; a clerk expands to their shifts. Every header's tooltip is its formula. The figures come
// from reports.duty: nothing is computed here.
import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type DutyReport } from '../../../../electron/contract';
import type { Admin } from '../useAdmin';
import { DutyShifts } from './DutyShifts';
import { hoursMinutes } from './duty-format';
import '../config-pages.css';
import './duty.css';

const columns = ['regular', 'weekend', 'lunch', 'evening', 'extra', 'outside'] as const;

export function DutyPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [form, setForm] = useState<{ from: string; to: string } | null>(null);
  const [report, setReport] = useState<DutyReport | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const load = useCallback(
    async (q: { from: string; to: string }) => {
      const r = await run('reports.duty', q);
      setReport(r.ok ? r.value : null);
    },
    [run],
  );
  // The first report: this month so far (the hall's business day, not the PC's date).
  useEffect(() => {
    void run('hall.get', {}).then((r) => {
      if (!r.ok) return;
      const day = r.value.businessDay;
      const first = { from: `${day.slice(0, 8)}01`, to: day };
      setForm(first);
      void load(first);
    });
  }, [run, load]);
  if (!form) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void load(form);
  };

  return (
    <section className="duty-page" data-testid="duty-page">
      <form className="cfg-toolbar" onSubmit={submit}>
        <label>
          <span>{t('duty.page.from')}</span>
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} data-testid="duty-from" />
        </label>
        <label>
          <span>{t('duty.page.to')}</span>
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} data-testid="duty-to" />
        </label>
        <button type="submit" data-testid="duty-run">
          {t('duty.page.run')}
        </button>
      </form>
      {report && (
        <table className="cfg-table duty-table" data-testid="duty-table">
          <thead>
            <tr>
              <th>{t('duty.page.clerk')}</th>
              <th>{t('duty.page.name')}</th>
              <th title={t('duty.formula.daysWorked')}>{t('duty.page.daysWorked')}</th>
              {columns.map((c) => (
                <th key={c} title={t(`duty.formula.${c}`)} className={c === 'extra' ? 'duty-extra' : undefined} data-testid={`duty-head-${c}`}>
                  {t(`duty.cat.${c}`)}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {report.clerks.map((c) => (
              <Fragment key={c.clerkId}>
                <tr data-testid={`duty-row-${c.clerkId}`} className={open === c.clerkId ? 'open' : undefined}>
                  <td className="nowrap">{c.clerkId}</td>
                  <td className="nowrap">{c.name}</td>
                  <td className="num">{c.daysWorked}</td>
                  {columns.map((k) => (
                    <td key={k} className={`num nowrap${k === 'extra' ? ' duty-extra' : ''}`} data-testid={`duty-${c.clerkId}-${k}`}>
                      {hoursMinutes(t, c.seconds[k])}
                    </td>
                  ))}
                  <td className="nowrap">
                    <button type="button" onClick={() => setOpen(open === c.clerkId ? null : c.clerkId)} data-testid={`duty-expand-${c.clerkId}`}>
                      {t(open === c.clerkId ? 'duty.page.collapse' : 'duty.page.expand')}
                    </button>
                  </td>
                </tr>
                {open === c.clerkId && (
                  <tr className="duty-shifts-row">
                    <td colSpan={columns.length + 4}>
                      <DutyShifts clerk={c} timeZone={report.timeZone} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
            {report.clerks.length === 0 && (
              <tr>
                <td colSpan={columns.length + 4}>{t('duty.page.empty')}</td>
              </tr>
            )}
            <tr className="duty-total" data-testid="duty-total">
              <td className="nowrap" colSpan={3}>
                {t('duty.page.total')}
              </td>
              {columns.map((k) => (
                <td key={k} className={`num nowrap${k === 'extra' ? ' duty-extra' : ''}`}>
                  {hoursMinutes(t, report.total[k])}
                </td>
              ))}
              <td />
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
