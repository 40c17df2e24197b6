import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * Whether a request's `Origin` is the site itself: scheme, host and port, so `http://` pages cannot reach
 * an `https://` site. The site is `PUBLIC_URL` when it is set, else the address the request came to
 * (`requestUrl`, its scheme and `Host`; null when it has none). The HTTP API and the realtime handshake
 * both decide with this.
 */
export function sameOrigin(origin: string | undefined, requestUrl: string | null, publicUrl: string | null): boolean {
  if (!origin) return false;
  const site = publicUrl ?? requestUrl;
  if (site === null) return false;
  let actual: string;
  let expected: string;
  try {
    actual = new URL(origin).origin;
    expected = new URL(site).origin;
  } catch {
    return false;
  }
  // "null" (sandboxed frames, files) parses to the opaque origin "null": never the site.
  return actual !== 'null' && actual === expected;
}

/**
 * The scheme and `Host` a raw Node request came to, as `@hono/node-server` makes the URL the HTTP routes
 * see: `https` only when the socket itself is TLS (behind a proxy that ends TLS, `PUBLIC_URL` names the
 * site). Null without a `Host`.
 */
export function requestOrigin(request: IncomingMessage): string | null {
  const host = request.headers.host;
  if (!host) return null;
  const tls = (request.socket as Partial<TLSSocket>).encrypted === true;
  return `${tls ? 'https' : 'http'}://${host}`;
}
