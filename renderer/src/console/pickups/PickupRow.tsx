// One pickup record in the console's list: code, item, when accepted and promised, state, next steps.
import { useTranslation } from 'react-i18next';
import type { PickupState, PickupView } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';
import type { useRunner } from '../useRunner';
import { PickupDay } from './PickupDay';

/** The steps staff take from each state (the hall refuses any other). */
export const stepsFrom: Record<PickupState, ('processing' | 'ready' | 'handed_over' | 'delivered')[]> = {
  accepted: ['processing'],
  processing: ['ready'],
  ready: ['handed_over', 'delivered'],
  handed_over: [],
  delivered: [],
};

export function PickupRow({ pickup, runner }: { pickup: PickupView; runner: ReturnType<typeof useRunner> }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const move = async (to: (typeof stepsFrom)[PickupState][number]) => {
    const r = await runner.run('pickups.advance', { code: pickup.code, to });
    if (r.ok) runner.setNotice({ kind: 'ok', key: 'pickups.moved', values: { code: pickup.code, state: { key: `pickups.state.${to}` } } });
  };
  return (
    <tr className={pickup.overdue ? 'overdue' : ''} data-testid={`pickup-row-${pickup.code}`}>
      <td className="pickup-code">{pickup.code}</td>
      <td>
        {pick(pickup.itemName)}
        <span className="pickup-sub">
          {pickup.itemCode} · {pickup.ticketNumber} · {t('pickups.windowClerk', { window: pickup.windowNo, clerk: pickup.clerkId })}
        </span>
      </td>
      <td>
        <PickupDay day={pickup.acceptedDay} />
      </td>
      <td>
        <PickupDay day={pickup.promisedDay} />
        {pickup.overdue && <span className="tag tag-overdue">{t('pickups.overdue')}</span>}
      </td>
      <td>
        <span className={`tag pickup-state-${pickup.state}`} data-testid={`pickup-state-${pickup.code}`}>
          {t(`pickups.state.${pickup.state}`)}
        </span>
      </td>
      <td className="pickup-steps">
        <div>
          {stepsFrom[pickup.state].map((to) => (
            <button key={to} type="button" disabled={runner.busy} onClick={() => void move(to)} data-testid={`pickup-${pickup.code}-${to}`}>
              {t(`pickups.step.${to}`)}
            </button>
          ))}
        </div>
      </td>
    </tr>
  );
}
