// 导出 Excel: the report's range as an xlsx (汇总, a sheet per slice, 明细 a row per ticket). reports.xlsx
// checks the query and counts the ticket rows; the file then streams from GET /api/reports/export.xlsx
// with this tab's token, read with a stream reader so the page shows the MB received as they come (a
// year is tens of MB and takes seconds). The bytes gather in the browser, not in the hall.
// Inside the Electron app (IPC, no token in the page) the page follows the plan's one-time key instead: a
// plain link the app downloads itself (its own save dialog and progress).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionToken } from '../../client/session-token';
import { useLang } from '../../shared/useLang';
import { downloadLink, saveBlobAs } from '../save-file';
import type { Admin } from '../useAdmin';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type State = { kind: 'idle' } | { kind: 'running'; bytes: number; rows: number } | { kind: 'done'; name: string } | { kind: 'error'; message: string };

async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

export function XlsxExport({ admin, query }: { admin: Admin; query: { from: string; to: string; targetWaitMinutes: number } | null }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    if (!query) return;
    const token = sessionToken();
    setState({ kind: 'running', bytes: 0, rows: 0 });
    const plan = await admin.run('reports.xlsx', { from: query.from, to: query.to, targetWaitMinutes: query.targetWaitMinutes, lang });
    if (!plan.ok) return setState({ kind: 'error', message: plan.error.message });
    if (!token) {
      downloadLink(plan.value.keyPath);
      return setState({ kind: 'done', name: plan.value.name });
    }
    try {
      const response = await fetch(plan.value.path, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) return setState({ kind: 'error', message: await refusal(response) });
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        bytes += value.byteLength;
        setState({ kind: 'running', bytes, rows: plan.value.tickets });
      }
      saveBlobAs(plan.value.name, new Blob(chunks, { type: XLSX_TYPE }));
      setState({ kind: 'done', name: plan.value.name });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };

  return (
    <span className="xlsx-export">
      <button type="button" onClick={() => void run()} disabled={!query || state.kind === 'running'} data-testid="reports-xlsx">
        {t('reportsXlsx.page.button')}
      </button>
      <span className={state.kind === 'error' ? 'xlsx-export-error' : 'xlsx-export-status'} role="status" data-testid="reports-xlsx-status">
        {state.kind === 'running' &&
          (state.bytes === 0 ? t('reportsXlsx.page.preparing') : t('reportsXlsx.page.progress', { mb: (state.bytes / 2 ** 20).toFixed(1), rows: state.rows }))}
        {state.kind === 'done' && t('reportsXlsx.page.done', { name: state.name })}
        {state.kind === 'error' && t('reportsXlsx.page.error', { message: state.message })}
      </span>
    </span>
  );
}
