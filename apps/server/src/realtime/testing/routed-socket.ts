import type { RealtimeSocketConstructor } from '@pactesur/api-client';
import { WebSocket, type ClientOptions } from 'ws';

/**
 * The `ws` WebSocket for a `RealtimeClient` whose destination a test decides at each connection: another
 * server instance (the `Origin` follows, as behind one load-balanced address), or nowhere (a refused
 * handshake) while the client must stay disconnected. `created` is given each socket, so a test can cut
 * it as a network would.
 */
export function routedWebSocket(
  route: (url: string) => string,
  created: (socket: WebSocket) => void = () => undefined,
): RealtimeSocketConstructor {
  return class RoutedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[], options?: ClientOptions) {
      const target = route(url);
      const headers = options?.headers?.origin
        ? { ...options.headers, origin: new URL(target.replace(/^ws/, 'http')).origin }
        : options?.headers;
      super(target, protocols, { ...options, ...(headers ? { headers } : {}) });
      created(this);
    }
  };
}
