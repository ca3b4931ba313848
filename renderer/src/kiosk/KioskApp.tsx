// The kiosk's screens: pairing (staff) → home (services) → ticket, with errors as a readable overlay.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, IssuedTicket, PrinterState, PriorityClass, ServiceView } from '../../../electron/contract';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { useHall } from '../shared/hall-context';
import { defaultLang } from '../i18n';
import { ErrorOverlay } from './ErrorOverlay';
import { IssuedScreen } from './IssuedScreen';
import { KioskHome } from './KioskHome';
import { PairingScreen } from './PairingScreen';
import { PickupScreen } from './pickup/PickupScreen';
import { useIdle } from './useIdle';
import { usePairing } from './usePairing';
import { usePrintWatch } from './usePrintWatch';
import { useKioskVoice } from './useKioskVoice';
import { ticketPhrase, voiceLangOf } from '../../../electron/shared/voice';

/** A kiosk left alone this long returns to Chinese and to normal tickets for the next resident. */
const IDLE_RESET_MS = 60_000;

export function KioskApp() {
  const hall = useHall();
  const { i18n } = useTranslation();
  const pairing = usePairing();
  const [priorityMode, setPriorityMode] = useState(false);
  const [busy, setBusy] = useState(false);
  const printing = usePrintWatch();
  const [issued, setIssued] = useState<{ ticket: IssuedTicket; service: ServiceView; printerBefore: PrinterState | null } | null>(null);
  const [error, setError] = useState<HallError | null>(null);
  const [pickup, setPickup] = useState(false);
  const voice = useKioskVoice();
  const stopVoice = voice.stop;

  useIdle(
    IDLE_RESET_MS,
    useCallback(() => {
      setPriorityMode(false);
      setError(null);
      setPickup(false);
      stopVoice();
      if (i18n.language !== defaultLang) void i18n.changeLanguage(defaultLang);
    }, [i18n, stopVoice]),
  );

  const issue = async (service: ServiceView) => {
    const priority: PriorityClass = priorityMode ? 'priority' : 'normal';
    const printerBefore = printing.printerState;
    setBusy(true);
    const result = await hall.send('tickets.issue', { serviceId: service.id, priority });
    setBusy(false);
    setPriorityMode(false);
    if (result.ok) {
      setIssued({ ticket: result.value, service, printerBefore });
      // 您的号码是 A001，前面还有 3 人, in the screen's language (Mandarin for both Chinese scripts).
      voice.speak('ticket', ticketPhrase(result.value.number, result.value.ahead, voiceLangOf(i18n.language)));
    } else if (result.error.code === 'unauthenticated' || result.error.code === 'forbidden') pairing.unpair();
    else setError(result.error);
  };

  let screen;
  if (!pairing.paired) screen = <PairingScreen pairing={pairing} />;
  else if (issued)
    screen = (
      <IssuedScreen
        {...issued}
        result={printing.result(issued.ticket.id)}
        onDone={() => {
          voice.stop();
          setIssued(null);
        }}
      />
    );
  else if (pickup) screen = <PickupScreen onDone={() => setPickup(false)} onUnpaired={pairing.unpair} />;
  else
    screen = (
      <KioskHome
        priorityMode={priorityMode}
        setPriorityMode={setPriorityMode}
        busy={busy}
        onPick={(s) => void issue(s)}
        voice={voice}
        onPickup={() => setPickup(true)}
      />
    );

  return (
    <div className="kiosk">
      <ConnectionBanner />
      {screen}
      {error && <ErrorOverlay error={error} onClose={() => setError(null)} />}
    </div>
  );
}
