import type { RealtimeServerFrame } from '@pactesur/api-client';
import { WebSocket } from 'ws';

/** How long a probe waits for a frame before the test fails (a deadline, not a timing assertion). */
const DEADLINE_MS = 15_000;

/**
 * A raw realtime socket for tests: sends any text, keeps every frame received, and waits for the one a
 * test expects. Speaks the wire protocol directly, so tests see exactly what the server sends.
 */
export class SocketProbe {
  readonly frames: RealtimeServerFrame[] = [];
  private waiters: {
    match: (frame: RealtimeServerFrame) => boolean;
    resolve: (frame: RealtimeServerFrame) => void;
  }[] = [];
  closeCode: number | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString('utf8')) as RealtimeServerFrame;
      this.frames.push(frame);
      for (const waiter of this.waiters.filter((w) => w.match(frame))) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      }
    });
    ws.on('close', (code) => (this.closeCode = code));
  }

  /** Opens a socket; rejects with the handshake's status when the server refuses it. */
  static open(url: string, headers: Record<string, string>): Promise<SocketProbe> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.once('open', () => resolve(new SocketProbe(ws)));
      ws.once('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => reject(new HandshakeRefused(response.statusCode ?? 0, body)));
      });
      ws.once('error', (error) => reject(error));
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame, already received or to come, for which `match` holds (each frame is taken once). */
  next(match: (frame: RealtimeServerFrame) => boolean, from = 0): Promise<RealtimeServerFrame> {
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such frame after ${DEADLINE_MS} ms; got ${JSON.stringify(this.frames)}`)),
        DEADLINE_MS,
      );
      this.waiters.push({
        match,
        resolve: (frame) => {
          clearTimeout(timer);
          resolve(frame);
        },
      });
    });
  }

  /** The `subscribed`, `refused` or `revoked` frame of `channel`, from the `from`-th frame on. */
  outcome(channel: string, from = 0): Promise<RealtimeServerFrame> {
    return this.next(
      (f) =>
        (f.type === 'subscribed' || f.type === 'refused' || f.type === 'revoked') && f.channel === channel,
      from,
    );
  }

  /** The payloads of the messages of `channel` received so far. */
  payloads(channel: string): unknown[] {
    return this.frames.flatMap((f) => (f.type === 'message' && f.channel === channel ? [f.payload] : []));
  }

  close(): void {
    this.ws.terminate();
  }
}

export class HandshakeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`handshake refused with ${status}: ${body}`);
  }
}

/** The status and body of a refused handshake (fails if the server accepts it). */
export async function refusal(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; code: string }> {
  try {
    const probe = await SocketProbe.open(url, headers);
    probe.close();
  } catch (error) {
    if (!(error instanceof HandshakeRefused)) throw error;
    return { status: error.status, code: (JSON.parse(error.body) as { error: { code: string } }).error.code };
  }
  throw new Error('the handshake was accepted');
}
