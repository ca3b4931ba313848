// A hall error as one big readable sentence for the resident; closes on a tap or by itself.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError } from '../../../electron/contract';
import { errorText } from '../shared/errors';

const CLOSE_AFTER_MS = 10_000;

export function ErrorOverlay({ error, onClose }: { error: HallError; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onClose, CLOSE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="kiosk-overlay" role="alertdialog" aria-modal="true" onClick={onClose} data-testid="kiosk-error">
      <div className="kiosk-error-box">
        <p>{errorText(t, error)}</p>
        <button type="button" onClick={onClose}>
          {t('kiosk.ok')}
        </button>
      </div>
    </div>
  );
}
