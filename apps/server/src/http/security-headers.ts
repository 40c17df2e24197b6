import type { MiddlewareHandler } from 'hono';

/**
 * What the web app may load: only its own files and the API. MapLibre runs its workers from `blob:` URLs and
 * draws images from `data:` and `blob:` URLs; `connect-src 'self'` also admits the same-origin WebSocket
 * (`/api/realtime`). Styles are set through the DOM's style properties (React, MapLibre), which a policy
 * without `'unsafe-inline'` allows, and the stylesheets are files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  'child-src blob:',
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers of every answer: no sniffing, no framing, no referrer to other sites, the content policy, and HSTS
 * when the platform is public over https. API answers hold sensitive data (JSON, CSV, GeoJSON, PDF), so no
 * cache keeps them unless the route set its own caching (the public basemap).
 */
export function securityHeaders(publicUrl: string | null): MiddlewareHandler {
  const https = publicUrl?.startsWith('https://') ?? false;
  return async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    c.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (https) c.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if ((c.req.path === '/api' || c.req.path.startsWith('/api/')) && !c.res.headers.has('cache-control')) {
      c.header('cache-control', 'no-store');
    }
  };
}
