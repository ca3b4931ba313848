// The outcome of the last action: green for done, blue for information, red for a hall error. Its
// text is rendered here, in the current language (the notice keeps a key, see shared/notice-text.ts).
import { useTranslation } from 'react-i18next';
import { ErrorDetail } from '../shared/ErrorDetail';
import { noticeText, type Notice as NoticeData } from '../shared/notice-text';
import { useLang } from '../shared/useLang';

export function Notice({ notice, onClose }: { notice: NoticeData | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (!notice) return <div className="notice notice-empty" />;
  const { text, detail } = noticeText(t, lang, notice);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div data-testid={notice.kind === 'error' ? 'console-error' : 'console-notice'}>
        <strong>{text}</strong>
        <ErrorDetail message={detail} />
      </div>
      <button type="button" onClick={onClose} aria-label={t('consoleDay.closeNotice')}>
        ×
      </button>
    </div>
  );
}
