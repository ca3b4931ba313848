// Every clip in use, by group: what it says, whether it is the hall's own recording (DATA/voice/…) or
// the bundled placeholder, its length, and a button that plays it as the screens would.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoiceClipsView } from '../../../electron/contract';
import { clipUrl } from '../../../electron/shared/voice';
import { playClips, type Playback } from '../shared/clip-player';
import type { Admin } from './useAdmin';
import { joinList } from '../shared/list-text';

const groups = ['all', 'zh-CN', 'en', 'common', 'rating'] as const;
type Group = (typeof groups)[number];

export function VoiceClipTable({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [list, setList] = useState<VoiceClipsView | null>(null);
  const [group, setGroup] = useState<Group>('zh-CN');
  const [playing, setPlaying] = useState<{ id: string; playback: Playback } | null>(null);
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void run('voice.clips', {}).then((r) => r.ok && setList(r.value));
  }, [run]);
  useEffect(() => () => playing?.playback.cancel(), [playing]);
  if (!list) return null;

  const play = (id: string) => {
    playing?.playback.cancel();
    const playback = playClips([clipUrl(id)], {
      onEvent: (event) => {
        if (event.type === 'missing') setFailed((before) => new Set(before).add(id));
        if (event.type === 'finished') setPlaying((now) => (now?.id === id ? null : now));
      },
    });
    setPlaying({ id, playback });
  };
  const shown = list.clips.filter((c) => group === 'all' || c.group === group);
  const own = list.clips.filter((c) => c.source === 'hall').length;

  return (
    <section className="voice-clips" data-testid="voice-clips">
      <div className="cfg-toolbar">
        <h3>{t('voice.admin.clips')}</h3>
        <label className="voice-group">
          <span>{t('voice.admin.group')}</span>
          <select value={group} onChange={(e) => setGroup(e.target.value as Group)} data-testid="voice-group">
            {groups.map((g) => (
              <option key={g} value={g}>
                {t(`voice.admin.groups.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="cfg-count">{t('voice.admin.counts', { count: list.clips.length, own })}</span>
      </div>
      <p className="cfg-hint">
        {t('voice.admin.hallFolder')} <code data-testid="voice-hall-folder">{list.hallFolder}</code>
      </p>
      {list.unknownFiles.length > 0 && (
        <p className="voice-unknown" role="alert" data-testid="voice-unknown">
          {t('voice.admin.unknown')} {joinList(t, list.unknownFiles)}
        </p>
      )}
      <table className="cfg-table">
        <thead>
          <tr>
            <th>{t('voice.admin.col.id')}</th>
            <th>{t('voice.admin.col.text')}</th>
            <th>{t('voice.admin.col.source')}</th>
            <th>{t('voice.admin.col.duration')}</th>
            <th>{t('voice.admin.col.play')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((clip) => (
            <tr key={clip.id} data-testid={`voice-clip-${clip.id}`}>
              <td className="nowrap">
                <code>{clip.file}</code>
              </td>
              <td>{clip.text}</td>
              <td className={`voice-source ${clip.source}`} data-testid="voice-source">
                {t(`voice.admin.source.${clip.source}`)}
              </td>
              <td className="num">{t('voice.admin.seconds', { seconds: (clip.durationMs / 1000).toFixed(2) })}</td>
              <td>
                <button type="button" onClick={() => play(clip.id)} aria-pressed={playing?.id === clip.id} data-testid="voice-play">
                  {playing?.id === clip.id ? '♪' : '▶'} {failed.has(clip.id) ? t('voice.admin.cannotPlay') : t('voice.admin.play')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
