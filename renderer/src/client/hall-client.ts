// The one client API every window uses. `send` is typed from the contract's command map, so a
// window can neither misspell a command nor pass the wrong input; it does not know which transport
// (Electron IPC or WebSocket) carries its messages.
import type { CommandName, EventName, HallEvent, HallEvents, Input, Output, Result } from '../../../electron/contract';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface HallTransport {
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: HallEvent) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

export class HallClient {
  constructor(private readonly transport: HallTransport) {}

  send<K extends CommandName>(name: K, input: Input<K>): Promise<Result<Output<K>>> {
    return this.transport.invoke(name, input) as Promise<Result<Output<K>>>;
  }

  on<K extends EventName>(name: K, listener: (data: HallEvents[K]) => void): () => void {
    return this.transport.onEvent((event) => {
      if (event.name === name) listener(event.data as HallEvents[K]);
    });
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    return this.transport.onConnection(listener);
  }
}
