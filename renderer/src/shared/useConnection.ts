// The state of this window's link to the hall: 'connecting' | 'connected' | 'disconnected'.
import { useEffect, useState } from 'react';
import type { ConnectionState } from '../client';
import { useHall } from './hall-context';

export function useConnection(): ConnectionState {
  const hall = useHall();
  const [state, setState] = useState<ConnectionState>('connecting');
  useEffect(() => {
    const off = hall.onConnection(setState);
    return () => {
      off();
    };
  }, [hall]);
  return state;
}
