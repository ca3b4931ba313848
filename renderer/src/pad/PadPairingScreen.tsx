// Shown to staff while the pad is not paired: its window number and the pad's device PIN.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DevicePairingForm } from '../shared/DevicePairingForm';
import type { PadPairing } from './usePadPairing';

export function PadPairingScreen({ pairing }: { pairing: PadPairing }) {
  const { t } = useTranslation();
  const [windowNo, setWindowNo] = useState(pairing.suggested ? String(pairing.suggested) : '');
  const n = Number(windowNo);
  return (
    <DevicePairingForm
      keys="pad"
      className="pad-pair"
      testId="pad-pairing"
      pinTestId="pad-pair-pin"
      busy={pairing.busy}
      expired={pairing.expired}
      error={pairing.error}
      ready={Number.isInteger(n) && n > 0}
      onPair={(pin) => void pairing.pair(n, pin)}
    >
      <label>
        <span>{t('pad.pairWindow')}</span>
        <input inputMode="numeric" value={windowNo} onChange={(e) => setWindowNo(e.target.value.trim())} data-testid="pad-pair-window" />
      </label>
    </DevicePairingForm>
  );
}
