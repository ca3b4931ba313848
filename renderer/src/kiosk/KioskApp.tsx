// The kiosk's screens: pairing (staff) → home (services) → ticket, with errors as a readable overlay.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, IssuedTicket, PrinterState, PriorityClass, ServiceView } from '../../../electron/contract';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { useHall } from '../shared/hall-context';
import { currentLang, defaultLang } from '../i18n';
import { CheckInScreen } from './appointments/CheckInScreen';
import { AppointmentButton } from './appointments/AppointmentButton';
import { ErrorOverlay } from './ErrorOverlay';
import { IssuedScreen } from './IssuedScreen';
import { KioskHome } from './KioskHome';
import { PairingScreen } from './PairingScreen';
import { PickupScreen } from './pickup/PickupScreen';
import { useIdle } from './useIdle';
import { usePairing } from './usePairing';
import { usePrintWatch } from './usePrintWatch';
import { useKioskVoice } from './useKioskVoice';
import { ClosedScreen } from './ClosedScreen';
import { hallClosed, useHoursNow } from './useHoursNow';
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
  const [checkingIn, setCheckingIn] = useState(false);
  const [pickup, setPickup] = useState(false);
  const voice = useKioskVoice();
  const hours = useHoursNow();
  const stopVoice = voice.stop;

  useIdle(
    IDLE_RESET_MS,
    useCallback(() => {
      setPriorityMode(false);
      setCheckingIn(false);
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
    // The ticket prints in the language the resident is reading now (its progress page shows in it too).
    const result = await hall.send('tickets.issue', { serviceId: service.id, priority, lang: currentLang(i18n.language) });
    setBusy(false);
    setPriorityMode(false);
    if (result.ok) showIssued(result.value, service, printerBefore);
    else failed(result.error);
  };
  const showIssued = (ticket: IssuedTicket, service: ServiceView, printerBefore: PrinterState | null) => {
    setIssued({ ticket, service, printerBefore });
    // 您的号码是 A001，前面还有 3 人, in the screen's language (Mandarin for both Chinese scripts).
    voice.speak('ticket', ticketPhrase(ticket.number, ticket.ahead, voiceLangOf(i18n.language)));
  };
  const failed = (e: HallError) => (e.code === 'unauthenticated' || e.code === 'forbidden' ? pairing.unpair() : setError(e));

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
  else if (checkingIn)
    screen = (
      <CheckInScreen
        onIssued={(ticket, service) => (setCheckingIn(false), showIssued(ticket, service, printing.printerState))}
        onError={failed}
        onBack={() => setCheckingIn(false)}
      />
    );
  // Closed: a resident with a booking for later today still checks in.
  else if (hours && hallClosed(hours)) screen = <ClosedScreen hours={hours} actions={<AppointmentButton onOpen={() => setCheckingIn(true)} />} />;
  else
    screen = (
      <KioskHome
        hours={hours}
        onAppointment={() => setCheckingIn(true)}
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
      {error && <ErrorOverlay error={error} hours={hours} onClose={() => setError(null)} />}
    </div>
  );
}
