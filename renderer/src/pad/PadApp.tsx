// The pad's screens: pairing (staff) → idle (the clerk) → levels → reasons (差评) → thanks.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLang, isLang } from '../i18n';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { errorText } from '../shared/errors';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useRatingPrompt } from '../shared/useRatingPrompt';
import { IdleScreen } from './IdleScreen';
import { LevelScreen } from './LevelScreen';
import { PadPairingScreen } from './PadPairingScreen';
import { ReasonScreen } from './ReasonScreen';
import { ThanksScreen } from './ThanksScreen';
import { usePadPairing } from './usePadPairing';

/** The pad's own language: ?lang= in its address, else the default. */
const startLang = ((lang) => (isLang(lang) ? lang : defaultLang))(new URLSearchParams(location.search).get('lang'));
import { useRatingActivity } from './useRatingActivity';
import { useRatingFlow } from './useRatingFlow';

export function PadApp() {
  const { t, i18n } = useTranslation();
  const pairing = usePadPairing();
  const { prompt, error: promptError } = useRatingPrompt(pairing.windowNo);
  const flow = useRatingFlow(pairing.windowNo, prompt);
  const { unpair } = pairing;

  // The hall no longer knows this pad (revoked, or moved to another window): back to pairing.
  const lost = promptError?.code === 'unauthenticated' || promptError?.code === 'forbidden';
  useEffect(() => {
    if (lost) unpair();
  }, [lost, unpair]);

  const { screen } = flow;
  const touched = useRatingActivity(screen.name === 'levels' || screen.name === 'reasons' ? screen.ask.ticketId : null);
  // The next resident starts in the pad's own language, whatever the last one chose.
  useEffect(() => {
    if (screen.name === 'idle' && i18n.language !== startLang) void i18n.changeLanguage(startLang);
  }, [screen.name, i18n]);
  let body;
  if (pairing.windowNo === null) body = <PadPairingScreen pairing={pairing} />;
  else if (screen.name === 'levels') body = <LevelScreen ask={screen.ask} busy={flow.sending} onChoose={flow.choose} />;
  else if (screen.name === 'reasons')
    body = (
      <ReasonScreen
        ask={screen.ask}
        level={screen.level}
        busy={flow.sending}
        onBack={flow.back}
        onSubmit={(reasons, text) => void flow.submit(screen.ask, screen.level, reasons, text)}
      />
    );
  else if (screen.name === 'thanks') body = <ThanksScreen />;
  else body = <IdleScreen windowNo={pairing.windowNo} />;

  return (
    <div className="pad" data-screen={pairing.windowNo === null ? 'pairing' : screen.name}>
      <ConnectionBanner />
      <header className="pad-bar">
        <span className="pad-window" data-testid="pad-window">
          {pairing.windowNo !== null && t('window.name', { number: pairing.windowNo })}
        </span>
        <LanguageSwitch />
      </header>
      {/* Any touch or keystroke while the resident rates holds the deadline (useRatingActivity). */}
      <main className="pad-body" onPointerDownCapture={touched} onKeyDownCapture={touched} onInputCapture={touched}>
        {body}
      </main>
      {flow.error && (
        <div className="pad-error" role="alert" data-testid="pad-error">
          {errorText(t, flow.error)}
        </div>
      )}
    </div>
  );
}
