// Where a LAN login comes from, as the login throttle counts it: the peer's address (an IPv4 peer on a
// dual-stack socket shows as ::ffff:a.b.c.d, the same PC as a.b.c.d). The hall's own windows use
// LOCAL_SOURCE instead (electron/main/ipc.ts).
import type { Socket } from 'node:net';

export function sourceOf(socket: Pick<Socket, 'remoteAddress'>): string {
  const address = socket.remoteAddress ?? 'unknown';
  return (address.startsWith('::ffff:') ? address.slice(7) : address).slice(0, 64) || 'unknown';
}
