import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequest, SessionInfo, type SessionInfo as SessionInfoType } from '@inddrag/contracts';
import type { Actor } from '../../lib/context';
import { clearSessionCookie, setSessionCookie, UnauthenticatedError, type AuthPluginOptions } from '../../plugins/auth';
import { toCurrentUser } from './service';

export interface AuthRouteOptions {
  cookie: AuthPluginOptions;
  idleTimeoutMs: number;
  loginAttemptsPerIpPerMinute: number;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, options) => {
  const sessionInfo = (actor: Actor, csrfToken: string, expiresAt: Date): SessionInfoType => ({
    user: toCurrentUser(actor),
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    idleTimeoutSeconds: Math.floor(options.idleTimeoutMs / 1000),
  });

  app.post(
    '/auth/login',
    {
      config: {
        access: 'auth.login',
        rateLimit: { max: options.loginAttemptsPerIpPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password',
        body: LoginRequest,
        response: { 200: SessionInfo },
      },
    },
    async (request, reply) => {
      const { token, session, actor } = await app.services.auth.login(
        request.anonymousContext(),
        request.body,
        request.headers['user-agent'],
      );
      setSessionCookie(reply, token, options.cookie);
      return sessionInfo(actor, session.csrfToken, session.expiresAt);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'auth.session' },
      schema: { tags: ['auth'], summary: 'Log out everywhere', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const ctx = request.context();
      await app.services.auth.logout(ctx, request.authSession?.id ?? '');
      clearSessionCookie(reply, options.cookie);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'auth.session' },
      schema: { tags: ['auth'], summary: 'The logged-in user', response: { 200: SessionInfo } },
    },
    async (request) => {
      const session = request.authSession;
      if (!request.actor || !session) throw new UnauthenticatedError();
      return sessionInfo(request.actor, session.csrfToken, session.expiresAt);
    },
  );
};
