// The A岗/X岗 profile of every window as one matrix, windows × services, each cell primary, backup or
// none. By mouse a click cycles a cell; by keyboard the arrows move between cells, Enter or Space
// cycles, P / B / N (or Delete) set it. Edits go to the windows' drafts; the page saves them.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceConfigView, SkillRole, WindowConfigView } from '../../../electron/contract';
import { localName } from './staff-format';

type Cell = SkillRole | 'none';
const NEXT: Record<Cell, Cell> = { none: 'primary', primary: 'backup', backup: 'none' };
const KEYS: Record<string, Cell> = { p: 'primary', b: 'backup', n: 'none', delete: 'none', backspace: 'none' };

export interface MatrixProps {
  windows: WindowConfigView[];
  services: ServiceConfigView[];
  /** A window's addresses and who is signed in there, under its name. */
  facts(w: WindowConfigView): string;
  /** Windows whose draft differs from what is saved. */
  dirty: (number: number) => boolean;
  selected: number | null;
  onSelect(number: number): void;
  onChange(number: number, serviceId: string, role: Cell): void;
}

export function ProfileMatrix({ windows, services, facts, dirty, selected, onSelect, onChange }: MatrixProps) {
  const { t, i18n } = useTranslation();
  const focusCell = (row: number, col: number) => {
    const cell = document.querySelector<HTMLButtonElement>(`[data-cell="${row}:${col}"]`);
    cell?.focus();
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number, w: WindowConfigView, serviceId: string) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(Math.min(windows.length - 1, Math.max(0, row + move[0])), Math.min(services.length - 1, Math.max(0, col + move[1])));
      return;
    }
    const set = KEYS[event.key.toLowerCase()];
    if (set) {
      event.preventDefault();
      onChange(w.number, serviceId, set);
    }
  };
  return (
    <table className="staff-table profile-matrix" data-testid="profile-matrix">
      <caption>{t('staffCfg.windows.matrixHelp')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('staffCfg.windows.window')}</th>
          {services.map((s) => (
            <th key={s.id} scope="col" className={s.enabled ? undefined : 'off'}>
              <span className="svc-prefix">{s.prefix}</span> {localName(s.name, i18n.language)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {windows.map((w, row) => (
          <tr key={w.number} className={[w.number === selected ? 'chosen' : '', dirty(w.number) ? 'dirty' : '', w.enabled ? '' : 'retired'].join(' ')}>
            <th scope="row">
              <button type="button" className="link" onClick={() => onSelect(w.number)} data-testid={`window-row-${w.number}`}>
                {w.number} · {w.name}
              </button>
              {dirty(w.number) && <span className="badge-dirty">{t('staffCfg.unsaved')}</span>}
              <small className="window-facts">{facts(w)}</small>
            </th>
            {services.map((s, col) => {
              const role: Cell = w.profile[s.id] ?? 'none';
              return (
                <td key={s.id}>
                  <button
                    type="button"
                    className={`skill skill-${role}`}
                    data-cell={`${row}:${col}`}
                    data-testid={`cell-${w.number}-${s.id}`}
                    aria-label={`${w.number} ${localName(s.name, i18n.language)}: ${t(`staffCfg.role.${role}`)}`}
                    onClick={() => onChange(w.number, s.id, NEXT[role])}
                    onKeyDown={(e) => onKey(e, row, col, w, s.id)}
                  >
                    {t(`staffCfg.roleShort.${role}`)}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
