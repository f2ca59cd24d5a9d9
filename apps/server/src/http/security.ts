import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError, decideAccess } from '@avain/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../modules/auth/service.ts';

export const SESSION_COOKIE = 'avain_session';
export const CSRF_COOKIE = 'avain_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies,
    maxAge: app.config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(app: FastifyInstance, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.secureCookies });
}

/**
 * The CSRF token is a random value in a cookie that scripts of our own origin can read and must
 * echo in a header (double submit). Another site can make the browser send the cookie, but cannot
 * read it to put it in the header.
 */
export function ensureCsrfToken(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{32,}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(CSRF_COOKIE, token, { path: '/', httpOnly: false, sameSite: 'strict', secure: app.config.secureCookies });
  return token;
}

function csrfValid(request: FastifyRequest): boolean {
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || cookie.length !== header.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}

/**
 * Loads the session, then enforces the route's access declaration and CSRF protection before any
 * handler or validation runs. A route that forgot to declare access is refused, never opened.
 */
export function registerSecurityHooks(app: FastifyInstance) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      request.user = await resolveSession(app.db, app.config, token, app.sessionCache);
    }
    if (!request.routeOptions.url) return; // no route: the not-found handler answers
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      throw new AppError('forbidden', 'This route has no access declaration and is closed.');
    }
    const decision = decideAccess(access, request.user?.role ?? null);
    if (decision === 'unauthenticated') throw new AppError('unauthenticated', 'Log in to use this resource.');
    if (decision === 'forbidden') throw new AppError('forbidden', 'Your role does not allow this.');
    if (!SAFE_METHODS.has(request.method) && !csrfValid(request)) {
      throw new AppError('csrf', `Send the token from GET /api/session in the ${CSRF_HEADER} header.`);
    }
  });
}
