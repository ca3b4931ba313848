// The device accounts' HTTP paths (docs/API.md "Device accounts and pairing").
import type { Route } from '../core/capability';

export const pairingRoutes: Route[] = [
  { method: 'GET', path: '/api/devices/accounts', command: 'devices.accounts' },
  { method: 'POST', path: '/api/devices/accounts', command: 'devices.create', status: 201 },
  { method: 'POST', path: '/api/devices/accounts/:id/code', command: 'devices.pairingCode' },
  { method: 'POST', path: '/api/devices/accounts/:id/bind', command: 'devices.bind' },
  { method: 'POST', path: '/api/devices/accounts/:id/revoke', command: 'devices.revoke' },
  { method: 'POST', path: '/api/devices/pair', command: 'devices.pair' },
  { method: 'GET', path: '/api/devices/pairing', command: 'devices.pairingMode' },
];
