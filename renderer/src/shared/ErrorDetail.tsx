// The hall's own message of a refusal (English, for the log and for whoever maintains the hall),
// folded away under 技术详情: a Chinese screen shows no English unless someone opens it.
import { useTranslation } from 'react-i18next';
import './error-detail.css';

export function ErrorDetail({ message }: { message: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <details className="error-detail" data-testid="error-detail">
      <summary>{t('consoleDay.technicalDetail')}</summary>
      <code lang="en">{message}</code>
    </details>
  );
}
