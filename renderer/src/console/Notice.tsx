// The outcome of the last action: green for done, blue for information, red for a hall error.
import type { Notice as NoticeData } from './useRunner';

export function Notice({ notice, onClose }: { notice: NoticeData | null; onClose: () => void }) {
  if (!notice) return <div className="notice notice-empty" />;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div data-testid={notice.kind === 'error' ? 'console-error' : 'console-notice'}>
        <strong>{notice.text}</strong>
        {notice.detail && <small>{notice.detail}</small>}
      </div>
      <button type="button" onClick={onClose} aria-label="×">
        ×
      </button>
    </div>
  );
}
