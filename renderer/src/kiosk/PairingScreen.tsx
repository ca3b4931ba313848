// Shown to staff when the kiosk holds no valid device token: asks the device PIN of user `kiosk`.
import { DevicePairingForm } from '../shared/DevicePairingForm';
import type { Pairing } from './usePairing';

export function PairingScreen({ pairing }: { pairing: Pairing }) {
  return (
    <DevicePairingForm
      keys="kiosk"
      className="kiosk-pair"
      testId="pairing"
      pinTestId="pair-pin"
      busy={pairing.busy}
      expired={pairing.expired}
      error={pairing.error}
      onPair={(pin) => void pairing.pair(pin)}
    />
  );
}
