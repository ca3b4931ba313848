// Setup from another hall's configuration file: the manager picks the file, the hall checks it (the
// setup code must be there first) and its dry run shows what setup will create, or the error names
// the entry and field. The file stays in the page until setup sends it with the form.
import { type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_BODY_LIMIT, limitText, type HallError, type ImportPlan } from '../../../electron/contract';
import { ImportPlanView } from '../admin/ImportPlanView';
import { previewSetup } from './setup-api';

export interface ChosenFile {
  name: string;
  file: unknown;
  plan: ImportPlan;
}

interface Props {
  code: string;
  managerId: string;
  chosen: ChosenFile | null;
  invalid: boolean;
  onChosen(chosen: ChosenFile | null): void;
  /** A problem: the page shows it where the form's errors go (`field` the form's or the file's). */
  onError(error: HallError | { code: 'local'; field: 'code' | 'file'; message: string }): void;
}

export function SetupFileChoice({ code, managerId, chosen, invalid, onChosen, onError }: Props) {
  const { t } = useTranslation();
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    onChosen(null);
    if (!code.trim()) return onError({ code: 'local', field: 'code', message: t('setup.needCode') });
    let file: unknown;
    try {
      file = JSON.parse(await picked.text());
    } catch {
      return onError({ code: 'local', field: 'file', message: t('setup.notJson', { name: picked.name }) });
    }
    const size = new Blob([JSON.stringify(file)]).size; // as sent: compact, UTF-8
    if (size > FILE_BODY_LIMIT - 1024) {
      return onError({ code: 'local', field: 'file', message: t('transfer.tooLarge', { kib: Math.ceil(size / 1024), limit: limitText(FILE_BODY_LIMIT) }) });
    }
    const answer = await previewSetup(code, file, managerId.trim());
    if (!answer.ok) return onError(answer.error);
    onChosen({ name: picked.name, file, plan: answer.value });
  };
  return (
    <div className={`setup-file${invalid ? ' invalid' : ''}`} data-testid="setup-file">
      <label className="setup-file-button">
        <input type="file" accept=".json,application/json" onChange={(e) => void pick(e)} data-testid="setup-file-input" />
        <span>{t('setup.chooseFile')}</span>
      </label>
      {chosen && (
        <div className="setup-file-plan">
          <p className="setup-file-name">{t('setup.fileChosen', { name: chosen.name })}</p>
          <ImportPlanView plan={chosen.plan} />
        </div>
      )}
    </div>
  );
}
