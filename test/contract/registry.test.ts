// A command or event name declared by two capabilities fails when the maps are joined (at start-up),
// instead of the later silently replacing the earlier.
import { expect, test } from 'vitest';
import { commandNames, commands, DuplicateNameError, eventNames, mergeUnique } from '../../electron/contract';
import { queueCommands } from '../../electron/contract/queue-commands';
import { queueEvents } from '../../electron/contract/queue-events';
import { syncCommands } from '../../electron/contract/sync-commands';

test('joining maps keeps every entry of each', () => {
  expect(mergeUnique('command', { a: 1 }, { b: 2 }, {})).toEqual({ a: 1, b: 2 });
  expect(commandNames.length).toBe(Object.keys(commands).length);
  expect(new Set(eventNames).size).toBe(eventNames.length);
});

test('a command name declared twice is refused, naming it', () => {
  const clash = { 'tickets.issue': syncCommands['sync.status'] };
  expect(() => mergeUnique('command', queueCommands, syncCommands, clash)).toThrow(DuplicateNameError);
  expect(() => mergeUnique('command', queueCommands, clash)).toThrow("two capabilities declare the command 'tickets.issue'");
});

test('an event name declared twice is refused, naming it', () => {
  expect(() => mergeUnique('event', queueEvents, { 'hall.changed': {} })).toThrow("two capabilities declare the event 'hall.changed'");
});
