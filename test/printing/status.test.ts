// DLE EOT answers decoded into the printer's state; what the virtual printer answers decodes back.
import { describe, expect, test } from 'vitest';
import { decodeStatus, statusAnswer, STATUS_QUERY } from '../../native/printer/status';

const answer = (...bytes: number[]) => decodeStatus(Buffer.from(bytes));

test('the query asks n = 1, 2 and 4 in one write', () => {
  expect([...STATUS_QUERY]).toEqual([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 4]);
});

describe('decoding', () => {
  test.each([
    [[0x12, 0x12, 0x12], 'ok'],
    [[0x12, 0x12, 0x1e], 'near_end'], // bits 2–3 of n=4
    [[0x12, 0x12, 0x16], 'near_end'], // either near-end sensor bit
    [[0x12, 0x12, 0x72], 'paper_out'], // bits 5–6 of n=4
    [[0x1a, 0x32, 0x12], 'paper_out'], // stopped at paper end (n=2 bit 5)
    [[0x1a, 0x16, 0x12], 'cover_open'], // n=2 bit 2
    [[0x1a, 0x36, 0x72], 'cover_open'], // cover open wins over paper out: close it first
    [[0x1a, 0x12, 0x12], 'offline'], // n=1 bit 3 with no cause given
    [[0x12, 0x52, 0x12], 'offline'], // n=2 bit 6: error
  ])('%j → %s', (bytes, state) => {
    expect(answer(...bytes).state).toBe(state);
    expect(answer(...bytes).answered).toBe(true);
  });

  test('no answer, a short answer or bytes that are not status bytes: offline, with the reason', () => {
    expect(answer()).toEqual({ state: 'offline', error: 'printer did not answer the status query', answered: false });
    expect(answer(0x12)).toMatchObject({ state: 'offline', answered: false, error: expect.stringContaining('1 of 3') });
    expect(answer(0x12, 0x12, 0xff)).toMatchObject({ state: 'offline', answered: false, error: expect.stringContaining('0xff') });
    expect(answer(0x41, 0x12, 0x12).answered).toBe(false);
  });

  test('faults say what is wrong; ok and near end carry no error', () => {
    expect(answer(0x12, 0x12, 0x72).error).toMatch(/out of paper/);
    expect(answer(0x1a, 0x16, 0x12).error).toMatch(/cover/);
    expect(answer(0x12, 0x12, 0x1e).error).toBeNull();
  });
});

test.each(['ok', 'near_end', 'paper_out', 'cover_open'] as const)('the virtual printer’s answer for %s decodes to it', (state) => {
  expect(decodeStatus(statusAnswer(state)).state).toBe(state);
});
