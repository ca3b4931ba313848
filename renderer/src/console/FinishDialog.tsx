// 办结: the item handled and the outcome, finished with Enter from the search box (ItemPicker). The
// item last used at this window comes first and is chosen (window.myDay's lastItemCode), so a run of
// the same item is F4, Enter. Enter with nothing chosen (nothing matches) finishes nothing and says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomes, type ItemView, type Outcome, type TicketView } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { Dialog } from './Dialog';
import { itemsOffered } from './item-choice';
import { ItemPicker } from './ItemPicker';

interface Props {
  ticket: TicketView;
  /** The item last recorded at this window (today, else its last working day), offered first. */
  lastItemCode: string | null;
  busy: boolean;
  onConfirm: (outcome: Outcome, itemCode: string | undefined) => void;
  onCancel: () => void;
}

/** The catalogue as last read: the next 办结 opens with it at once (and reads it afresh behind). */
let lastItems: ItemView[] | null = null;

export function FinishDialog({ ticket, lastItemCode, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const hall = useHall();
  const [items, setItems] = useState<ItemView[] | null>(lastItems);
  const [all, setAll] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const [noItem, setNoItem] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('handled');
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    void hall.send('items.list', {}).then((r) => {
      if (r.ok) lastItems = r.value;
      setItems(r.ok ? r.value : (lastItems ?? []));
    });
  }, [hall]);

  const offered = itemsOffered(items ?? [], { serviceId: ticket.serviceId, lastItemCode, query, all });
  const chosen = noItem ? null : (offered[index] ?? offered[0] ?? null);
  const onQuery = (q: string) => {
    setQuery(q);
    setIndex(0);
    setAsked(false);
  };
  const confirm = () => {
    if (noItem) return onConfirm(outcome, undefined);
    if (!chosen) return setAsked(true);
    onConfirm(outcome, chosen.code);
  };

  return (
    <Dialog
      title={t('console.finishTitle', { number: ticket.number })}
      confirm={t('console.confirmFinish')}
      busy={busy || items === null}
      onConfirm={confirm}
      onCancel={onCancel}
      testId="finish-dialog"
    >
      <ItemPicker offered={noItem ? [] : offered} chosen={chosen} query={query} onQuery={onQuery} onChoose={setIndex} disabled={noItem} />
      {asked && (
        <p className="field-error" role="alert" data-testid="finish-choose-item">
          {t('consoleDay.finish.chooseItem')}
        </p>
      )}
      <div className="finish-checks">
        <label className="check">
          <input type="checkbox" checked={all} disabled={noItem} onChange={(e) => (setAll(e.target.checked), setIndex(0))} />
          <span>{t('console.allItems')}</span>
        </label>
        <label className="check">
          <input type="checkbox" checked={noItem} onChange={(e) => (setNoItem(e.target.checked), setAsked(false))} data-testid="finish-no-item" />
          <span>{t('consoleDay.finish.noItem')}</span>
        </label>
      </div>
      <fieldset className="choices finish-outcomes">
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
