import { AppError } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, ensureCsrfToken, setSessionCookie } from '../../http/security.ts';
import * as repo from './repo.ts';
import { loginBody, loginResponse, oidcCallbackQuery, oidcLoginQuery, sessionResponse } from './schema.ts';
import { loginWithOidc, loginWithPassword, logout } from './service.ts';
import { beginOidcLogin, completeOidcLogin } from './oidc.ts';

const OIDC_LOGIN_TTL_MS = 10 * 60_000;

/** Only a path on this site: never an absolute URL, which would make us an open redirector. */
const safeReturnPath = (next: string | undefined) =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const meta = (request: { ip: string; id: string }) => ({ ip: request.ip, requestId: request.id });

  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'The current user (or null), the CSRF token for state-changing requests, and login options',
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => ({
      user: request.user,
      csrfToken: ensureCsrfToken(app, request, reply),
      oidcEnabled: app.config.oidc !== undefined,
    }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with a local username and password',
        body: loginBody,
        response: { 200: loginResponse },
      },
    },
    async (request, reply) => {
      const { user, token } = await loginWithPassword(app.db, app.config, request.body, meta(request));
      setSessionCookie(app, reply, token);
      return { user };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.sessionToken) await logout(app.db, request.sessionToken, request.user, meta(request), app.sessionCache);
      clearSessionCookie(app, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/oidc/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Start an OpenID Connect login: redirects to the identity provider',
        querystring: oidcLoginQuery,
      },
    },
    async (request, reply) => {
      const oidc = app.config.oidc;
      if (!oidc) throw new AppError('not_found', 'OpenID Connect login is not configured on this server.');
      const pending = await beginOidcLogin(oidc);
      await repo.insertOidcLogin(app.db, {
        state: pending.state,
        nonce: pending.nonce,
        codeVerifier: pending.codeVerifier,
        returnTo: safeReturnPath(request.query.next),
      });
      return reply.redirect(pending.url, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Where the identity provider returns the user after an OpenID Connect login',
        querystring: oidcCallbackQuery,
      },
    },
    async (request, reply) => {
      const oidc = app.config.oidc;
      if (!oidc) throw new AppError('not_found', 'OpenID Connect login is not configured on this server.');
      const pending = await repo.takeOidcLogin(app.db, request.query.state, new Date(Date.now() - OIDC_LOGIN_TTL_MS));
      if (!pending) throw new AppError('unauthenticated', 'This login has expired or was already used. Start again.');
      if (request.query.error) {
        throw new AppError('unauthenticated', `The identity provider refused the login: ${request.query.error}`);
      }
      const callbackUrl = new URL(request.url, oidc.redirectUri);
      const identity = await completeOidcLogin(oidc, callbackUrl, pending);
      const { token } = await loginWithOidc(app.db, app.config, identity, meta(request));
      setSessionCookie(app, reply, token);
      return reply.redirect(pending.returnTo, 302);
    },
  );
};
