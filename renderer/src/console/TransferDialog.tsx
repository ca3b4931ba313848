// 转移: send the current ticket to another service's queue (it keeps its number and its wait).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceView, TicketView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { Dialog } from './Dialog';

interface Props {
  ticket: TicketView;
  services: ServiceView[];
  busy: boolean;
  onConfirm: (serviceId: string) => void;
  onCancel: () => void;
}

export function TransferDialog({ ticket, services, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const targets = services.filter((s) => s.id !== ticket.serviceId);
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  return (
    <Dialog
      title={t('console.transferTitle', { number: ticket.number })}
      confirm={t('console.action.transfer')}
      busy={busy || !target}
      onConfirm={() => onConfirm(target)}
      onCancel={onCancel}
      testId="transfer-dialog"
    >
      <fieldset className="choices grid">
        {targets.map((s) => (
          <label key={s.id} className={s.id === target ? 'chosen' : ''}>
            <input type="radio" name="target" value={s.id} checked={s.id === target} onChange={() => setTarget(s.id)} />
            <span>
              {s.prefix} {pick(s.name)}
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
