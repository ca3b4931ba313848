// The follow-up cases under one filter, fetched on (re)connection and again whenever a rating changes
// anywhere in the hall (a new 差评 appears without a reload), and on demand after the manager's actions.
// Sent through the admin's runner, so a failure shows as a notice and an expired session logs out.
import type { FollowUpFilter } from '../../../electron/contract';
import { useLiveQuery } from '../shared/useLiveQuery';
import type { Admin } from './useAdmin';

export function useFollowUps(admin: Admin, filter: FollowUpFilter) {
  const { value: cases, reload } = useLiveQuery('followups.list', admin.who ? { filter } : null, 'rating.prompt', { send: admin.run });
  return { cases, reload };
}
