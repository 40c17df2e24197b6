import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { serve, type ServerType } from '@hono/node-server';
import type { Platform } from './platform.ts';

export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the platform's app on `host:port` (port 0 picks a free one). Closing stops the server, then the platform. */
export function listen(platform: Platform, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    const server: ServerType = serve({ fetch: platform.app.fetch, hostname: host, port }, (info) => {
      server.off('error', onError);
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            platform.realtime.disconnectAll();
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }).then(() => platform.close()),
      });
    });
    server.once('error', onError);
    // The realtime socket (`GET /api/realtime`) shares the port: WebSocket handshakes arrive as upgrades.
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => platform.realtime.handleUpgrade(request, socket, head));
  });
}
