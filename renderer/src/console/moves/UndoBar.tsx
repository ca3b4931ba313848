// After a no-show: "A002 已过号 · 撤销 (Ctrl+Z) · 还剩 8 秒", for the hall's noShowUndoSeconds on the hall's
// clock (the hall decides: its WindowDetail carries the undo and until when; this bar only counts down).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoShowUndo } from '../../../../electron/contract';
import { hallNow } from '../../shared/hall-clock';
import './queue-moves.css';

interface Props {
  undo: NoShowUndo | null;
  busy: boolean;
  /** False while a dialog is open: Ctrl+Z is then the dialog's. */
  keys: boolean;
  onUndo: () => void;
}

const secondsLeft = (until: string) => Math.ceil((Date.parse(until) - hallNow()) / 1000);

export function UndoBar({ undo, busy, keys, onUndo }: Props) {
  const { t } = useTranslation();
  const [, tick] = useState(0);
  const left = undo ? secondsLeft(undo.until) : 0;
  const shown = undo !== null && left > 0;
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [shown]);
  useEffect(() => {
    if (!shown || !keys) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey && event.key.toLowerCase() === 'z') || event.repeat) return;
      event.preventDefault();
      if (!busy) onUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, keys, busy, onUndo]);
  if (!shown) return null;
  return (
    <div className="qm-undo" role="status" data-testid="undo-bar">
      <span>{t('queueMoves.undo.text', { number: undo.ticket.number })}</span>
      <button type="button" onClick={onUndo} disabled={busy} data-testid="undo-no-show" aria-keyshortcuts="Control+Z">
        {t('queueMoves.undo.button')} <kbd>Ctrl+Z</kbd>
      </button>
      <span className="qm-left" data-testid="undo-left">
        {t('queueMoves.undo.left', { seconds: left })}
      </span>
    </div>
  );
}
