// A modal form: Escape or 取消 closes it, Enter confirms.
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  children: ReactNode;
  /** Focus the confirm button when it opens, so Enter confirms at once (a keyboard-only confirmation). */
  autoFocusConfirm?: boolean;
}

export function Dialog({ title, confirm, busy, onConfirm, onCancel, testId, children, autoFocusConfirm = false }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm();
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-label={title} onSubmit={submit} data-testid={testId}>
        <h2>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('console.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid={`${testId}-confirm`} autoFocus={autoFocusConfirm}>
            {confirm}
          </button>
        </div>
      </form>
    </div>
  );
}
