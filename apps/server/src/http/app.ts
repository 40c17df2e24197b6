import { MAX_ATTACHMENT_BYTES, MAX_PHOTO_BYTES, type Health } from '@pactesur/contracts';
import { isDocumentUpload, isPhotoUpload } from './photo-http.ts';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../config.ts';
import { AppError } from '../errors/app-error.ts';
import type { JobSystem } from '../jobs/index.ts';
import type { Logger } from '../logger.ts';
import { moduleMounts, mountModules } from '../modules/index.ts';
import type { Realtime } from '../realtime/realtime.ts';
import { createBasemapAssets } from '../basemap/index.ts';
import { auditRoutes } from '../routes/audit.ts';
import { basemapRoutes } from '../routes/basemap.ts';
import { authRoutes } from '../routes/auth.ts';
import { extractRoutes } from '../routes/extracts.ts';
import { siteRoutes } from '../routes/sites.ts';
import { siteThreatRoutes, threatRoutes } from '../routes/threat-analyses.ts';
import { crowdRoutes, siteCrowdRoutes } from '../routes/crowd-simulations.ts';
import { protectionRoutes, siteProtectionRoutes } from '../routes/protection-plans.ts';
import { healthRoutes } from '../routes/health.ts';
import { homeRoutes } from '../routes/home.ts';
import { invitationRoutes } from '../routes/invitations.ts';
import { jobRoutes } from '../routes/jobs.ts';
import { meRoutes } from '../routes/me.ts';
import { notificationRoutes } from '../routes/notifications.ts';
import { networkRoutes } from '../routes/networks.ts';
import { orgRoutes } from '../routes/orgs.ts';
import { shareRoutes } from '../routes/shares.ts';
import { webhookRoutes } from '../routes/webhooks.ts';
import type { Services } from '../services/index.ts';
import type { AppEnv } from './context.ts';
import { errorResponse } from './error-handler.ts';
import { apiNotFound } from './not-found.ts';
import { securityHeaders } from './security-headers.ts';
import { sessionMiddleware } from './session-middleware.ts';
import { staticFiles } from './static-files.ts';
import { refuseNulInUrl } from './text-guard.ts';

export const VERSION = '0.1.0';

export interface AppDeps {
  readonly config: Config;
  /** Whether the database answers, and which it is (for `GET /api/health`). */
  readonly database: { readonly kind: Health['database']['kind']; readonly health: { reachable(): Promise<boolean> } };
  readonly services: Services;
  readonly jobs: JobSystem;
  /** Live channels: the job stream follows them instead of polling. */
  readonly realtime: Pick<Realtime, 'subscribe'>;
  readonly logger: Logger;
}

/**
 * JSON bodies are small, and read whole within their limit. An extract upload (`POST /api/extracts`) may be
 * large, and a photo larger than a JSON body: neither is gathered here (`bodyLimit` holds a body sent without a length whole in memory): a
 * length announced past the limit is refused at once, and the file store stops a stream at the limit.
 */
function bodyLimits(config: Config): MiddlewareHandler<AppEnv> {
  const tooLarge = (maxSize: number) => new AppError('payload_too_large', `The body may have at most ${maxSize} bytes.`);
  const json = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: () => {
      throw tooLarge(config.bodyLimitBytes);
    },
  });
  return (c, next) => {
    const limit = c.req.method === 'POST' || c.req.method === 'PUT' ? streamedUploadLimit(c.req.path, config) : null;
    if (limit === null) return json(c, next);
    if (Number(c.req.header('content-length')) > limit) throw tooLarge(limit);
    return next();
  };
}

/** The uploads whose route reads the body itself, within its own limit: extracts, photos (`MAX_PHOTO_BYTES`) and documents. */
function streamedUploadLimit(path: string, config: Config): number | null {
  if (path === '/api/extracts') return config.uploadLimitBytes;
  if (isPhotoUpload(path)) return MAX_PHOTO_BYTES;
  if (isDocumentUpload(path)) return MAX_ATTACHMENT_BYTES;
  return null;
}

/** The HTTP application: middleware, then `/api/*` routes, the modules' routes outside `/api` (Open311), then the web app. */
export function createHttpApp({ config, database, services, jobs, realtime, logger }: AppDeps): Hono<AppEnv> {
  const cookies = { secureCookies: config.secureCookies, sessionTtlHours: config.sessionTtlHours };
  const api = new Hono<AppEnv>()
    .use(bodyLimits(config))
    .use(refuseNulInUrl)
    .use(sessionMiddleware(services.auth, { secureCookies: config.secureCookies, trustProxy: config.trustProxy, publicUrl: config.publicUrl }))
    .route('/health', healthRoutes(database.health, { databaseKind: database.kind, jobsBackend: jobs.backend, version: VERSION }))
    .route('/basemap', basemapRoutes(createBasemapAssets()))
    .route('/auth', authRoutes(services, cookies))
    .route('/me', meRoutes(services))
    .route('/notifications', notificationRoutes(services))
    .route('/home', homeRoutes(services))
    .route('/orgs', orgRoutes(services))
    .route('/invitations', invitationRoutes(services, cookies))
    .route('/networks', networkRoutes(services))
    .route('/records', shareRoutes(services))
    .route('/extracts', extractRoutes(services, { uploadLimitBytes: config.uploadLimitBytes }))
    .route('/sites', siteRoutes(services))
    .route('/sites', siteThreatRoutes(services))
    .route('/threat-analyses', threatRoutes(services))
    .route('/sites', siteCrowdRoutes(services))
    .route('/crowd-simulations', crowdRoutes(services))
    .route('/sites', siteProtectionRoutes(services))
    .route('/protection-plans', protectionRoutes(services))
    .route('/webhooks', webhookRoutes(services))
    .route('/', auditRoutes(services))
    .route('/jobs', jobRoutes(services.jobs, realtime));
  mountModules(api, services);

  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use(securityHeaders(config.publicUrl));
  app.route('/api', api);
  app.all('/api/*', apiNotFound(app));
  // A module's routes outside `/api` (Open311) keep the body limit and the NUL guard, answer errors their own way.
  for (const mount of moduleMounts(services)) {
    const guarded = new Hono<AppEnv>().use(bodyLimits(config)).use(refuseNulInUrl).route('/', mount.routes);
    app.route(mount.path, guarded.onError((error, c) => mount.onError(error, c, logger)));
  }
  if (config.webDist) app.get('*', staticFiles(config.webDist));
  app.onError((error, c) => errorResponse(error, c, logger));
  app.notFound((c) => errorResponse(new AppError('route_not_found'), c, logger));
  return app;
}
