import type { SessionCache } from '../modules/auth/session-cache.ts';
import type { Access } from '@avain/domain';
import type { SessionUser } from '../modules/auth/service.ts';
import type { Config } from '../config.ts';
import type { RegisteredRoute } from './access.ts';
import type { Database, Db } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every route must declare it; see http/access.ts. */
    access?: Access;
    /** The route reads or writes client data: it must ask the client-data gate (clients/gate.ts). */
    clientData?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
    /** How many client-data access decisions this request has made. */
    clientAccessChecks: number;
  }
  interface FastifyInstance {
    db: Db;
    database: Database;
    config: Config;
    /** Every route with its access declaration, as registered (checked by a test). */
    routeRegistry: RegisteredRoute[];
    /** Sessions read in the last seconds, dropped everywhere on logout (see SessionCache). */
    sessionCache: SessionCache;
  }
}

export {};
