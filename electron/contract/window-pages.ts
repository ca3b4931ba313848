// The windows the hall has: the LAN server serves one page each (`/<page>`), and each is an Electron
// window role on a PC (electron/main/config.ts). One list, so a new page is a new role.
export const windowPages = ['kiosk', 'caller', 'console', 'pad', 'admin'] as const;
export type WindowPage = (typeof windowPages)[number];
