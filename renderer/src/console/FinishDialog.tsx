// 办结: the item handled (from the ticket's service, or all items) and the outcome.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomes, type ItemView, type Outcome, type TicketView } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { useLang } from '../shared/useLang';
import { Dialog } from './Dialog';

interface Props {
  ticket: TicketView;
  busy: boolean;
  onConfirm: (outcome: Outcome, itemCode: string | undefined) => void;
  onCancel: () => void;
}

export function FinishDialog({ ticket, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const hall = useHall();
  const [items, setItems] = useState<ItemView[]>([]);
  const [all, setAll] = useState(false);
  const [itemCode, setItemCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('handled');

  useEffect(() => {
    void hall.send('items.list', {}).then((r) => {
      if (r.ok) setItems(r.value);
    });
  }, [hall]);

  const shown = all ? items : items.filter((i) => i.serviceId === ticket.serviceId);
  return (
    <Dialog
      title={t('console.finishTitle', { number: ticket.number })}
      confirm={t('console.confirmFinish')}
      busy={busy}
      onConfirm={() => onConfirm(outcome, itemCode || undefined)}
      onCancel={onCancel}
      testId="finish-dialog"
    >
      <label className="field">
        <span>{t('console.item')}</span>
        <select value={itemCode} onChange={(e) => setItemCode(e.target.value)} data-testid="finish-item" autoFocus>
          <option value="">{t('console.noItem')}</option>
          {shown.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {pick(i.name)}（{t(`console.${i.kind}`)}）
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        <span>{t('console.allItems')}</span>
      </label>
      <fieldset className="choices">
        <legend>{t('console.outcome')}</legend>
        {outcomes.map((o) => (
          <label key={o} className={o === outcome ? 'chosen' : ''}>
            <input type="radio" name="outcome" value={o} checked={o === outcome} onChange={() => setOutcome(o)} />
            <span>{t(`outcome.${o}`)}</span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
