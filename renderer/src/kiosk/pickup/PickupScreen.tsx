// 取件 at the kiosk: a resident back for a result types the pickup code from the slip and gets a 取件
// ticket; a code that is unknown, not ready yet (and when it is promised) or already collected gets a
// plain sentence and no ticket. Goes home by itself when left alone.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, PickupTakeResult } from '../../../../electron/contract';
import { useHall } from '../../shared/hall-context';
import { currentLang } from '../../i18n';
import { errorText } from '../../shared/errors';
import { PickupKeypad } from './PickupKeypad';
import { PickupTicket } from './PickupTicket';
import { usePickupWords } from './usePickupWords';
import './pickup.css';

interface Props {
  onDone: () => void;
  /** The kiosk's session ended (revoked device): pair again. */
  onUnpaired: () => void;
}

export function PickupScreen({ onDone, onUnpaired }: Props) {
  const { t, i18n } = useTranslation();
  const hall = useHall();
  const words = usePickupWords();
  const [digits, setDigits] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<PickupTakeResult | null>(null);
  const [error, setError] = useState<HallError | null>(null);

  const submit = useCallback(async () => {
    setBusy(true);
    const r = await hall.send('pickups.take', { code: digits, lang: currentLang(i18n.language) }); // the ticket prints in it
    setBusy(false);
    if (r.ok) {
      setAnswer(r.value);
      setError(null);
    } else if (r.error.code === 'unauthenticated' || r.error.code === 'forbidden') onUnpaired();
    else {
      setError(r.error);
      setAnswer(null);
    }
    if (!r.ok || r.value.outcome !== 'issued') setDigits('');
  }, [hall, digits, onUnpaired, i18n]);

  if (answer?.outcome === 'issued') return <PickupTicket answer={answer} onDone={onDone} />;

  const message = error ? (error.code === 'not_found' ? t('pickupKiosk.unknown') : errorText(t, error)) : answer ? words.sentence(answer) : null;
  return (
    <main className="pk-screen" data-testid="pickup-screen">
      <header className="pk-head">
        <h1>{t('pickupKiosk.title')}</h1>
        <button type="button" className="pk-home" onClick={onDone} data-testid="pickup-home">
          {t('pickupKiosk.home')}
        </button>
      </header>
      <div className="pk-body">
        <div className="pk-words">
          <p className="pk-hint">{t('pickupKiosk.hint')}</p>
          {message && (
            <p className={`pk-message${answer?.outcome === 'already_waiting' ? ' ok' : ''}`} role="alert" data-testid="pickup-message">
              {message}
            </p>
          )}
        </div>
        <PickupKeypad digits={digits} setDigits={setDigits} busy={busy} onSubmit={() => void submit()} />
      </div>
    </main>
  );
}
