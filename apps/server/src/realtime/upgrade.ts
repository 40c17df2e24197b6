import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../errors/app-error.ts';
import { actorOfSession, sessionTokenOf } from '../http/session-actor.ts';
import type { Actor } from '../services/actor.ts';
import type { AuthService } from '../services/auth-service.ts';
import { REALTIME_PATH } from './protocol.ts';

/** Who may open the realtime socket: the signed-in actor and their session token. */
export interface SocketGrant {
  readonly actor: Actor;
  readonly token: string;
}

/**
 * Decides an upgrade request: the path must be the realtime endpoint; `Origin` must be the server's own
 * (the `Host` it was asked under, or `PUBLIC_URL`) — browsers send cookies with cross-site WebSocket
 * handshakes, so without this check any site could read a signed-in user's channels; the session cookie
 * must name a valid session. Throws the `AppError` to answer otherwise.
 */
export async function grantUpgrade(
  request: IncomingMessage,
  auth: Pick<AuthService, 'authenticate'>,
  publicUrl: string | null,
): Promise<SocketGrant> {
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  if (path !== REALTIME_PATH) throw new AppError('route_not_found');
  if (request.method !== 'GET') throw new AppError('method_not_allowed');
  if (!sameOrigin(request.headers.origin, request.headers.host, publicUrl))
    throw new AppError('csrf_failed', 'Cross-site request refused.');
  const token = sessionTokenOf(request.headers.cookie);
  if (!token) throw new AppError('unauthenticated');
  const session = await actorOfSession(auth, token, request.socket.remoteAddress ?? null);
  if (!session) throw new AppError('session_expired');
  return { actor: session.actor, token };
}

/** Whether `origin` is the server's own: the host the request was sent to, or the public URL. */
export function sameOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string | null,
): boolean {
  if (!origin) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, files) and garbage
  }
  if (host !== undefined && parsed.host === host) return true;
  return publicUrl !== null && parsed.origin === new URL(publicUrl).origin;
}

/** Answers a refused upgrade the way the API answers errors, then closes the connection. */
export function refuseUpgrade(socket: Duplex, error: AppError): void {
  const body = JSON.stringify({ error: { code: error.code, message: error.message } });
  const head = [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  if (socket.writable) socket.write(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  else socket.destroy();
}
