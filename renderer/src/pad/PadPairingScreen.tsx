// Shown to staff while the pad is not paired: the one-time pairing code from the admin page on a large
// keypad; in the demo hall also its window number and the pad's device PIN.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DevicePairingForm } from '../shared/DevicePairingForm';
import { PairingCodePad } from '../shared/PairingCodePad';
import { useDevicePinOffered } from '../shared/usePairingMode';
import type { PadPairing } from './usePadPairing';

export function PadPairingScreen({ pairing }: { pairing: PadPairing }) {
  const { t } = useTranslation();
  const pinOffered = useDevicePinOffered();
  const [windowNo, setWindowNo] = useState(pairing.suggested ? String(pairing.suggested) : '');
  const n = Number(windowNo);
  return (
    <div className="pair-screen pad-pair-screen" data-testid="pad-pairing">
      <h1>{t('pad.pairTitle')}</h1>
      {pairing.expired && <p className="pair-expired">{t('pad.pairExpired')}</p>}
      <div className="pair-columns">
        <PairingCodePad busy={pairing.busy} error={pairing.codeError} onPair={(code) => void pairing.pairCode(code)} />
        {pinOffered && (
          <DevicePairingForm
            keys="pad"
            className="pad-pair"
            testId="pad-pairing-pin"
            pinTestId="pad-pair-pin"
            busy={pairing.busy}
            expired={pairing.expired}
            error={pairing.error}
            ready={Number.isInteger(n) && n > 0}
            secondary
            onPair={(pin) => void pairing.pair(n, pin)}
          >
            <label>
              <span>{t('pad.pairWindow')}</span>
              <input inputMode="numeric" value={windowNo} onChange={(e) => setWindowNo(e.target.value.trim())} data-testid="pad-pair-window" />
            </label>
          </DevicePairingForm>
        )}
      </div>
    </div>
  );
}
