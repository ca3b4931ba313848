// 工号 + PIN. A wrong PIN says so plainly; a kiosk device account is refused here.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../shared/hall-context';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import type { Clerk } from './useConsoleSession';
import type { useRunner } from './useRunner';

interface Props {
  runner: ReturnType<typeof useRunner>;
  onLogin: (who: Clerk) => void;
}

export function LoginForm({ runner, onLogin }: Props) {
  const { t } = useTranslation();
  const hall = useHall();
  const [user, setUser] = useState('');
  const [pin, setPin] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await runner.run('auth.login', { user: user.trim(), pin });
    if (!result.ok) {
      if (result.error.code === 'unauthenticated') runner.setNotice({ kind: 'error', key: 'errors.wrongPin' });
      setPin('');
      return;
    }
    if (result.value.role === 'kiosk') {
      await hall.send('auth.logout', {});
      runner.setNotice({ kind: 'error', key: 'errors.forbidden' });
      return;
    }
    runner.setNotice(null);
    onLogin({ user: result.value.user, name: result.value.name });
  };

  return (
    <main className="console-login">
      <form onSubmit={(e) => void submit(e)} data-testid="login-form">
        <h1>{t('console.loginTitle')}</h1>
        <label>
          <span>{t('console.user')}</span>
          <input value={user} onChange={(e) => setUser(e.target.value)} autoFocus autoComplete="username" name="user" />
        </label>
        <label>
          <span>{t('console.pin')}</span>
          <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="current-password" name="pin" />
        </label>
        <button type="submit" className="primary" disabled={runner.busy || !user.trim() || !pin}>
          {runner.busy ? t('console.loggingIn') : t('console.login')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}
