// The manager's windows: every window with its A岗/X岗 profile as one matrix (windows × services), and
// an editor for the chosen window (name, LED screen and keypad addresses, in use or retired). Changes
// are drafts until saved; each save is one audited command that the hall applies at once.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, ServiceConfigView, WindowConfigView } from '../../../electron/contract';
import { useLiveQuery } from '../shared/useLiveQuery';
import { ProfileMatrix } from './ProfileMatrix';
import { WindowEditor } from './WindowEditor';
import type { Admin } from './useAdmin';
import './staff.css';

const configOf = ({ number, name, profile, ledAddress, keypadAddress, enabled }: WindowConfigView): WindowConfigView => ({
  number,
  name,
  profile,
  ledAddress,
  keypadAddress,
  enabled,
});

export function WindowsPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const live = useLiveQuery('config.windows', {}, 'hall.changed');
  const saved = useMemo(() => live.value ?? [], [live.value]);
  const [services, setServices] = useState<ServiceConfigView[]>([]);
  const [drafts, setDrafts] = useState<Record<number, WindowConfigView>>({});
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<HallError | null>(null);
  useEffect(() => {
    void run('config.services', {}).then((r) => r.ok && setServices(r.value));
  }, [run]);

  const savedOf = useCallback((n: number) => saved.find((w) => w.number === n), [saved]);
  const windows = useMemo(() => {
    const all = saved.map((w) => drafts[w.number] ?? configOf(w));
    const added = Object.values(drafts).filter((d) => !savedOf(d.number));
    return [...all, ...added].sort((a, b) => a.number - b.number);
  }, [saved, drafts, savedOf]);
  const dirty = (n: number) => {
    const s = savedOf(n);
    return drafts[n] !== undefined && (!s || JSON.stringify(configOf(s)) !== JSON.stringify(drafts[n]));
  };
  const edit = (n: number, change: (w: WindowConfigView) => WindowConfigView) => {
    const current = windows.find((w) => w.number === n);
    if (current) setDrafts((d) => ({ ...d, [n]: change(current) }));
  };
  const setRole = (n: number, serviceId: string, role: 'primary' | 'backup' | 'none') =>
    edit(n, (w) => {
      const profile = { ...w.profile };
      if (role === 'none') delete profile[serviceId];
      else profile[serviceId] = role;
      return { ...w, profile };
    });
  const add = () => {
    const used = new Set(windows.map((w) => w.number));
    const number = Array.from({ length: 99 }, (_, i) => i + 1).find((n) => !used.has(n));
    if (number === undefined) return;
    setDrafts((d) => ({
      ...d,
      [number]: { number, name: t('staffCfg.windows.defaultName', { number }), profile: {}, ledAddress: null, keypadAddress: null, enabled: true },
    }));
    setSelected(number);
  };
  /** A new window's number may change in the editor before its first save. */
  const renumber = (from: number, to: number) => {
    if (savedOf(from) || windows.some((w) => w.number === to)) return;
    setDrafts(({ [from]: draft, ...rest }) => (draft ? { ...rest, [to]: { ...draft, number: to } } : rest));
    setSelected(to);
  };
  const save = async (n: number): Promise<boolean> => {
    const draft = drafts[n];
    if (!draft) return true;
    const result = await run('config.saveWindow', draft);
    if (!result.ok) {
      setSelected(n);
      setError(result.error);
      return false;
    }
    setError(null);
    setDrafts(({ [n]: _, ...rest }) => rest);
    await live.reload();
    return true;
  };
  const saveAll = async () => {
    for (const w of windows.filter((x) => dirty(x.number))) if (!(await save(w.number))) return;
    admin.setNotice({ kind: 'ok', key: 'staffCfg.saved' });
  };
  const revert = (n: number) => {
    setDrafts(({ [n]: _, ...rest }) => rest);
    setError(null);
    if (!savedOf(n)) setSelected(null);
  };
  const facts = (w: WindowConfigView) => {
    const live = savedOf(w.number);
    const parts = [
      `${t('staffCfg.windows.ledShort')} ${w.ledAddress ?? '—'}`,
      `${t('staffCfg.windows.keypadShort')} ${w.keypadAddress ?? '—'}`,
      !w.enabled ? t('staffCfg.windows.retired') : live?.clerk ? t('staffCfg.windows.staffedBy', { name: live.clerk.name }) : '',
    ];
    return parts.filter(Boolean).join(' · ');
  };
  const chosen = windows.find((w) => w.number === selected) ?? null;
  const anyDirty = windows.some((w) => dirty(w.number));
  return (
    <div className="staff-page" data-testid="windows-page">
      <div className="staff-actions">
        <button type="button" onClick={add} data-testid="window-add">
          {t('staffCfg.windows.add')}
        </button>
        <button type="button" className="primary" disabled={!anyDirty || admin.busy} onClick={() => void saveAll()} data-testid="windows-save-all">
          {t('staffCfg.saveAll')}
        </button>
      </div>
      <div className="staff-columns">
        <div className="staff-scroll">
          <ProfileMatrix windows={windows} services={services} facts={facts} dirty={dirty} selected={selected} onSelect={setSelected} onChange={setRole} />
        </div>
        {chosen && (
          <WindowEditor
            key={savedOf(chosen.number) ? chosen.number : 'new'}
            window={chosen}
            live={savedOf(chosen.number) ?? null}
            error={error}
            busy={admin.busy}
            onChange={(change) => edit(chosen.number, (w) => ({ ...w, ...change }))}
            onRenumber={(to) => renumber(chosen.number, to)}
            onSave={() => void save(chosen.number).then((ok) => ok && admin.setNotice({ kind: 'ok', key: 'staffCfg.saved' }))}
            onRevert={() => revert(chosen.number)}
            dirty={dirty(chosen.number)}
          />
        )}
      </div>
    </div>
  );
}
