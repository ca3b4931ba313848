// Today's running figures in large numbers: arrived, served, waiting now, average wait, 满意率 (the
// reports' own figures over today, computed by the hall).
import { useTranslation } from 'react-i18next';
import type { LiveFigures as Figures } from '../../../../electron/contract';
import { clockDuration, percent } from './live-format';

export function LiveFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const none = t('live.figures.none');
  const tiles: [id: string, value: string][] = [
    ['arrived', String(figures.arrived)],
    ['served', String(figures.served)],
    ['waiting', String(figures.waiting)],
    ['avgWait', figures.avgWaitSeconds === null ? none : clockDuration(figures.avgWaitSeconds)],
    ['satisfaction', percent(figures.satisfaction, none)],
  ];
  return (
    <section className="live-figures" data-testid="live-figures">
      {tiles.map(([id, value]) => (
        <div key={id} className="live-figure" data-testid={`live-figure-${id}`}>
          <span className="live-figure-value">{value}</span>
          <span className="live-figure-label">{t(`live.figures.${id}`)}</span>
        </div>
      ))}
    </section>
  );
}
