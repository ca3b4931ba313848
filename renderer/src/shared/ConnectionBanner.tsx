// A banner across the top of any window while the link to the hall is down or not yet up.
import { useTranslation } from 'react-i18next';
import { useConnection } from './useConnection';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const state = useConnection();
  if (state === 'connected') return null;
  return (
    <div className={`conn-banner conn-${state}`} role="alert" data-testid="connection-banner">
      {state === 'disconnected' ? t('conn.lost') : t('conn.connecting')}
    </div>
  );
}
