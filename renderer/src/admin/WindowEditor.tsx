// The chosen window's own fields: its number (before its first save), name, the addresses of its LED
// screen and its keypad on the hall buses, and whether it is in use or retired. A refused save marks
// the field the hall named.
import { useTranslation } from 'react-i18next';
import type { HallError, WindowConfigView, WindowListEntry } from '../../../electron/contract';
import { fieldOf } from './staff-format';

interface Props {
  window: WindowConfigView;
  /** The saved window with who is signed in there, or null for a new one. */
  live: WindowListEntry | null;
  error: HallError | null;
  busy: boolean;
  dirty: boolean;
  onChange(change: Partial<WindowConfigView>): void;
  onRenumber(to: number): void;
  onSave(): void;
  onRevert(): void;
}

const address = (value: string): number | null => (value.trim() === '' ? null : Number(value));

export function WindowEditor({ window: w, live, error, busy, dirty, onChange, onRenumber, onSave, onRevert }: Props) {
  const { t } = useTranslation();
  const bad = fieldOf(error);
  const invalid = (field: string) => (bad === field ? { 'aria-invalid': true as const, 'aria-describedby': 'window-field-error' } : {});
  const hint = (field: string) =>
    bad === field && (
      <small className="field-error" id="window-field-error" role="alert">
        {t(`staffCfg.fieldError.${field}`, { defaultValue: t('staffCfg.fieldError.other') })}
      </small>
    );
  return (
    <form
      className="staff-editor"
      data-testid="window-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h3>{live ? t('staffCfg.windows.editing', { number: w.number }) : t('staffCfg.windows.creating')}</h3>
      {live && <p className="staff-live">{live.clerk ? t('staffCfg.windows.staffedBy', { name: live.clerk.name }) : t('staffCfg.windows.free')}</p>}
      <label>
        <span>{t('staffCfg.windows.number')}</span>
        <input
          type="number"
          min={1}
          max={99}
          value={w.number}
          disabled={live !== null}
          onChange={(e) => onRenumber(Number(e.target.value))}
          data-testid="window-number"
          {...invalid('number')}
        />
        {hint('number')}
      </label>
      <label>
        <span>{t('staffCfg.windows.name')}</span>
        <input value={w.name} maxLength={20} onChange={(e) => onChange({ name: e.target.value })} data-testid="window-name" {...invalid('name')} />
        {hint('name')}
      </label>
      <label>
        <span>{t('staffCfg.windows.ledAddress')}</span>
        <input
          type="number"
          min={0}
          max={65534}
          value={w.ledAddress ?? ''}
          placeholder={t('staffCfg.none')}
          onChange={(e) => onChange({ ledAddress: address(e.target.value) })}
          data-testid="window-led"
          {...invalid('ledAddress')}
        />
        {hint('ledAddress')}
      </label>
      <label>
        <span>{t('staffCfg.windows.keypadAddress')}</span>
        <input
          type="number"
          min={0}
          max={255}
          value={w.keypadAddress ?? ''}
          placeholder={t('staffCfg.none')}
          onChange={(e) => onChange({ keypadAddress: address(e.target.value) })}
          data-testid="window-keypad"
          {...invalid('keypadAddress')}
        />
        {hint('keypadAddress')}
      </label>
      {hint('profile')}
      <label className="check">
        <input type="checkbox" checked={w.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} data-testid="window-enabled" />
        <span>{t('staffCfg.windows.inUse')}</span>
      </label>
      {!w.enabled && <p className="staff-note">{t('staffCfg.windows.retiredNote')}</p>}
      <div className="staff-editor-actions">
        <button type="submit" className="primary" disabled={busy || !dirty} data-testid="window-save">
          {t('staffCfg.save')}
        </button>
        <button type="button" disabled={!dirty} onClick={onRevert}>
          {t('staffCfg.revert')}
        </button>
      </div>
    </form>
  );
}
