import { grantFor } from '../../access/case-scope';
import type { CurrentUser, LoginRequest } from '@inddrag/contracts';
import { ProblemType } from '@inddrag/contracts';
import { hashPassword, verifyPassword, type PrismaClient } from '@inddrag/db';
import { POLICY, type Action } from '../../access/policy';
import type { Actor, AnonymousContext, RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { newToken, tokenHash } from './tokens';

export const MAX_FAILED_LOGINS = 10;
export const LOCKOUT_MS = 15 * 60_000;
/** Only refresh lastSeenAt this often: an idle timeout of 30 minutes does not need per-request writes. */
const TOUCH_INTERVAL_MS = 30_000;

export interface SessionSettings {
  idleTimeoutMs: number;
  absoluteLifetimeMs: number;
  secret: string;
}

const userWithUnit = {
  include: { unit: true, municipality: true },
} as const;

/** A hash to verify against when no account matches, so a wrong e-mail takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

export class LoginFailedError extends AppError {
  constructor() {
    super(401, ProblemType.unauthorized, 'Login mislykkedes', 'Forkert e-mail eller adgangskode.');
  }
}

export class AccountLockedError extends AppError {
  constructor(readonly lockedUntil: Date) {
    super(
      423,
      ProblemType.locked,
      'Kontoen er midlertidigt låst',
      `For mange mislykkede forsøg. Prøv igen efter ${Math.ceil(LOCKOUT_MS / 60_000)} minutter.`,
    );
  }
}

/** The actions the user's role (and unit kind) holds a grant for, so the web shows only what the API allows. */
export function permissionsOf(actor: Pick<Actor, 'role' | 'unitKind'>): Action[] {
  return (Object.keys(POLICY) as Action[]).filter((action) => {
    const entry = POLICY[action];
    return entry.kind === 'public' || entry.kind === 'authenticated' || grantFor(actor, action) !== undefined;
  });
}

export function toCurrentUser(actor: Actor): CurrentUser {
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    unit:
      actor.unitId && actor.unitKind && actor.unitName
        ? { id: actor.unitId, name: actor.unitName, kind: actor.unitKind }
        : null,
    municipality: { id: actor.municipalityId, name: actor.municipalityName },
    permissions: permissionsOf(actor),
  };
}

type UserRow = NonNullable<Awaited<ReturnType<PrismaClient['user']['findUnique']>>> & {
  unit: { id: string; name: string; kind: Actor['unitKind'] } | null;
  municipality: { id: string; name: string };
};

/** The session and its user, unit and municipality, flat: the check every request makes. */
interface SessionRow {
  id: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string;
  userName: string;
  userEmail: string;
  userRole: Actor['role'];
  userActive: boolean;
  unitId: string | null;
  unitKind: Actor['unitKind'];
  unitName: string | null;
  municipalityId: string;
  municipalityName: string;
}

/**
 * One prepared statement rather than Prisma's nested include: every request runs it, and the ORM's
 * work around a nested result cost as much Node time as the query itself.
 */
async function findSessionByTokenHash(prisma: PrismaClient, hash: string): Promise<SessionRow | null> {
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT s.id, s."csrfToken", s."lastSeenAt", s."expiresAt", s."revokedAt",
      u.id AS "userId", u.name AS "userName", u.email AS "userEmail", u.role::text AS "userRole", u.active AS "userActive",
      u."unitId", un.kind::text AS "unitKind", un.name AS "unitName", m.id AS "municipalityId", m.name AS "municipalityName"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    JOIN "Municipality" m ON m.id = u."municipalityId"
    LEFT JOIN "Unit" un ON un.id = u."unitId"
    WHERE s."tokenHash" = CAST(${hash} AS CHAR(64))`;
  return rows[0] ?? null;
}

function toActor(user: UserRow): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    unitId: user.unit?.id ?? null,
    unitKind: user.unit?.kind ?? null,
    unitName: user.unit?.name ?? null,
    municipalityId: user.municipality.id,
    municipalityName: user.municipality.name,
  };
}

export function createAuthService(prisma: PrismaClient, settings: SessionSettings) {
  async function registerFailure(
    ctx: AnonymousContext,
    email: string,
    userId: string | null,
    reason: string,
  ): Promise<never> {
    const throttle = await prisma.$transaction(async (tx) => {
      const current = await tx.loginThrottle.upsert({
        where: { email },
        create: { email, failures: 1, lastFailureAt: ctx.now },
        update: { failures: { increment: 1 }, lastFailureAt: ctx.now },
      });
      const locked = current.failures >= MAX_FAILED_LOGINS;
      const result = locked
        ? await tx.loginThrottle.update({
            where: { email },
            data: { failures: 0, lockedUntil: new Date(ctx.now.getTime() + LOCKOUT_MS) },
          })
        : current;
      await appendAudit(tx, ctx, {
        action: 'FAILED_LOGIN',
        entityType: 'User',
        entityId: userId,
        userId,
        reason: locked ? `${reason}; konto låst` : reason,
        details: { email },
      });
      return result;
    });
    if (throttle.lockedUntil && throttle.lockedUntil > ctx.now) throw new AccountLockedError(throttle.lockedUntil);
    throw new LoginFailedError();
  }

  return {
    async login(ctx: AnonymousContext, request: LoginRequest, userAgent: string | undefined) {
      const { email, password } = request;
      const throttle = await prisma.loginThrottle.findUnique({ where: { email } });
      if (throttle?.lockedUntil && throttle.lockedUntil > ctx.now) {
        await recordAudit(prisma, ctx, {
          action: 'FAILED_LOGIN',
          entityType: 'User',
          userId: null,
          reason: 'konto låst',
          details: { email },
        });
        throw new AccountLockedError(throttle.lockedUntil);
      }
      const user = (await prisma.user.findUnique({ where: { email }, ...userWithUnit })) as UserRow | null;
      const passwordOk = user?.passwordHash
        ? await verifyPassword(user.passwordHash, password)
        : await verifyPassword(await (decoyHash ??= hashPassword('decoy-password-for-timing')), password).then(
            () => false,
          );
      if (!user || !passwordOk)
        return registerFailure(ctx, email, user?.id ?? null, 'forkert e-mail eller adgangskode');
      if (!user.active) return registerFailure(ctx, email, user.id, 'brugeren er deaktiveret');

      const token = newToken();
      const csrfToken = newToken();
      const actor = toActor(user);
      const session = await prisma.$transaction(async (tx) => {
        await tx.loginThrottle.deleteMany({ where: { email } });
        const created = await tx.session.create({
          data: {
            tokenHash: tokenHash(token, settings.secret),
            csrfToken,
            userId: user.id,
            createdAt: ctx.now,
            lastSeenAt: ctx.now,
            expiresAt: new Date(ctx.now.getTime() + settings.absoluteLifetimeMs),
            clientIp: ctx.clientIp,
            userAgent: userAgent?.slice(0, 500) ?? null,
          },
        });
        await appendAudit(tx, { ...ctx, actor }, { action: 'LOGIN', entityType: 'Session', entityId: created.id });
        return created;
      });
      return { token, session, actor };
    },

    /** The session behind a cookie token, if it is still alive; expired ones are ended on the spot. */
    async resolve(token: string, now: Date) {
      const session = await findSessionByTokenHash(prisma, tokenHash(token, settings.secret));
      if (!session || session.revokedAt) return null;
      const idleExpired = now.getTime() - session.lastSeenAt.getTime() > settings.idleTimeoutMs;
      const absoluteExpired = now >= session.expiresAt;
      if (idleExpired || absoluteExpired || !session.userActive) {
        await prisma.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: now } });
        return null;
      }
      if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
      }
      const actor: Actor = {
        userId: session.userId,
        name: session.userName,
        email: session.userEmail,
        role: session.userRole,
        unitId: session.unitId,
        unitKind: session.unitKind,
        unitName: session.unitName,
        municipalityId: session.municipalityId,
        municipalityName: session.municipalityName,
      };
      return { session, actor };
    },

    /** Logging out ends every session of the user at once, on every device. */
    async logout(ctx: RequestContext, sessionId: string) {
      await prisma.$transaction(async (tx) => {
        await tx.session.updateMany({
          where: { userId: ctx.actor.userId, revokedAt: null },
          data: { revokedAt: ctx.now },
        });
        await appendAudit(tx, ctx, { action: 'LOGOUT', entityType: 'Session', entityId: sessionId });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
