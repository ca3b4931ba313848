// One HallClient per window, handed down through context so components never create their own.
import { createContext, useContext, type ReactNode } from 'react';
import type { HallClient } from '../client';

const HallContext = createContext<HallClient | null>(null);

export function HallProvider({ client, children }: { client: HallClient; children: ReactNode }) {
  return <HallContext.Provider value={client}>{children}</HallContext.Provider>;
}

export function useHall(): HallClient {
  const client = useContext(HallContext);
  if (!client) throw new Error('useHall outside <HallProvider>');
  return client;
}
