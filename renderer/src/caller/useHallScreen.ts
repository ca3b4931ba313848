// The hall screen's state: the hall view (fetched on every (re)connection, then taken from each
// hall.changed push) and the big panel, driven by the call sequencer. The calls and views reach the
// sequencer in the order the socket delivered them (not after a render), so a view is never taken for
// newer than a call it preceded. Every step is reported to the hall (the consoles show it) and kept in
// the screen's event log, `window.__announcerLog`, that a browser test reads.
import { useEffect, useRef, useState } from 'react';
import type { AnnouncementReport, CallView, HallView } from '../../../electron/contract';
import type { HallClient } from '../client';
import { useHall } from '../shared/hall-context';
import { followLiveQuery } from '../shared/live-query';
import { useVoiceSettings } from '../shared/useVoiceSettings';
import { browserTimers } from './announcer';
import { CallSequencer, type LogEntry, type PanelState } from './call-sequencer';
import type { PlayerEvent } from './clip-announcer';
import { hallScreenVoice } from './voice';

/** One line of the screen's event log; `t`: ms since the page loaded. */
export type ScreenLogEntry = { t: number } & (LogEntry | ({ kind: 'player'; number: string; windowNo: number; recall: number } & PlayerEvent));

declare global {
  interface Window {
    __announcerLog?: ScreenLogEntry[];
  }
}

const reportOf: Partial<Record<LogEntry['kind'], AnnouncementReport>> = { queued: 'queued', merged: 'queued', start: 'announcing', dropped: 'dropped' };

function report(hall: HallClient, entry: LogEntry): void {
  const state = entry.kind === 'end' ? entry.outcome.state : reportOf[entry.kind];
  if (!state) return;
  const problem = entry.kind === 'end' && entry.outcome.state !== 'announced' ? entry.outcome.problem : undefined;
  // A refusal (the call is already over, the hall restarted) only means there is nothing to show.
  void hall.send('announcements.report', { window: entry.windowNo, number: entry.number, recall: entry.recall, state, ...(problem ? { problem } : {}) });
}

export function useHallScreen(): { view: HallView | null; panel: PanelState } {
  const hall = useHall();
  const [view, setView] = useState<HallView | null>(null);
  const [panel, setPanel] = useState<PanelState>({ call: null, turn: 0, active: false });
  const voiceSettings = useVoiceSettings();
  const settings = useRef(voiceSettings);
  settings.current = voiceSettings;

  useEffect(() => {
    const log = (window.__announcerLog ??= []);
    const voice = hallScreenVoice({
      timers: browserTimers,
      // The manager's voice settings as they are at each call (followed live below).
      languages: () => settings.current?.languages ?? ['zh-CN'],
      volume: () => (settings.current?.caller.volume ?? 100) / 100,
      muted: () => settings.current?.caller.on === false,
      onPlayerEvent: (call: CallView, event) =>
        log.push({ t: Math.round(performance.now()), kind: 'player', number: call.number, windowNo: call.windowNo, recall: call.recall, ...event }),
    });
    const sequencer = new CallSequencer({
      announcer: voice,
      timers: browserTimers,
      maxSlotMs: 45_000,
      onPanel: setPanel,
      onLog(entry) {
        log.push({ t: Math.round(performance.now()), ...entry });
        report(hall, entry);
      },
    });
    const offCalls = hall.on('ticket.called', (call) => sequencer.called(call));
    let wasDown = false;
    const offLink = hall.onConnection((link) => {
      if (link === 'connected' && wasDown) sequencer.reconnected();
      wasDown = link === 'disconnected' || (wasDown && link !== 'connected');
    });
    const views = followLiveQuery(hall, { command: 'hall.get', input: {}, event: { name: 'hall.changed', apply: (v: HallView) => v } }, (state) => {
      if (!state.value) return;
      sequencer.viewed(state.value);
      setView(state.value);
    });
    return () => {
      offCalls();
      offLink();
      views.stop();
      sequencer.close();
    };
  }, [hall]);

  return { view, panel };
}
