// 绿色通道 at the window: the clerk issues a priority ticket of the chosen service for an elderly,
// disabled or pregnant resident standing in the window's queue; the policy then calls it first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { Dialog } from './Dialog';
import './green-lane.css';
import type { useRunner } from './useRunner';

interface Props {
  open: boolean;
  setOpen: (open: boolean) => void;
  services: ServiceView[];
  /** The window's A岗 services come first in the list: the resident usually came for one of them. */
  primary: readonly string[];
  runner: ReturnType<typeof useRunner>;
  onIssued: () => void;
}

/** The button for the window's title bar. */
export function GreenLaneButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="green-lane-button" disabled={disabled} onClick={onClick} data-testid="green-lane">
      {t('greenLane.consoleButton')}
    </button>
  );
}

/** The dialog it opens (outside the title bar, so it keeps the dialogs' own colours). */
export function GreenLaneDialog({ open, setOpen, services, primary, runner, onIssued }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const ordered = [...services].sort((a, b) => Number(!primary.includes(a.id)) - Number(!primary.includes(b.id)));
  const [chosen, setChosen] = useState<string | null>(null);
  const service = chosen ?? ordered[0]?.id ?? '';
  const issue = async () => {
    const r = await runner.run('tickets.issuePriority', { serviceId: service });
    if (!r.ok) return;
    runner.setNotice({ kind: 'ok', key: 'greenLane.issued', values: { number: r.value.number, ahead: r.value.ahead } });
    setOpen(false);
    setChosen(null);
    onIssued();
  };
  if (!open) return null;
  return (
    <Dialog
      title={t('greenLane.consoleTitle')}
      confirm={t('greenLane.consoleConfirm')}
      busy={runner.busy || !service}
      onConfirm={() => void issue()}
      onCancel={() => setOpen(false)}
      testId="green-lane-dialog"
    >
      <fieldset className="choices grid">
        {ordered.map((s) => (
          <label key={s.id} className={s.id === service ? 'chosen' : ''}>
            <input type="radio" name="green-lane-service" value={s.id} checked={s.id === service} onChange={() => setChosen(s.id)} />
            <span>
              {s.prefix} {pick(s.name)}
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
