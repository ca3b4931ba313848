// What the hall screen is saying now, and how this window's call fared there: waiting its turn, being
// said, said; flagged when it could not be heard (no hall screen connected, no sound, clips missing),
// so the clerk knows to recall or call the resident in person. Followed live (announcements.changed).
import { useTranslation } from 'react-i18next';
import { notHeard, type AnnouncementView, type WindowDetail } from '../../../electron/contract';
import { useLiveQuery } from '../shared/useLiveQuery';
import './announcement-status.css';

const takeList = { name: 'announcements.changed' as const, apply: (all: AnnouncementView[]) => all };

export function AnnouncementStatus({ detail }: { detail: WindowDetail | null }) {
  const { t } = useTranslation();
  const all = useLiveQuery('announcements.list', {}, takeList).value ?? [];
  const current = detail?.current ?? null;
  // Only this window's current call counts: an older one is over, whatever became of it.
  const own = all.find((a) => a.windowNo === detail?.number && a.number === current?.number && a.recall === current?.recalls) ?? null;
  const speaking = all.find((a) => a.state === 'announcing') ?? null;
  const flagged = own !== null && notHeard(own);
  const problem = own?.problem ? t(`consoleVoice.problem.${own.problem}`) : '';
  return (
    <section
      className={`announcement-status${flagged ? ' announcement-flagged' : ''}`}
      data-testid="announcement-status"
      data-state={own?.state ?? 'none'}
      data-flagged={flagged ? 'true' : 'false'}
    >
      <span className="announcement-title">{t('consoleVoice.title')}</span>
      <span data-testid="announcement-own">{own ? t(`consoleVoice.state.${own.state}`, { number: own.number, problem }) : t('consoleVoice.none')}</span>
      <span className="announcement-now" data-testid="announcement-now">
        {speaking ? t('consoleVoice.speaking', { number: speaking.number, window: speaking.windowNo }) : t('consoleVoice.quiet')}
      </span>
    </section>
  );
}
