// The home screen's speaker button: reads the choices aloud (service letters and names, the 绿色通道)
// for residents who cannot read the screen; a second tap stops. Hidden while the kiosk's voice is off.
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '../../../electron/contract';
import { homePhrase, voiceLangOf, voiceManifest } from '../../../electron/shared/voice';
import type { KioskVoice } from './useKioskVoice';

interface Props {
  voice: KioskVoice;
  services: ServiceView[];
}

export function ReadAloudButton({ voice, services }: Props) {
  const { t, i18n } = useTranslation();
  if (!voice.enabled) return null;
  const reading = voice.speaking === 'home';
  const read = () => {
    const lang = voiceLangOf(i18n.language);
    const named = services.map((s) => ({ prefix: s.prefix, name: lang === 'en' ? s.name.en : s.name['zh-CN'] }));
    voice.speak('home', homePhrase(voiceManifest, named, lang));
  };
  return (
    <button
      type="button"
      className={`kiosk-read${reading ? ' active' : ''}`}
      onClick={reading ? voice.stop : read}
      aria-pressed={reading}
      data-testid="read-aloud"
    >
      {reading ? <StopIcon /> : <SpeakerIcon />}
      {reading ? t('voice.stopReading') : t('voice.readAloud')}
    </button>
  );
}

/** Drawn, not an emoji: a kiosk may have no emoji font. */
function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      <path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
    </svg>
  );
}
