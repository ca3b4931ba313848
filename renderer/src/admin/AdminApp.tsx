// The manager's page: log in, then the follow-up desk.
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { ErrorDetail } from '../shared/ErrorDetail';
import { noticeText } from '../shared/notice-text';
import { useLang } from '../shared/useLang';
import { AdminDesk } from './AdminDesk';
import { AdminLogin } from './AdminLogin';
import { useAdmin } from './useAdmin';

export function AdminApp() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const admin = useAdmin();
  // Rendered now, in the current language (the notice keeps a key: shared/notice-text.ts).
  const notice = admin.notice && noticeText(t, lang, admin.notice);
  return (
    <div className="admin">
      <ConnectionBanner />
      {admin.who ? <AdminDesk admin={admin} /> : <AdminLogin admin={admin} />}
      {admin.notice && (
        <div className={`admin-notice admin-notice-${admin.notice.kind}`} role={admin.notice.kind === 'error' ? 'alert' : 'status'} data-testid="admin-notice">
          <span>{notice?.text}</span>
          {notice?.detail && <ErrorDetail message={notice.detail} />}
          <button type="button" onClick={() => admin.setNotice(null)}>
            {t('admin.close')}
          </button>
        </div>
      )}
    </div>
  );
}
