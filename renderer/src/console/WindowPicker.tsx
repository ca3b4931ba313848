// Choose a window and sign in (签到). A window staffed by someone else shows who is there.
import { useTranslation } from 'react-i18next';
import { useHall } from '../shared/hall-context';
import { useHallView } from '../shared/useHallView';
import type { Clerk } from './useConsoleSession';
import type { useRunner } from './useRunner';

interface Props {
  who: Clerk;
  runner: ReturnType<typeof useRunner>;
  onPick: (windowNo: number) => void;
  onLogout: () => void;
  /** Where the docks put their buttons (ToolSlot.tsx). */
  toolSlot?: (el: HTMLElement | null) => void;
}

export function WindowPicker({ who, runner, onPick, onLogout, toolSlot }: Props) {
  const { t } = useTranslation();
  const hall = useHall();
  const view = useHallView();

  const signIn = async (windowNo: number) => {
    const result = await runner.run('window.signIn', { window: windowNo });
    if (result.ok) {
      runner.setNotice(null);
      onPick(windowNo);
    }
  };
  const logout = async () => {
    await hall.send('auth.logout', {});
    runner.setNotice(null);
    onLogout();
  };

  return (
    <main className="console-picker">
      <header className="console-bar">
        <h1>{t('console.pickTitle')}</h1>
        <div className="console-tools" ref={toolSlot} data-testid="console-tools" />
        <span className="who">{t('console.hello', { name: who.name, user: who.user })}</span>
        <button type="button" onClick={() => void logout()} data-testid="logout">
          {t('console.action.logout')}
        </button>
      </header>
      <ul className="picker-grid">
        {(view?.windows ?? []).map((w) => {
          const mine = w.clerk?.id === who.user;
          const taken = w.clerk !== null && !mine;
          return (
            <li key={w.number} className={`picker-card${taken ? ' taken' : ''}`}>
              <strong>{t('window.name', { number: w.number })}</strong>
              <span>{mine ? t('console.mine') : taken ? t('console.staffedBy', { name: w.clerk?.name }) : t('console.free')}</span>
              <button type="button" className="primary" disabled={runner.busy} onClick={() => void signIn(w.number)} data-testid={`sign-in-${w.number}`}>
                {mine ? t('console.continue') : t('console.signIn')}
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
