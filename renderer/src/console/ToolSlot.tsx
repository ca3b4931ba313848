// The console's tool buttons (取件, 设备与打印, 今日预约) live in the docks that own their drawers, but are
// shown in the top bar (the working panel's, the window picker's), in its flow: floating over the bar
// (position: fixed) they covered the clerk's name at 1366×768 and each other in English. The bar gives a
// slot; each dock puts its button there through a portal. Until a bar is there, a button stays in place.
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const ToolSlotContext = createContext<HTMLElement | null>(null);

export function InToolbar({ children }: { children: ReactNode }) {
  const slot = useContext(ToolSlotContext);
  return slot ? createPortal(children, slot) : <>{children}</>;
}
