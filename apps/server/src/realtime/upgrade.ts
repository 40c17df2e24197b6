import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Config } from '../config.ts';
import { AppError } from '../errors/app-error.ts';
import { clientAddress, trustedProxies, type TrustedProxies } from '../http/client-address.ts';
import { requestOrigin, sameOrigin } from '../http/same-origin.ts';
import { actorOfSession, sessionTokenOf } from '../http/session-actor.ts';
import type { Actor } from '../services/actor.ts';
import type { AuthService } from '../services/auth-service.ts';
import { REALTIME_PATH } from './protocol.ts';

/** Who may open the realtime socket: the signed-in actor and their session token. */
export interface SocketGrant {
  readonly actor: Actor;
  readonly token: string;
}

/** What a handshake is checked against, as the HTTP API checks its requests (`http/session-middleware.ts`). */
export interface UpgradeRules {
  /** `PUBLIC_URL`: the site's one origin when set. */
  readonly publicUrl: string | null;
  /** `TRUST_PROXY`: whose `X-Forwarded-For` names the client. */
  readonly trusted: TrustedProxies;
}

export function upgradeRules(config: Pick<Config, 'publicUrl' | 'trustProxy'>): UpgradeRules {
  return { publicUrl: config.publicUrl, trusted: trustedProxies(config.trustProxy) };
}

/**
 * Decides an upgrade request: the path must be the realtime endpoint; `Origin` must be the site itself,
 * scheme included (`PUBLIC_URL`'s origin, else the scheme and `Host` the request came to) — browsers send
 * cookies with cross-site WebSocket handshakes, so without this check any site could read a signed-in
 * user's channels; the session cookie must name a valid session. The actor's client address is found as
 * for any request (behind a trusted proxy, from `X-Forwarded-For`). Throws the `AppError` to answer otherwise.
 */
export async function grantUpgrade(
  request: IncomingMessage,
  auth: Pick<AuthService, 'authenticate'>,
  rules: UpgradeRules,
): Promise<SocketGrant> {
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  if (path !== REALTIME_PATH) throw new AppError('route_not_found');
  if (request.method !== 'GET') throw new AppError('method_not_allowed');
  // Unlike an API call, a handshake without `Origin` is refused: every browser sends one.
  if (!sameOrigin(request.headers.origin, requestOrigin(request), rules.publicUrl))
    throw new AppError('csrf_failed', 'Cross-site request refused.');
  const token = sessionTokenOf(request.headers.cookie);
  if (!token) throw new AppError('unauthenticated');
  const forwarded = request.headers['x-forwarded-for'];
  const forwardedFor = Array.isArray(forwarded) ? forwarded.join(', ') : forwarded;
  const address = clientAddress(request.socket.remoteAddress ?? null, forwardedFor, rules.trusted);
  const session = await actorOfSession(auth, token, address);
  if (!session) throw new AppError('session_expired');
  return { actor: session.actor, token };
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
