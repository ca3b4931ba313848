// Shown to staff when the kiosk holds no valid device token: the one-time pairing code from the admin
// page on a large keypad; in the demo hall also the device PIN of user `kiosk`.
import { useTranslation } from 'react-i18next';
import { DevicePairingForm } from '../shared/DevicePairingForm';
import { PairingCodePad } from '../shared/PairingCodePad';
import { useDevicePinOffered } from '../shared/usePairingMode';
import type { Pairing } from './usePairing';

export function PairingScreen({ pairing }: { pairing: Pairing }) {
  const { t } = useTranslation();
  const pinOffered = useDevicePinOffered();
  return (
    <div className="pair-screen kiosk-pair-screen" data-testid="pairing">
      <h1>{t('kiosk.pairTitle')}</h1>
      {pairing.expired && <p className="pair-expired">{t('kiosk.pairExpired')}</p>}
      <div className="pair-columns">
        <PairingCodePad busy={pairing.busy} error={pairing.codeError} onPair={(code) => void pairing.pairCode(code)} />
        {pinOffered && (
          <DevicePairingForm
            keys="kiosk"
            className="kiosk-pair"
            testId="pairing-pin"
            pinTestId="pair-pin"
            busy={pairing.busy}
            expired={pairing.expired}
            error={pairing.error}
            secondary
            onPair={(pin) => void pairing.pair(pin)}
          />
        )}
      </div>
    </div>
  );
}
