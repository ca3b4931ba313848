// A hall error as one big readable sentence for the resident; closes on a tap or by itself.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, HoursNowView } from '../../../electron/contract';
import { errorText } from '../shared/errors';
import { whenText } from './opening-words';

const CLOSE_AFTER_MS = 10_000;

export function ErrorOverlay({ error, hours, onClose }: { error: HallError; hours?: HoursNowView | null; onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onClose, CLOSE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="kiosk-overlay" role="alertdialog" aria-modal="true" onClick={onClose} data-testid="kiosk-error">
      <div className="kiosk-error-box">
        <p>{errorText(t, error)}</p>
        {error.closed && (
          <p className="kiosk-error-closed" data-testid="kiosk-error-closed">
            {t(`hours.kiosk.reason.${error.closed.reason}`)}
            {error.closed.nextOpening && hours && (
              <>
                <br />
                {t('hours.kiosk.nextLabel')}: {whenText(t, error.closed.nextOpening, hours.businessDay, hours.timeZone)}
              </>
            )}
          </p>
        )}
        <button type="button" onClick={onClose}>
          {t('kiosk.ok')}
        </button>
      </div>
    </div>
  );
}
