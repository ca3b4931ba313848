// The hall's own settings: its name, the call policy (skill or pure 通办) and max wait, how many recent
// calls the hall screen lists, the notices (printed on the ticket, scrolling on the hall screen) and
// the languages the kiosk offers, and the hall's address for the tickets' QR codes (their progress page). Saved together; what the screens show reaches them at once.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallSettingsView, Lang } from '../../../electron/contract';
import { languages } from '../i18n';
import { Field, numberOf, useHallForm } from './config-form';
import { QueueMoveSettings } from './QueueMoveSettings';
import type { Admin } from './useAdmin';

interface Form {
  hallName: string;
  policyMode: HallSettingsView['policyMode'];
  maxWaitMinutes: string;
  priorityStreakMax: string;
  recentCalls: string;
  ticketNotice: string;
  screenNotice: string;
  kioskLanguages: Lang[];
  publicBaseUrl: string;
}

const formOf = (h: HallSettingsView): Form => ({
  ...h,
  maxWaitMinutes: String(h.maxWaitMinutes),
  priorityStreakMax: String(h.priorityStreakMax),
  recentCalls: String(h.recentCalls),
  ticketNotice: h.ticketNotice.join('\n'),
  publicBaseUrl: h.publicBaseUrl ?? '',
});

export function HallPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { form, setForm, error, saveHall } = useHallForm(admin, formOf);
  if (!form) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await saveHall({
      hallName: form.hallName,
      policyMode: form.policyMode,
      maxWaitMinutes: numberOf(form.maxWaitMinutes),
      priorityStreakMax: numberOf(form.priorityStreakMax),
      recentCalls: numberOf(form.recentCalls),
      // One line per printed line; blank lines are dropped.
      ticketNotice: form.ticketNotice.split('\n').filter((line) => line.trim() !== ''),
      screenNotice: form.screenNotice,
      // In the order of the switch, whatever order they were ticked in.
      kioskLanguages: languages.filter((l) => form.kioskLanguages.includes(l)),
      // Empty: the tickets print no QR code (nothing to promise a phone).
      publicBaseUrl: form.publicBaseUrl.trim() === '' ? null : form.publicBaseUrl.trim(),
    });
  };
  const toggle = (lang: Lang, on: boolean) =>
    setForm({ ...form, kioskLanguages: on ? [...form.kioskLanguages, lang] : form.kioskLanguages.filter((l) => l !== lang) });

  return (
    <form className="cfg-hall" onSubmit={(e) => void submit(e)} data-testid="hall-settings">
      <section>
        <h3>{t('configPages.hall.general')}</h3>
        <Field label={t('configPages.hall.hallName')} name="hallName" error={error} wide>
          <input value={form.hallName} onChange={(e) => setForm({ ...form, hallName: e.target.value })} data-testid="hall-name" />
        </Field>
        <Field label={t('configPages.hall.policyMode')} name="policyMode" error={error} wide>
          <select value={form.policyMode} onChange={(e) => setForm({ ...form, policyMode: e.target.value as Form['policyMode'] })} data-testid="hall-policy">
            <option value="skill">{t('configPages.hall.policy.skill')}</option>
            <option value="pure">{t('configPages.hall.policy.pure')}</option>
          </select>
        </Field>
        <div className="cfg-pair">
          <Field label={t('configPages.hall.maxWaitMinutes')} name="maxWaitMinutes" error={error}>
            <input
              type="number"
              value={form.maxWaitMinutes}
              onChange={(e) => setForm({ ...form, maxWaitMinutes: e.target.value })}
              data-testid="hall-maxwait"
            />
          </Field>
          <Field label={t('configPages.hall.recentCalls')} name="recentCalls" error={error}>
            <input type="number" value={form.recentCalls} onChange={(e) => setForm({ ...form, recentCalls: e.target.value })} data-testid="hall-recent" />
          </Field>
        </div>
        <p className="cfg-hint">{t('configPages.hall.maxWaitHint')}</p>
        <Field label={t('greenLane.streakMax')} name="priorityStreakMax" error={error}>
          <input
            type="number"
            value={form.priorityStreakMax}
            onChange={(e) => setForm({ ...form, priorityStreakMax: e.target.value })}
            data-testid="hall-priority-streak"
          />
        </Field>
        <p className="cfg-hint">{t('greenLane.streakMaxHint')}</p>
      </section>
      <section>
        <h3>{t('configPages.hall.notices')}</h3>
        <Field label={t('configPages.hall.screenNotice')} name="screenNotice" error={error} wide>
          <textarea rows={2} value={form.screenNotice} onChange={(e) => setForm({ ...form, screenNotice: e.target.value })} data-testid="hall-screen-notice" />
        </Field>
        <Field label={t('configPages.hall.ticketNotice')} name="ticketNotice" error={error} wide>
          <textarea rows={4} value={form.ticketNotice} onChange={(e) => setForm({ ...form, ticketNotice: e.target.value })} data-testid="hall-ticket-notice" />
        </Field>
        <p className="cfg-hint">{t('configPages.hall.ticketNoticeHint')}</p>
        <Field label={t('ticketPrint.publicBaseUrl')} name="publicBaseUrl" error={error} wide>
          <input
            value={form.publicBaseUrl}
            placeholder="http://192.168.1.10:7300"
            onChange={(e) => setForm({ ...form, publicBaseUrl: e.target.value })}
            data-testid="hall-public-base-url"
          />
        </Field>
        <p className="cfg-hint">{t('ticketPrint.publicBaseUrlHint')}</p>
        <Field label={t('configPages.hall.kioskLanguages')} name="kioskLanguages" error={error} group wide>
          <div className="cfg-checks">
            {languages.map((l) => (
              <label key={l} className="check">
                <input type="checkbox" checked={form.kioskLanguages.includes(l)} onChange={(e) => toggle(l, e.target.checked)} data-testid={`hall-lang-${l}`} />
                <span lang={l}>{t(`lang.${l}`)}</span>
              </label>
            ))}
          </div>
        </Field>
      </section>
      <QueueMoveSettings admin={admin} />
      <div className="cfg-actions">
        <button type="submit" className="primary" disabled={admin.busy} data-testid="hall-save">
          {t('configPages.save')}
        </button>
      </div>
    </form>
  );
}
