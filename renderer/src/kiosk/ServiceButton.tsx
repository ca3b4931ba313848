// One service as a huge touch target: prefix, name, and how many are waiting (live).
import { useTranslation } from 'react-i18next';
import type { IssuingStateView, ServiceView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';

interface Props {
  service: ServiceView;
  disabled: boolean;
  onPick: (service: ServiceView) => void;
  /** Its hours now, when the hall keeps hours: the line says when it opens or stops (hours/opening-words.ts). */
  hours?: { state: IssuingStateView; line: string | null } | null;
}

export function ServiceButton({ service, disabled, onPick, hours }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const issuing = !hours || hours.state.status === 'open' || hours.state.status === 'closing_soon';
  const line = service.open ? hours?.line : null;
  return (
    <button
      type="button"
      className="svc"
      disabled={disabled || !service.open || !issuing}
      onClick={() => onPick(service)}
      data-testid={`service-${service.id}`}
    >
      <span className="svc-prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="svc-name">{pick(service.name)}</span>
      <span className="svc-waiting" data-testid={`waiting-${service.id}`}>
        {!service.open ? t('kiosk.full') : issuing ? t('kiosk.waiting', { count: service.waiting }) : line}
      </span>
      {issuing && line && (
        <span className="svc-hours" data-testid={`hours-${service.id}`}>
          {line}
        </span>
      )}
    </button>
  );
}
