// The big action buttons, each with its shortcut; disabled when the window's state does not allow it.
import { useTranslation } from 'react-i18next';
import type { WindowDetail } from '../../../electron/contract';
import { actionSpecs, type ActionId } from './actions';

interface Props {
  detail: WindowDetail | null;
  busy: boolean;
  onAction: (id: ActionId) => void;
}

export function ActionBar({ detail, busy, onAction }: Props) {
  const { t } = useTranslation();
  return (
    <div className="action-bar">
      {actionSpecs.map((a) => (
        <button
          key={a.id}
          type="button"
          className={`action action-${a.id}`}
          disabled={busy || !detail || !a.can(detail)}
          onClick={() => onAction(a.id)}
          data-testid={`action-${a.id}`}
          aria-keyshortcuts={a.key}
        >
          <span>{t(a.label ?? `console.action.${a.id}`)}</span>
          <kbd>{a.key}</kbd>
        </button>
      ))}
    </div>
  );
}
