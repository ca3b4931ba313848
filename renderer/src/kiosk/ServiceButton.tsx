// One service as a huge touch target: prefix, name, and how many are waiting (live).
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';

interface Props {
  service: ServiceView;
  disabled: boolean;
  onPick: (service: ServiceView) => void;
}

export function ServiceButton({ service, disabled, onPick }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <button type="button" className="svc" disabled={disabled || !service.open} onClick={() => onPick(service)} data-testid={`service-${service.id}`}>
      <span className="svc-prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="svc-name">{pick(service.name)}</span>
      <span className="svc-waiting" data-testid={`waiting-${service.id}`}>
        {service.open ? t('kiosk.waiting', { count: service.waiting }) : t('kiosk.full')}
      </span>
    </button>
  );
}
