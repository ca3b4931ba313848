// Configuration export and import for the manager: download the hall's configuration file; choose a
// file (another hall's export) to see its dry-run plan, then apply it; import the item catalogue from
// the office's CSV or xlsx sheet the same way. Nothing changes until "apply", and then all of it.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_BODY_LIMIT, limitText, type ImportPlan } from '../../../electron/contract';
import { ImportPlanView } from './ImportPlanView';
import './transfer.css';
import type { Admin } from './useAdmin';
import { saveTextAs } from './save-file';

/** A file's message may be up to 4 MiB (docs/API.md); this leaves room for the message around it. */
const MAX_MESSAGE = FILE_BODY_LIMIT - 1024;

type Pending = { kind: 'config'; file: unknown; plan: ImportPlan } | { kind: 'items'; format: 'csv' | 'xlsx'; data: string; plan: ImportPlan };

function base64Of(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function TransferPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<ImportPlan | null>(null);

  const download = async () => {
    const result = await run('config.export', {});
    if (!result.ok) return;
    saveTextAs(`tongban-config-${result.value.exportedAt.slice(0, 10)}.json`, JSON.stringify(result.value, null, 2) + '\n', 'application/json');
    admin.setNotice({ kind: 'ok', key: 'transfer.exported' });
  };

  const tooLarge = (size: number) => {
    if (size <= MAX_MESSAGE) return false;
    admin.setNotice({ kind: 'error', key: 'transfer.tooLarge', values: { kib: Math.ceil(size / 1024), limit: limitText(FILE_BODY_LIMIT) } });
    return true;
  };

  const chooseConfig = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    let file: unknown;
    try {
      file = JSON.parse(await chosen.text());
    } catch {
      admin.setNotice({ kind: 'error', key: 'transfer.notJson', values: { name: chosen.name } });
      return;
    }
    // As sent: compact JSON (an exported file is indented), counted in UTF-8 bytes.
    if (tooLarge(new Blob([JSON.stringify(file)]).size)) return;
    setDone(null);
    const result = await run('config.import', { file, dryRun: true });
    setPending(result.ok ? { kind: 'config', file, plan: result.value } : null);
  };

  const chooseSheet = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen || tooLarge((chosen.size * 4) / 3)) return;
    const format = chosen.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    const data = base64Of(await chosen.arrayBuffer());
    setDone(null);
    const result = await run('config.importItems', { format, data, dryRun: true });
    setPending(result.ok ? { kind: 'items', format, data, plan: result.value } : null);
  };

  const apply = async () => {
    if (!pending) return;
    const result =
      pending.kind === 'config'
        ? await run('config.import', { file: pending.file, dryRun: false })
        : await run('config.importItems', { format: pending.format, data: pending.data, dryRun: false });
    if (!result.ok) return;
    setPending(null);
    setDone(result.value);
    admin.setNotice({ kind: 'ok', key: 'transfer.applied' });
  };

  const changes = pending ? pending.plan.sections.reduce((n, s) => n + s.created.length + s.changed.length, 0) : 0;
  return (
    <div className="transfer-page" data-testid="transfer-page">
      <div className="transfer-actions">
        <section className="transfer-card">
          <h3>{t('transfer.export.title')}</h3>
          <p>{t('transfer.export.hint')}</p>
          <button type="button" className="primary" onClick={() => void download()} disabled={admin.busy} data-testid="transfer-export">
            {t('transfer.export.button')}
          </button>
        </section>
        <section className="transfer-card">
          <h3>{t('transfer.import.title')}</h3>
          <p>{t('transfer.import.hint')}</p>
          <label className="file-button">
            <input type="file" accept=".json,application/json" onChange={(e) => void chooseConfig(e)} data-testid="transfer-config-file" />
            <span>{t('transfer.import.choose')}</span>
          </label>
        </section>
        <section className="transfer-card">
          <h3>{t('transfer.items.title')}</h3>
          <p>{t('transfer.items.hint')}</p>
          <label className="file-button">
            <input type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void chooseSheet(e)} data-testid="transfer-items-file" />
            <span>{t('transfer.items.choose')}</span>
          </label>
        </section>
      </div>
      {pending && (
        <div className="transfer-pending">
          <ImportPlanView plan={pending.plan} />
          <div className="transfer-confirm">
            <button type="button" className="primary" onClick={() => void apply()} disabled={admin.busy || changes === 0} data-testid="transfer-apply">
              {t('transfer.apply', { count: changes })}
            </button>
            <button type="button" onClick={() => setPending(null)} data-testid="transfer-cancel">
              {t('transfer.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && <ImportPlanView plan={done} />}
    </div>
  );
}
