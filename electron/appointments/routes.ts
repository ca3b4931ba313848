// The appointments' HTTP paths (docs/API.md "Appointments (预约)").
import type { Route } from '../core/capability';

export const appointmentRoutes: Route[] = [
  { method: 'POST', path: '/api/appointments/check-in', command: 'appointments.checkIn' },
  { method: 'GET', path: '/api/appointments', command: 'appointments.list' },
  { method: 'POST', path: '/api/appointments', command: 'appointments.save', status: 201 },
  { method: 'POST', path: '/api/appointments/import', command: 'appointments.import' },
  { method: 'POST', path: '/api/appointments/upsert', command: 'appointments.upsert' },
  { method: 'GET', path: '/api/appointments/settings', command: 'appointments.settings' },
  { method: 'POST', path: '/api/appointments/settings', command: 'appointments.configure' },
];
