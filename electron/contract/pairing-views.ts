// What the manager sees of the hall's device accounts (kiosks and rating pads) and of a pairing code.

export type DeviceAccountKind = 'kiosk' | 'pad';

/** A device account as the audit records it: no code, no token, nothing that changes by itself. */
export interface DeviceRecord {
  id: string;
  kind: DeviceAccountKind;
  name: string;
  /** The window a pad stands at (null for a kiosk, or a revoked pad whose window was taken over). */
  window: number | null;
  revoked: boolean;
}

export interface DeviceAccountView extends DeviceRecord {
  /** It holds a live device session. */
  paired: boolean;
  /** ISO times, or null: never. */
  createdAt: string | null;
  pairedAt: string | null;
  lastSeen: string | null;
  /** A pairing code is waiting to be used until then (the code itself is shown once, never again). */
  codeExpiresAt: string | null;
}

/** Shown once on the admin page: the code to type on the device, and the page that pairs at once. */
export interface PairingCodeView {
  id: string;
  code: string;
  expiresAt: string;
  /** Path on the hall's LAN server with the code in its query (`/kiosk?pair=…`): the admin page shows it as a QR code. */
  path: string;
}

/** What a device's pairing screen offers: the demo hall keeps its public device PINs. */
export interface PairingModeView {
  devicePin: boolean;
}
