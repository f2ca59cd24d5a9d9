import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CALLBACK_DUE_HOURS, DEFAULT_DELIVERY_ATTEMPTS, DEFAULT_REFERRAL_ANSWER_HOURS } from '@avain/domain';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const envSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
  PUBLIC_URL: z.string().url().optional(),
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  SEARCH_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(256),
  LOGIN_MAX_FAILURES_PER_USER: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_SCOPES: z.string().default('openid profile email'),
  OIDC_ROLE_CLAIM: z.string().default('roles'),
  OIDC_DEFAULT_ROLE: z.string().default('resident'),
  OIDC_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  TRUST_PROXY: z.string().optional(),
  WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  GEOCODER_URL: z.string().url().optional(),
  GEOCODER_API_KEY: z.string().optional(),
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/, 'an http(s) URL template with {z}, {x} and {y}')
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  REFERRAL_ANSWER_HOURS: z.coerce.number().positive().default(DEFAULT_REFERRAL_ANSWER_HOURS),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL').optional(),
  SMTP_FROM: z.string().default('Avain <noreply@avain.invalid>'),
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().min(0).optional(),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().positive().default(DEFAULT_DELIVERY_ATTEMPTS),
  CALLBACK_DUE_HOURS: z.coerce.number().positive().default(DEFAULT_CALLBACK_DUE_HOURS),
  VIDEO_BASE_URL: z.string().url().default('https://meet.jit.si'),
  AVAIN_NOW: z.string().datetime({ offset: true }).optional(),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string;
  roleClaim: string;
  defaultRole: string;
  allowHttp: boolean;
}

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  workers: number;
  /** PostgreSQL connections per server process. */
  dbPoolSize: number;
  logLevel: string;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  /** How long a process may answer from a session it read (0: read it for every request). */
  sessionCacheSeconds: number;
  sessionMaxHours: number;
  /** Memory each server process may give to remembered catalogue matches, in MB. */
  searchCacheMb: number;
  login: { maxFailuresPerUser: number; maxFailuresPerIp: number; windowMinutes: number };
  oidc: OidcConfig | undefined;
  seedDemo: boolean;
  webDist: string;
  /** A Pelias-compatible geocoding API (Digitransit); without it addresses are found locally. */
  geocoder: { url: string; apiKey: string | undefined } | undefined;
  /** Leaflet tile URL template of the public maps ({s} subdomains, {z}/{x}/{y}). */
  mapTileUrl: string;
  /** The tile provider's required attribution, as HTML (it holds a link). */
  mapAttribution: string;
  /** `true`, or the proxies' addresses (comma-separated) whose X-Forwarded-For is believed. */
  trustProxy: boolean | string[];
  /** Hours a referral may wait for the receiving side's answer before it is flagged unanswered. */
  referralAnswerHours: number;
  /**
   * Where messages go: SMTP for e-mail and an HTTP gateway for SMS; a channel without one is
   * written to the development outbox only. `intervalSeconds` 0 stops the delivery worker.
   */
  notifications: {
    smtpUrl: string | undefined;
    from: string;
    smsGateway: { url: string; token: string | undefined } | undefined;
    intervalSeconds: number;
    maxAttempts: number;
  };
  /** Hours a call-back request may wait before it is flagged overdue. */
  callbackDueHours: number;
  /** Where video appointments meet: rooms are `<base>/avain-<secret id>` (Jitsi-style). */
  videoBaseUrl: string;
  /**
   * "Now" for the walk-in queues, whose hours decide whether numbers are given. The real time,
   * except in tests, where `AVAIN_NOW` (an ISO instant) sets the start of a clock that then runs on.
   */
  clock: () => Date;
}

/**
 * The CSP source that admits a tile URL template: its scheme and host, with a `{s}` subdomain
 * placeholder (a–c on OpenStreetMap-style servers) turned into a wildcard.
 */
export function tileCspSource(urlTemplate: string): string {
  const origin = /^https?:\/\/[^/]+/.exec(urlTemplate)?.[0] ?? urlTemplate;
  return origin.replace(/\{[^}]*\}/g, '*');
}

/** A clock that reads `start` now and runs on from there in real time. */
function clockFrom(start: string): () => Date {
  const offset = new Date(start).getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

/** Reads the configuration from the environment; a bad value stops the start with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.AVAIN_NOW && e.NODE_ENV !== 'test') throw new Error('Invalid configuration:\n  AVAIN_NOW: only for tests (NODE_ENV=test)');
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const oidc =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          redirectUri: e.OIDC_REDIRECT_URI ?? `${publicUrl}/api/auth/oidc/callback`,
          scopes: e.OIDC_SCOPES,
          roleClaim: e.OIDC_ROLE_CLAIM,
          defaultRole: e.OIDC_DEFAULT_ROLE,
          allowHttp: e.OIDC_ALLOW_HTTP === 'true',
        }
      : undefined;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl,
    workers: e.WORKERS,
    dbPoolSize: e.DB_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    searchCacheMb: e.SEARCH_CACHE_MB,
    login: {
      maxFailuresPerUser: e.LOGIN_MAX_FAILURES_PER_USER,
      maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: e.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    oidc,
    seedDemo: e.SEED_DEMO === 'true',
    webDist: e.WEB_DIST,
    geocoder: e.GEOCODER_URL ? { url: e.GEOCODER_URL, apiKey: e.GEOCODER_API_KEY } : undefined,
    mapTileUrl: e.MAP_TILE_URL,
    mapAttribution: e.MAP_ATTRIBUTION,
    trustProxy:
      e.TRUST_PROXY === undefined || e.TRUST_PROXY === 'false'
        ? false
        : e.TRUST_PROXY === 'true'
          ? true
          : e.TRUST_PROXY.split(',').map((s) => s.trim()),
    referralAnswerHours: e.REFERRAL_ANSWER_HOURS,
    notifications: {
      smtpUrl: e.SMTP_URL,
      from: e.SMTP_FROM,
      smsGateway: e.SMS_GATEWAY_URL ? { url: e.SMS_GATEWAY_URL, token: e.SMS_GATEWAY_TOKEN } : undefined,
      // Tests deliver by calling deliverDue themselves; a timer would race them.
      intervalSeconds: e.NOTIFY_INTERVAL_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 15),
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
    },
    callbackDueHours: e.CALLBACK_DUE_HOURS,
    videoBaseUrl: e.VIDEO_BASE_URL,
    clock: e.AVAIN_NOW ? clockFrom(e.AVAIN_NOW) : () => new Date(),
  };
}
