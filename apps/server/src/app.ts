import { SessionCache } from './modules/auth/session-cache.ts';
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import { AppError } from '@avain/domain';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tileCspSource, type Config } from './config.ts';
import type { Database } from './db/client.ts';
import './http/context.ts';
import type { RegisteredRoute } from './http/access.ts';
import { registerOpenApi } from './http/openapi.ts';
import { notFound, registerProblemHandlers, sendProblem } from './http/problem.ts';
import { guardClientDataRoutes } from './http/client-data.ts';
import { registerSecurityHooks } from './http/security.ts';
import { isAppPath, registerWebApp } from './http/web.ts';
import { areasModule } from './modules/areas/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { authModule } from './modules/auth/index.ts';
import { catalogModule } from './modules/catalog/index.ts';
import { clientsModule } from './modules/clients/index.ts';
import { assessmentModule } from './modules/assessment/index.ts';
import { plansModule } from './modules/plans/index.ts';
import { referralsModule } from './modules/referrals/index.ts';
import { tasksModule } from './modules/tasks/index.ts';
import { bookingModule } from './modules/booking/index.ts';
import { messagingModule } from './modules/messaging/index.ts';
import { notificationsModule } from './modules/notifications/index.ts';

/** Never let these reach a log line: session tokens, CSRF tokens, passwords, identity codes. */
export const LOG_REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.personalIdentityCode',
  '*.hetu',
];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Pino options or false; tests pass false to keep output readable. */
  logger?: boolean | object;
}

/** Builds the whole API. Plugin order: infrastructure (db, security, errors) → docs → modules → web. */
export async function buildApp({ config, database, logger }: BuildOptions): Promise<FastifyInstance> {
  const options: FastifyServerOptions = {
    logger: logger ?? { level: config.logLevel, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  };
  const app = Fastify(options);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeRegistry: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // Read lazily: plugin scopes may complete the declaration in their own onRoute hooks.
    for (const method of methods) {
      routeRegistry.push({
        method,
        url: route.url,
        get access() {
          return route.config?.access;
        },
        get clientData() {
          return route.config?.clientData === true;
        },
      });
    }
  });

  app.decorate('routeRegistry', routeRegistry);
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('db', database.db);
  const sessionCache = new SessionCache(config.sessionCacheSeconds * 1000);
  app.decorate('sessionCache', sessionCache);
  if (config.sessionCacheSeconds > 0) {
    const sessionEvents = await sessionCache.listen(database, (message) => app.log.warn(message));
    app.addHook('onClose', () => sessionEvents.close());
  }
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await app.register(formbody);
  // Helmet's headers, worked out once: the Fastify plugin builds them anew for every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // styled-components (behind the Suomi.fi components) injects style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:', tileCspSource(config.mapTileUrl)],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    hsts: config.env === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  registerProblemHandlers(app);
  registerSecurityHooks(app);
  guardClientDataRoutes(app);
  await registerOpenApi(app);

  app.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['ops'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      config: { access: 'public' },
      schema: { tags: ['ops'], summary: 'Readiness: the database answers', response: { 200: z.object({ status: z.literal('ready'), database: z.string() }) } },
    },
    async () => {
      try {
        await database.db.execute(sql`select 1`);
      } catch {
        throw new AppError('unavailable', 'The database does not answer.');
      }
      return { status: 'ready' as const, database: database.kind };
    },
  );

  await app.register(authModule);
  await app.register(auditModule);
  await app.register(areasModule);
  await app.register(catalogModule);
  await app.register(clientsModule);
  await app.register(assessmentModule);
  await app.register(plansModule);
  await app.register(referralsModule);
  await app.register(tasksModule);
  await app.register(notificationsModule);
  await app.register(bookingModule);
  await app.register(messagingModule);

  const { indexHtml } = await registerWebApp(app);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (indexHtml && request.method === 'GET' && isAppPath(path)) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    }
    return sendProblem(request, reply, notFound(request));
  });

  return app;
}
