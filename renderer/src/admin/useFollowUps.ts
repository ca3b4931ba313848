// The follow-up cases under one filter, fetched on (re)connection and again whenever a rating changes
// anywhere in the hall (a new 差评 appears without a reload), and on demand after the manager's actions.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FollowUpFilter, FollowUpView } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { useHallEvent } from '../shared/useHallEvent';
import type { Admin } from './useAdmin';

export function useFollowUps(admin: Admin, filter: FollowUpFilter) {
  const connection = useConnection();
  const [cases, setCases] = useState<FollowUpView[] | null>(null);
  const asked = useRef(0);
  const { run, who } = admin;

  const reload = useCallback(async () => {
    const ticket = ++asked.current;
    const result = await run('followups.list', { filter });
    if (ticket === asked.current && result.ok) setCases(result.value);
  }, [run, filter]);

  useEffect(() => {
    if (connection === 'connected' && who) void reload();
  }, [connection, who, reload]);
  useHallEvent('rating.prompt', () => {
    if (who) void reload();
  });
  return { cases, reload };
}
