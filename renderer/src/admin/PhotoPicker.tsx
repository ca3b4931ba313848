// A clerk's photo: shown as stored, replaced by a picked JPEG or PNG (scaled down in the browser to
// at most 240×320 and sent as a JPEG data URL, well under the hall's size limit), or removed.
import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClerkListEntry } from '../../../electron/contract';
import type { Admin } from './useAdmin';

const MAX_W = 240;
const MAX_H = 320;

/** The picked image, scaled to fit MAX_W × MAX_H, as a JPEG data URL. */
async function scaled(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const ratio = Math.min(1, MAX_W / bitmap.width, MAX_H / bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * ratio));
  canvas.height = Math.max(1, Math.round(bitmap.height * ratio));
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', 0.85);
}

export function PhotoPicker({ admin, clerk, onSaved }: { admin: Admin; clerk: ClerkListEntry; onSaved(): void }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [stored, setStored] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    if (clerk.hasPhoto) void run('config.clerkPhoto', { id: clerk.id }).then((r) => r.ok && setStored(r.value.photo));
    else setStored(null);
  }, [run, clerk.id, clerk.hasPhoto]);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setPicked(await scaled(file));
    } catch {
      admin.setNotice({ kind: 'error', key: 'staffCfg.clerks.photoUnreadable' });
    }
  };
  const save = async (photo: string | null) => {
    const result = await run('config.setClerkPhoto', { id: clerk.id, photo });
    if (!result.ok) return;
    setPicked(null);
    setStored(photo);
    admin.setNotice({ kind: 'ok', key: 'staffCfg.saved' });
    onSaved();
  };
  const shown = picked ?? stored;
  return (
    <fieldset className="staff-photo" data-testid="clerk-photo">
      <legend>{t('staffCfg.clerks.photo')}</legend>
      <div className="photo-frame">
        {shown ? (
          <img src={shown} alt={t('staffCfg.clerks.photoOf', { name: clerk.name })} data-testid="clerk-photo-preview" />
        ) : (
          <span>{t('staffCfg.clerks.noPhoto')}</span>
        )}
      </div>
      <div className="photo-actions">
        <label className="file-pick" title={t('staffCfg.clerks.pickPhoto')}>
          <span>{t('staffCfg.clerks.pickPhoto')}</span>
          <input type="file" accept="image/jpeg,image/png" onChange={(e) => void pick(e)} data-testid="clerk-photo-file" />
        </label>
        {picked && (
          <button type="button" className="primary" disabled={admin.busy} onClick={() => void save(picked)} data-testid="clerk-photo-save">
            {t('staffCfg.clerks.savePhoto')}
          </button>
        )}
        {!picked && stored && (
          <button type="button" disabled={admin.busy} onClick={() => void save(null)}>
            {t('staffCfg.clerks.removePhoto')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
