// One run of wrong PINs on the lock-outs page: the PC (the hall PC's own windows by name), the 工号 with
// the person's name (or the PC as a whole), how many wrong PINs since when, the lock's end (to the
// second: locks last minutes), and the lift button, asked first: lifting also forgets the wrong PINs.
import { useTranslation } from 'react-i18next';
import type { LoginLockout } from '../../../electron/contract';
import { formatHallTime } from '../../../electron/shared/hall-time';
import { formatTime } from './format';

/** The source of the hall PC's own windows (core/auth.ts LOCAL_SOURCE). */
const HALL_PC = 'hall-pc';

interface Props {
  lockout: LoginLockout;
  /** The person's name when the 工号 is a known account. */
  name: string | null;
  asking: boolean;
  busy: boolean;
  onAsk(yes: boolean): void;
  onLift(): void;
}

export function LockoutRow({ lockout: l, name, asking, busy, onAsk, onLift }: Props) {
  const { t } = useTranslation();
  const pc = l.source === HALL_PC ? t('lockouts.hallPc') : l.source;
  const who = l.user === null ? t('lockouts.everyUser') : name ? `${l.user} ${name}` : l.user;
  const testId = `lockout-${l.source}-${l.user ?? 'pc'}`;
  return (
    <tr className={l.lockedUntil ? 'locked' : 'counting'} data-testid={testId}>
      <td className="lockout-source">{pc}</td>
      <td>{who}</td>
      <td className="num">{l.failures}</td>
      <td>
        {formatTime(l.since)}
        {l.lastAt !== l.since && <small className="lockout-last">{t('lockouts.lastAt', { time: formatTime(l.lastAt) })}</small>}
      </td>
      <td>
        {l.lockedUntil ? (
          <span className="lockout-until" data-testid="lockout-until">
            {formatHallTime(l.lockedUntil, 'timeSeconds')}
          </span>
        ) : (
          <span className="lockout-free">{t('lockouts.notLocked')}</span>
        )}
      </td>
      <td className="lockout-actions">
        {asking ? (
          <span className="lockout-confirm" role="group" aria-label={t('lockouts.lift')}>
            <span>{l.user === null ? t('lockouts.confirmPc', { pc }) : t('lockouts.confirmUser', { pc, user: who })}</span>
            <button type="button" className="danger" onClick={onLift} disabled={busy} data-testid="lockout-lift-yes">
              {t('lockouts.liftYes')}
            </button>
            <button type="button" onClick={() => onAsk(false)}>
              {t('lockouts.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="primary" onClick={() => onAsk(true)} disabled={busy} data-testid="lockout-lift">
            {l.lockedUntil ? t('lockouts.lift') : t('lockouts.forget')}
          </button>
        )}
      </td>
    </tr>
  );
}
