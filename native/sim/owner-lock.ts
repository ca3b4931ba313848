// Who owns a simulator's PTY link: a small JSON file next to it (`<link>.owner`) naming the process
// that made the link and the socat behind it, each by pid and (on Linux) start time. A link whose
// owner is gone is stale even when it still resolves: the kernel reuses PTY numbers at once, so a
// link left by a killed demo may point at someone else's terminal. Only the owner says whose it is.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface LinkOwner {
  /** The process that made the link (the demo hall, the bus sim, a test). */
  pid: number;
  started: string | null;
  /** The socat that holds the PTYs. */
  socat: number | null;
  socatStarted: string | null;
}

export const ownerFile = (link: string) => `${link}.owner`;

/** /proc/<pid>/stat: the state and the start time (field 22, clock ticks since boot); null off Linux or when gone. */
function procStat(pid: number): { state: string; started: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the command name may hold spaces and parentheses
    return { state: fields[0]!, started: fields[19]! };
  } catch {
    return null;
  }
}

export function processStartTime(pid: number): string | null {
  return procStat(pid)?.started ?? null;
}

/** True while process `pid` runs and is the one that started at `started` (a reused pid is another process). */
export function processAlive(pid: number, started: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false; // EPERM: alive, another user's
  }
  const stat = procStat(pid);
  if (stat === null) return process.platform !== 'linux'; // no /proc: kill(0) is all we can know
  if (stat.state === 'Z' || stat.state === 'X') return false; // exited, not yet reaped
  return started === null || stat.started === started;
}

export function readOwner(link: string): LinkOwner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(link), 'utf8')) as Partial<LinkOwner>;
    if (!Number.isInteger(owner.pid)) return null;
    return { pid: owner.pid!, started: owner.started ?? null, socat: owner.socat ?? null, socatStarted: owner.socatStarted ?? null };
  } catch {
    return null;
  }
}

export function writeOwner(link: string, socatPid: number | null): void {
  const owner: LinkOwner = {
    pid: process.pid,
    started: processStartTime(process.pid),
    socat: socatPid,
    socatStarted: socatPid === null ? null : processStartTime(socatPid),
  };
  writeFileSync(ownerFile(link), `${JSON.stringify(owner)}\n`);
}

export function removeOwner(link: string): void {
  rmSync(ownerFile(link), { force: true });
}

/** The link's owner still holds it: its process and its socat both run. */
export function ownerAlive(owner: LinkOwner): boolean {
  return processAlive(owner.pid, owner.started) && owner.socat !== null && processAlive(owner.socat, owner.socatStarted);
}
