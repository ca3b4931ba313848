// One case: the rating as the resident gave it, the steps so far with who, when and notes, the form
// for the next step, and the under-review marking.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { formatTime } from './format';
import { ReviewForm } from './ReviewForm';
import { StepForm } from './StepForm';
import type { Admin } from './useAdmin';
import { useCatalog } from './useCatalog';
import { withBracket } from '../shared/list-text';
import { reasonsText } from './rating-reasons';

interface Props {
  admin: Admin;
  id: number;
  onChanged: (updated: FollowUpView) => Promise<void>;
  onClose: () => void;
}

export function CasePanel({ admin, id, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const catalog = useCatalog();
  const [c, setCase] = useState<FollowUpView | null>(null);
  const { run } = admin;

  const load = useCallback(async () => {
    const result = await run('followups.get', { id });
    if (result.ok) setCase(result.value);
  }, [run, id]);
  useEffect(() => {
    void load();
  }, [load]);

  /** After a change: the case as the hall answered it (or as read again), and the list refreshed. */
  const updated = async (next?: FollowUpView) => {
    const result = next ? null : await run('followups.get', { id });
    const fresh = next ?? (result?.ok ? result.value : null);
    if (!fresh) return;
    setCase(fresh);
    await onChanged(fresh);
  };

  if (!c || c.id !== id) return <aside className="case-panel" />;
  const r = c.rating;
  const service = catalog.service(r.serviceId);
  const item = catalog.item(r.itemCode);
  const facts: [string, string][] = [
    [t('admin.service'), service ? `${service.prefix} ${pick(service.name)}` : r.serviceId],
    [t('admin.item'), item ? pick(item.name) : (r.itemCode ?? t('admin.none'))],
    [t('admin.window'), t('window.name', { number: r.windowNo })],
    [t('admin.clerk'), r.clerk ? withBracket(t, r.clerk.name, r.clerk.id) : t('admin.none')],
    [t('admin.col.reasons'), reasonsText(t, r, t('admin.none'))],
    [t('admin.text'), r.text ?? t('admin.none')],
    [t('admin.channel'), withBracket(t, t(`rating.channel.${r.channel}`), `pf=${r.pf}`)],
    [t('admin.ratedAt'), formatTime(r.ratedAt, lang)],
    [t('admin.dueAt'), formatTime(c.dueAt, lang)],
  ];
  return (
    <aside className={`case-panel ${c.overdue ? 'overdue' : ''}`} data-testid="case-panel">
      <header>
        <h2>{t('admin.caseTitle', { id: c.id, number: r.number })}</h2>
        {c.overdue && <span className="badge-overdue">{t('admin.overdue')}</span>}
        <button type="button" onClick={onClose}>
          {t('admin.close')}
        </button>
      </header>
      <div className={`case-level lvl-${r.level}`} data-testid="case-level">
        {r.level !== null && t(`rating.level.${r.level}`)}
      </div>
      <dl className="case-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('admin.steps')}</h3>
      <ol className="case-steps" data-testid="case-steps">
        {c.steps.length === 0 && <li className="muted">{t('admin.noSteps')}</li>}
        {c.steps.map((s) => (
          <li key={s.step} data-testid={`step-${s.step}`}>
            <strong>{t(`rating.step.${s.step}`)}</strong>
            <span className="muted">{t('admin.stepBy', { name: s.by.name, time: formatTime(s.at, lang) })}</span>
            <p>{s.notes}</p>
          </li>
        ))}
      </ol>
      {c.nextStep ? (
        <StepForm key={c.nextStep} admin={admin} id={c.id} step={c.nextStep} onDone={updated} />
      ) : (
        <p className="case-closed" data-testid="case-closed">
          {t('admin.closed', { time: formatTime(c.closedAt, lang) })}
        </p>
      )}
      <ReviewForm admin={admin} rating={r} onDone={() => void updated()} />
    </aside>
  );
}
