// FirstTimes: each ticket's first issue and first call by id, in arrays that grow both ways; the span
// of the ticket.issued ids (the rowid range the report reads the tickets from).
import { expect, test } from 'vitest';
import { FirstTimes } from '../../electron/reports/first-times';

test('the first of each kind is kept; ids far above and below the first grow the arrays; unknown ids are NaN', () => {
  const f = new FirstTimes();
  expect(f.issuedSpan).toBeNull();
  expect(f.issuedAt(7)).toBeNaN();
  f.note(5000, 'ticket.issued', 1);
  f.note(5000, 'ticket.called', 2);
  f.note(5000, 'ticket.called', 3); // a recall: not the first call
  f.note(90_000, 'ticket.issued', 4); // far above
  f.note(3, 'ticket.issued', 5); // far below
  f.note(4, 'ticket.called', 6); // a call of a ticket whose issue is elsewhere: no issued id
  expect([f.issuedAt(5000), f.calledAt(5000)]).toEqual([1, 2]);
  expect([f.issuedAt(90_000), f.issuedAt(3), f.calledAt(4)]).toEqual([4, 5, 6]);
  expect(f.issuedAt(4)).toBeNaN();
  expect(f.calledAt(1_000_000)).toBeNaN();
  expect(f.issuedSpan).toEqual({ lo: 3, hi: 90_000 });
});
