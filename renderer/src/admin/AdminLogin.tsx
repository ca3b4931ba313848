// The manager's account (admin) and PIN; any other role is refused here.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../shared/hall-context';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import type { Admin } from './useAdmin';

export function AdminLogin({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const hall = useHall();
  const [user, setUser] = useState('admin');
  const [pin, setPin] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await admin.run('auth.login', { user: user.trim(), pin });
    setPin('');
    if (!result.ok) {
      if (result.error.code === 'unauthenticated') admin.setNotice({ kind: 'error', key: 'errors.wrongPin' });
      return;
    }
    if (result.value.role !== 'admin') {
      await hall.send('auth.logout', {});
      admin.setNotice({ kind: 'error', key: 'admin.notAdmin' });
      return;
    }
    admin.setNotice(null);
    admin.setWho(result.value.name);
  };
  return (
    <form className="admin-login" onSubmit={(e) => void submit(e)} data-testid="admin-login">
      <h1>{t('admin.loginTitle')}</h1>
      <label>
        <span>{t('admin.user')}</span>
        <input value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" />
      </label>
      <label>
        <span>{t('admin.pin')}</span>
        <input type="password" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="current-password" autoFocus />
      </label>
      <button type="submit" disabled={admin.busy || !user.trim() || !pin}>
        {t('admin.login')}
      </button>
      <LanguageSwitch />
    </form>
  );
}
