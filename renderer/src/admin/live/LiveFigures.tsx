// Today's running figures in large numbers: arrived, served, waiting now, average wait, 满意率 (the
// reports' own figures over today, computed by the hall). Each tile's tooltip is its formula: the reports'
// text where the figure is the report's, the live view's own for "waiting now".
import { useTranslation } from 'react-i18next';
import type { LiveFigures as Figures } from '../../../../electron/contract';
import { clockDuration, percent } from './live-format';

export function LiveFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const none = t('live.figures.none');
  const tiles: [id: string, value: string, formula: string][] = [
    ['arrived', String(figures.arrived), 'reports.formula.arrived'],
    ['served', String(figures.served), 'reports.formula.served'],
    ['waiting', String(figures.waiting), 'live.figures.formula.waiting'],
    ['avgWait', figures.avgWaitSeconds === null ? none : clockDuration(figures.avgWaitSeconds), 'reports.formula.avgWaitSeconds'],
    ['satisfaction', percent(figures.satisfaction, none), 'reports.formula.satisfaction'],
  ];
  return (
    <section className="live-figures" data-testid="live-figures">
      {tiles.map(([id, value, formula]) => (
        <div key={id} className="live-figure" data-testid={`live-figure-${id}`} title={t(formula)}>
          <span className="live-figure-value">{value}</span>
          <span className="live-figure-label">{t(`live.figures.${id}`)}</span>
        </div>
      ))}
    </section>
  );
}
