// The 办结 dialog's item choice for a keyboard-only clerk: focus starts in the search box; typing
// narrows the list (code, name, pinyin initials: "hjzm" → 户籍证明); ↑/↓ move the choice, which is
// always one of the items shown (the first, i.e. the window's last item, when the dialog opens), so the
// form's Enter finishes with it. There is no "no item" row to fall on by accident: recording no item is
// a separate, deliberate box (an enquiry with nothing in the catalogue).
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import type { ItemView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';

interface Props {
  offered: ItemView[];
  chosen: ItemView | null;
  query: string;
  onQuery: (query: string) => void;
  onChoose: (index: number) => void;
  disabled: boolean;
}

export function ItemPicker({ offered, chosen, query, onQuery, onChoose, disabled }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const index = chosen ? offered.indexOf(chosen) : -1;
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || offered.length === 0) return;
    e.preventDefault();
    onChoose((index + step + offered.length) % offered.length);
  };
  const optionId = (code: string) => `finish-option-${code}`;
  return (
    <div className="item-picker">
      <label className="field">
        <span>{t('consoleDay.finish.search')}</span>
        <input
          type="search"
          value={query}
          disabled={disabled}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={onKey}
          placeholder={t('consoleDay.finish.searchHint')}
          role="combobox"
          aria-expanded="true"
          aria-controls="finish-items"
          aria-activedescendant={chosen ? optionId(chosen.code) : undefined}
          autoComplete="off"
          autoFocus
          data-testid="finish-search"
        />
      </label>
      <ul id="finish-items" className="item-list" role="listbox" aria-label={t('console.item')} data-testid="finish-items">
        {offered.map((item, i) => (
          <li
            key={item.code}
            id={optionId(item.code)}
            role="option"
            aria-selected={i === index}
            className={i === index ? 'chosen' : ''}
            onMouseDown={(e) => e.preventDefault()} // keep the focus in the search box
            onClick={() => onChoose(i)}
            data-testid={optionId(item.code)}
          >
            <span className="code">{item.code}</span>
            <span className="name">{t('consoleDay.finish.itemName', { name: pick(item.name), kind: t(`console.${item.kind}`) })}</span>
          </li>
        ))}
        {offered.length === 0 && (
          <li className="empty" data-testid="finish-no-match">
            {t('consoleDay.finish.noMatch')}
          </li>
        )}
      </ul>
    </div>
  );
}
