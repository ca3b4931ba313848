// The home screen's 取件 button: for a resident who comes back for a result (材料办好了来领取).
import { useTranslation } from 'react-i18next';

export function PickupButton({ disabled, onOpen }: { disabled: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="svc svc-pickup" onClick={onOpen} disabled={disabled} data-testid="pickup-open">
      <span className="svc-name">{t('pickupKiosk.button')}</span>
      <span className="svc-who">{t('pickupKiosk.buttonWho')}</span>
    </button>
  );
}
