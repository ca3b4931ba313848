// The call whose turn it is, huge: 请A001号到3号窗口. Flashes briefly when its turn begins; stays up,
// still, until the next call's turn.
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CallView } from '../../../electron/contract';
import { AppointmentMark } from './AppointmentMark';

const FLASH_MS = 4000;

export function LatestCall({ call, flash, appointment = false }: { call: CallView | null; flash: boolean; appointment?: boolean }) {
  const { t } = useTranslation();
  const [flashing, setFlashing] = useState(flash);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlashing(false), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);
  return (
    <section
      className={`latest-call${flashing ? ' flash' : ''}`}
      data-testid="latest-call"
      data-flash={flashing ? 'true' : 'false'}
      data-number={call?.number ?? ''}
      data-window={call?.windowNo ?? ''}
      aria-live="assertive"
    >
      {call ? (
        <>
          <p className="call-text" data-testid="latest-call-text">
            <Trans
              i18nKey="caller.call"
              values={{ number: call.number, window: call.windowNo }}
              components={{ num: <span className="call-num" />, win: <span className="call-win" /> }}
            />
          </p>
          {appointment && <AppointmentMark where="call" />}
          {call.recall > 0 && (
            <span className="recall-tag" data-testid="recall-tag">
              {t('caller.recallTag')}
            </span>
          )}
        </>
      ) : (
        <p className="call-idle">{t('caller.noCalls')}</p>
      )}
    </section>
  );
}
