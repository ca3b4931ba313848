// 转移: send the current ticket to another service's queue, to one window (e.g. a back-office item) or to
// one clerk (e.g. the one who started it). It keeps its number and its wait; sent to a window or a clerk
// it is called only there, before their queue (docs/API.md "Queue moves").
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceView, TicketView, TransferTargets } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { useLang } from '../shared/useLang';
import { Dialog } from './Dialog';

export type TransferChoice =
  { kind: 'service'; serviceId: string } | { kind: 'window'; windowNo: number; label: string } | { kind: 'clerk'; clerkId: string; label: string };

type Kind = TransferChoice['kind'];

interface Props {
  ticket: TicketView;
  windowNo: number;
  services: ServiceView[];
  busy: boolean;
  onConfirm: (to: TransferChoice) => void;
  onCancel: () => void;
}

export function TransferDialog({ ticket, windowNo, services, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const hall = useHall();
  const [kind, setKind] = useState<Kind>('service');
  const [targets, setTargets] = useState<TransferTargets | null>(null);
  useEffect(() => {
    void hall.send('window.transferTargets', { window: windowNo }).then((r) => r.ok && setTargets(r.value));
  }, [hall, windowNo]);
  const serviceTargets = services.filter((s) => s.id !== ticket.serviceId);
  const [serviceId, setServiceId] = useState(serviceTargets[0]?.id ?? '');
  const [toWindow, setToWindow] = useState<number | null>(null);
  const [toClerk, setToClerk] = useState<string | null>(null);
  const windowName = (n: number) => targets?.windows.find((w) => w.number === n)?.name ?? t('window.name', { number: n });

  const choice = (): TransferChoice | null => {
    if (kind === 'service') return serviceId ? { kind, serviceId } : null;
    if (kind === 'window') return toWindow === null ? null : { kind, windowNo: toWindow, label: windowName(toWindow) };
    const clerk = targets?.clerks.find((c) => c.id === toClerk);
    return clerk ? { kind, clerkId: clerk.id, label: clerk.name } : null;
  };
  const chosen = choice();

  const radio = (name: string, checked: boolean, onChange: () => void, label: string, extra?: string, testId?: string) => (
    <label key={`${name}-${label}`} className={checked ? 'chosen' : ''}>
      <input type="radio" name={name} checked={checked} onChange={onChange} data-testid={testId} />
      <span>
        {label}
        {extra && <small className="qm-extra"> · {extra}</small>}
      </span>
    </label>
  );

  return (
    <Dialog
      title={t('console.transferTitle', { number: ticket.number })}
      confirm={t('console.action.transfer')}
      busy={busy || chosen === null}
      onConfirm={() => chosen && onConfirm(chosen)}
      onCancel={onCancel}
      testId="transfer-dialog"
    >
      <fieldset className="qm-kinds" aria-label={t('queueMoves.transfer.kind')}>
        {(['service', 'window', 'clerk'] as const).map((k) =>
          radio('transfer-kind', kind === k, () => setKind(k), t(`queueMoves.transfer.${k}`), undefined, `transfer-kind-${k}`),
        )}
      </fieldset>
      <p className="qm-hint">
        {t('queueMoves.transfer.keepsWait')}
        {kind === 'window' && ` ${t('queueMoves.transfer.windowFirst')}`}
        {kind === 'clerk' && ` ${t('queueMoves.transfer.clerkFirst')}`}
      </p>
      <fieldset className="choices grid">
        {kind === 'service' && serviceTargets.map((s) => radio('target', s.id === serviceId, () => setServiceId(s.id), `${s.prefix} ${pick(s.name)}`))}
        {kind === 'window' &&
          targets?.windows.map((w) =>
            radio(
              'target',
              w.number === toWindow,
              () => setToWindow(w.number),
              w.name,
              w.clerk?.name ?? t('queueMoves.transfer.free'),
              `transfer-window-${w.number}`,
            ),
          )}
        {kind === 'clerk' &&
          targets?.clerks.map((c) =>
            radio(
              'target',
              c.id === toClerk,
              () => setToClerk(c.id),
              `${c.name} ${c.id}`,
              c.windowNo === null ? t('queueMoves.transfer.away') : t('queueMoves.transfer.at', { window: windowName(c.windowNo) }),
              `transfer-clerk-${c.id}`,
            ),
          )}
      </fieldset>
    </Dialog>
  );
}
