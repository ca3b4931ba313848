// This window's detail (state, current ticket, queue, served today): fetched on (re)connection and
// after every `hall.changed` push, and on demand right after the clerk's own actions.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HallError, WindowDetail } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { useHall } from '../shared/hall-context';
import { useHallEvent } from '../shared/useHallEvent';

export function useWindowDetail(windowNo: number) {
  const hall = useHall();
  const connection = useConnection();
  const [detail, setDetail] = useState<WindowDetail | null>(null);
  const [error, setError] = useState<HallError | null>(null);
  const asked = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++asked.current;
    const result = await hall.send('window.get', { window: windowNo });
    if (ticket !== asked.current) return; // a newer answer is on its way
    if (result.ok) {
      setDetail(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [hall, windowNo]);

  useEffect(() => {
    if (connection === 'connected') void reload();
  }, [connection, reload]);
  useHallEvent('hall.changed', () => void reload());

  return { detail, error, reload };
}
