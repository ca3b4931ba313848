// Reads an strace log of the hall (`strace -f -yy -s N -e trace=read,write,writev,fsync,fdatasync`) and
// checks the durability promise: every answer the hall wrote to a socket was preceded, after the
// request was read from that socket, by a sync of the database's WAL.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface TracedAnswer {
  socket: string;
  synced: boolean;
  line: string;
}

const call = /^(\d+)\s+(read|write|writev|fsync|fdatasync)\((\d+)<([^>]*)>/;
const returned = / = (-?\d+)(?:\s.*)?$/;

/** strace splits a call that another thread interrupts into `… <unfinished ...>` and `<... read resumed>…`. */
function joinedCalls(trace: string): string[] {
  const pending = new Map<string, string>();
  const out: string[] = [];
  for (const line of trace.split('\n')) {
    const unfinished = /^(\d+)\s+(.*) <unfinished \.\.\.>$/.exec(line);
    if (unfinished) {
      pending.set(unfinished[1]!, `${unfinished[1]} ${unfinished[2]}`);
      continue;
    }
    const resumed = /^(\d+)\s+<\.\.\. \w+ resumed>(.*)$/.exec(line);
    if (resumed) {
      out.push((pending.get(resumed[1]!) ?? '') + resumed[2]);
      pending.delete(resumed[1]!);
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * `isAnswer` picks the writes that acknowledge a command (e.g. an HTTP 201, a WebSocket result frame);
 * `walFile` is the path suffix of the WAL (`tongban.db-wal`).
 */
export function answersInTrace(trace: string, isAnswer: (line: string) => boolean, walFile = 'tongban.db-wal'): TracedAnswer[] {
  // Per socket: has the WAL been synced since the last request bytes were read from it?
  const syncedSinceRead = new Map<string, boolean>();
  const answers: TracedAnswer[] = [];
  for (const line of joinedCalls(trace)) {
    const m = call.exec(line);
    if (!m) continue;
    const name = m[2]!;
    const target = m[4]!;
    if ((name === 'fsync' || name === 'fdatasync') && target.endsWith(walFile)) {
      if (Number(returned.exec(line)?.[1]) === 0) for (const socket of syncedSinceRead.keys()) syncedSinceRead.set(socket, true);
      continue;
    }
    if (!target.startsWith('TCP')) continue;
    if (name === 'read') {
      if (Number(returned.exec(line)?.[1] ?? 0) > 0) syncedSinceRead.set(target, false);
    } else if (isAnswer(line)) {
      answers.push({ socket: target, synced: syncedSinceRead.get(target) ?? false, line });
    }
  }
  return answers;
}

export interface TracedChild<Info> {
  /** What the child printed as its first JSON line (its url or port, and its pid). */
  info: Info;
  /** Ends the child with SIGTERM and returns the whole trace (strace exits with it). */
  stop(): Promise<string>;
}

/**
 * Runs `node --import tsx <script>` under strace with the flags `answersInTrace` reads, and waits for
 * the script's first line that starts with `{` (it must hold `pid`, the traced process itself).
 */
export async function traceChild<Info extends { pid: number }>(script: string, env: Record<string, string>, traceFile: string): Promise<TracedChild<Info>> {
  const child = spawn(
    'strace',
    ['-f', '-qq', '-yy', '-s', '200', '-e', 'trace=read,write,writev,fsync,fdatasync', '-o', traceFile, process.execPath, '--import', 'tsx', script],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const info = await new Promise<Info>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out
        .split('\n')
        .slice(0, -1)
        .find((l) => l.startsWith('{')); // whole lines only
      if (line) resolve(JSON.parse(line) as Info);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready: ${out}`)));
  });
  return {
    info,
    async stop() {
      if (child.exitCode === null) process.kill(info.pid, 'SIGTERM');
      await exited;
      return readFileSync(traceFile, 'utf8');
    },
  };
}
