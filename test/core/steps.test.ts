// The stepping of long reads: straight through and paced give the same answer; paced waits once per
// step; a pace that throws returns the generator (its finally runs) and passes the error on.
import { expect, test } from 'vitest';
import { runPaced, runThrough, type Steps } from '../../electron/core/steps';

function* counting(steps: number, log: string[]): Steps<number> {
  try {
    for (let i = 0; i < steps; i++) {
      log.push(`step ${i}`);
      yield;
    }
    return steps * 10;
  } finally {
    log.push('finally');
  }
}

test('straight through: every step in one go', () => {
  const log: string[] = [];
  expect(runThrough(counting(3, log))).toBe(30);
  expect(log).toEqual(['step 0', 'step 1', 'step 2', 'finally']);
});

test('paced: the pace is waited on after each step, the answer the same', async () => {
  const log: string[] = [];
  const answer = await runPaced(counting(3, log), async () => {
    log.push('pause');
  });
  expect(answer).toBe(30);
  expect(log).toEqual(['step 0', 'pause', 'step 1', 'pause', 'step 2', 'pause', 'finally']);
});

test('a pace that throws stops the steps, runs their finally, and rejects with its error', async () => {
  const log: string[] = [];
  const stop = new Error('cancelled');
  let pauses = 0;
  await expect(
    runPaced(counting(5, log), async () => {
      if (++pauses === 2) throw stop;
    }),
  ).rejects.toBe(stop);
  expect(log).toEqual(['step 0', 'step 1', 'finally']);
});
