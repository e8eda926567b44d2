import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_HEADER, ProblemType } from '@inddrag/contracts';
import { grantFor } from '../access/case-scope';
import { POLICY, type Action } from '../access/policy';
import type { Actor, AnonymousContext, RequestContext } from '../lib/context';
import { AppError, NotFoundError } from '../lib/errors';
import { safeEqual } from '../modules/auth/tokens';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action this route performs; every /api route must declare one. */
    access?: Action;
  }
  interface FastifyRequest {
    actor: Actor | null;
    authSession: { id: string; csrfToken: string; expiresAt: Date } | null;
    /** For a meeting route: the case of the meeting, once access to it is checked. */
    meetingCaseId: string | null;
    /** The service layer's view of this request; throws 401 when nobody is logged in. */
    context(): RequestContext;
    anonymousContext(): AnonymousContext;
  }
}

export interface AuthPluginOptions {
  cookieName: string;
  secureCookie: boolean;
  absoluteLifetimeMs: number;
  clock: () => Date;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class UnauthenticatedError extends AppError {
  constructor() {
    super(401, ProblemType.unauthorized, 'Ikke logget ind', 'Din session er udløbet, eller du er ikke logget ind.');
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'Din rolle giver ikke adgang til dette.') {
    super(403, ProblemType.forbidden, 'Ingen adgang', detail);
  }
}

export function routeAction(request: FastifyRequest): Action | undefined {
  return request.routeOptions.config.access;
}

/**
 * The one choke point: resolves the session, refuses cross-site writes, and enforces the
 * route's declared policy action before any handler runs.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: AuthPluginOptions) => {
  await app.register(cookie);

  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api')) return;
    if (url === '/api/docs' || url.startsWith('/api/docs/'))
      route.config = { ...(route.config ?? {}), access: 'docs.read' } as typeof route.config;
    const access = (route.config as { access?: Action } | undefined)?.access;
    if (!access || !(access in POLICY)) {
      throw new Error(`Route ${String(route.method)} ${url} declares no access policy action (config.access)`);
    }
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('authSession', null);
  app.decorateRequest('meetingCaseId', null);
  app.decorateRequest('context', function (this: FastifyRequest): RequestContext {
    if (!this.actor) throw new UnauthenticatedError();
    return { actor: this.actor, requestId: this.id, clientIp: this.ip, now: options.clock() };
  });
  app.decorateRequest('anonymousContext', function (this: FastifyRequest): AnonymousContext {
    return { actor: null, requestId: this.id, clientIp: this.ip, now: options.clock() };
  });

  app.addHook('onRequest', async (request, reply) => {
    const action = routeAction(request);
    if (!action) return; // unknown route: the not-found handler answers
    const token = request.cookies[options.cookieName];
    if (token) {
      const resolved = await app.services.auth.resolve(token, options.clock());
      if (resolved) {
        request.actor = resolved.actor;
        request.authSession = {
          id: resolved.session.id,
          csrfToken: resolved.session.csrfToken,
          expiresAt: resolved.session.expiresAt,
        };
        // Public actions (logging in) need no CSRF token: a second tab may log in over a live session.
        if (!SAFE_METHODS.has(request.method) && POLICY[action].kind !== 'public') {
          const sent = request.headers[CSRF_HEADER];
          if (typeof sent !== 'string' || !safeEqual(sent, resolved.session.csrfToken)) {
            throw new AppError(
              403,
              ProblemType.csrf,
              'Ugyldig forespørgsel',
              'Siden skal genindlæses, før ændringen kan gemmes.',
            );
          }
        }
      } else {
        clearSessionCookie(reply, options);
      }
    }
    const entry = POLICY[action];
    if (entry.kind === 'public') return;
    if (!request.actor) throw new UnauthenticatedError();
    if (entry.kind === 'authenticated') return;
    if (grantFor(request.actor, action)) return;
    // A case route answers as if the case did not exist; other routes say no plainly.
    if (entry.kind === 'case' && hasCaseParam(request))
      throw new NotFoundError('Sagen findes ikke, eller du har ikke adgang til den.');
    if (entry.kind === 'meeting') throw new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
    throw new ForbiddenError();
  });

  app.addHook('preHandler', async (request) => {
    const action = routeAction(request);
    if (!action || !request.actor) return;
    const kind = POLICY[action].kind;
    const params = request.params as { caseId?: string; meetingId?: string } | undefined;
    if (kind === 'case' && params?.caseId)
      await app.services.access.assertCaseAccess(request.actor, params.caseId, action, options.clock());
    if (kind === 'meeting') {
      if (!params?.meetingId) throw new Error(`Meeting action ${action} on a route without :meetingId`);
      request.meetingCaseId = await app.services.access.assertMeetingAccess(
        request.actor,
        params.meetingId,
        action,
        options.clock(),
      );
    }
  });
});

function hasCaseParam(request: FastifyRequest): boolean {
  return request.routeOptions.url?.includes(':caseId') ?? false;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: AuthPluginOptions) {
  reply.setCookie(options.cookieName, token, {
    httpOnly: true,
    secure: options.secureCookie,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.floor(options.absoluteLifetimeMs / 1000),
  });
}

export function clearSessionCookie(
  reply: FastifyReply,
  options: Pick<AuthPluginOptions, 'cookieName' | 'secureCookie'>,
) {
  reply.clearCookie(options.cookieName, { path: '/', httpOnly: true, secure: options.secureCookie, sameSite: 'lax' });
}
