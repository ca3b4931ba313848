// The manager's page: log in, then the follow-up desk.
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { AdminDesk } from './AdminDesk';
import { AdminLogin } from './AdminLogin';
import { useAdmin } from './useAdmin';

export function AdminApp() {
  const { t } = useTranslation();
  const admin = useAdmin();
  return (
    <div className="admin">
      <ConnectionBanner />
      {admin.who ? <AdminDesk admin={admin} /> : <AdminLogin admin={admin} />}
      {admin.notice && (
        <div className={`admin-notice admin-notice-${admin.notice.kind}`} role={admin.notice.kind === 'error' ? 'alert' : 'status'} data-testid="admin-notice">
          <span>{admin.notice.text}</span>
          {admin.notice.detail && <small>{admin.notice.detail}</small>}
          <button type="button" onClick={() => admin.setNotice(null)}>
            {t('admin.close')}
          </button>
        </div>
      )}
    </div>
  );
}
