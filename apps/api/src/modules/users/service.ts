import type {
  CreateUserRequest,
  DirectoryEntry,
  FieldChange,
  UpdateUserRequest,
  UserSummary,
} from '@inddrag/contracts';
import { hashPassword, type Prisma, type PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { ConflictError, DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit, diffFields } from '../audit/service';

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  createdAt: true,
  version: true,
  unitId: true,
  unit: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    unit: row.unit,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** Roles that work inside a unit must have one; an external samordner or an admin may have none. */
const ROLES_NEEDING_A_UNIT = new Set(['LEADER', 'CASEWORKER', 'EXECUTOR', 'PPR']);

type Tx = Prisma.TransactionClient;

async function assertUnitFits(tx: Tx, ctx: RequestContext, role: string, unitId: string | null) {
  if (ROLES_NEEDING_A_UNIT.has(role) && !unitId) {
    throw new DomainValidationError('Rollen kræver en enhed.', [
      { path: 'body.unitId', message: 'Vælg brugerens enhed' },
    ]);
  }
  if (!unitId) return;
  const unit = await tx.unit.findFirst({ where: { id: unitId, municipalityId: ctx.actor.municipalityId } });
  if (!unit)
    throw new DomainValidationError('Enheden findes ikke.', [
      { path: 'body.unitId', message: 'Vælg en enhed i kommunen' },
    ]);
  if (role === 'CASEWORKER' && unit.kind !== 'MYNDIGHED') {
    throw new DomainValidationError('En myndighedsrådgiver hører til Myndighed.', [
      { path: 'body.unitId', message: 'Vælg en myndighedsenhed' },
    ]);
  }
  if (role === 'EXECUTOR' && unit.kind !== 'FAMILIECENTER' && unit.kind !== 'UNGECENTER') {
    throw new DomainValidationError('En udfører hører til FamilieCentret eller UngeCentret.', [
      { path: 'body.unitId', message: 'Vælg FamilieCentret eller UngeCentret' },
    ]);
  }
}

export function createUserService(prisma: PrismaClient) {
  /**
   * One versioned change of a user: 409 on a stale version; the write, its side effects and its
   * audit record commit together.
   */
  async function changeVersioned(
    ctx: RequestContext,
    userId: string,
    version: number,
    plan: (
      tx: Tx,
      before: UserRow,
    ) => Promise<{ data: Prisma.UserUpdateManyMutationInput; changes: FieldChange[]; also?: () => Promise<unknown> }>,
  ): Promise<UserSummary> {
    return prisma.$transaction(async (tx) => {
      const before = await tx.user.findFirst({
        where: { id: userId, municipalityId: ctx.actor.municipalityId },
        select: userSelect,
      });
      if (!before) throw new NotFoundError('Brugeren findes ikke.');
      if (before.version !== version) throw new ConflictError();
      const { data, changes, also } = await plan(tx, before);
      const updated = await tx.user.updateMany({
        where: { id: userId, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError();
      await also?.();
      await appendAudit(tx, ctx, { action: 'UPDATE', entityType: 'User', entityId: userId, details: { changes } });
      return toSummary(await tx.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect }));
    });
  }

  return {
    async list(ctx: RequestContext): Promise<UserSummary[]> {
      const rows = await prisma.user.findMany({
        where: { municipalityId: ctx.actor.municipalityId },
        select: userSelect,
        orderBy: { name: 'asc' },
      });
      return rows.map(toSummary);
    },

    /** Active colleagues with name, role and unit, for picking a case team; no e-mail or status. */
    async directory(ctx: RequestContext): Promise<DirectoryEntry[]> {
      return prisma.user.findMany({
        where: { municipalityId: ctx.actor.municipalityId, active: true },
        select: { id: true, name: true, role: true, unit: { select: { id: true, name: true, kind: true } } },
        orderBy: { name: 'asc' },
      });
    },

    async create(ctx: RequestContext, request: CreateUserRequest): Promise<UserSummary> {
      const passwordHash = await hashPassword(request.password);
      return prisma.$transaction(async (tx) => {
        await assertUnitFits(tx, ctx, request.role, request.unitId);
        if (await tx.user.findUnique({ where: { email: request.email } })) {
          throw new DomainValidationError('E-mailadressen er allerede i brug.', [
            { path: 'body.email', message: 'E-mailadressen er allerede i brug' },
          ]);
        }
        const row = await tx.user.create({
          data: {
            municipalityId: ctx.actor.municipalityId,
            name: request.name,
            email: request.email,
            role: request.role,
            unitId: request.unitId,
            passwordHash,
          },
          select: userSelect,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'User',
          entityId: row.id,
          details: {
            changes: diffFields({}, { name: row.name, email: row.email, role: row.role, unitId: row.unitId }),
          },
        });
        return toSummary(row);
      });
    },

    async update(ctx: RequestContext, userId: string, request: UpdateUserRequest): Promise<UserSummary> {
      const { version, ...changes } = request;
      return changeVersioned(ctx, userId, version, async (tx, before) => {
        await assertUnitFits(tx, ctx, changes.role, changes.unitId);
        return { data: changes, changes: diffFields(before, changes) };
      });
    },

    /** Deactivating someone ends all their sessions at once. */
    async setActive(ctx: RequestContext, userId: string, active: boolean, version: number): Promise<UserSummary> {
      if (userId === ctx.actor.userId && !active) {
        throw new DomainValidationError('Du kan ikke deaktivere dig selv.', [
          { path: 'params.userId', message: 'Du kan ikke deaktivere dig selv' },
        ]);
      }
      return changeVersioned(ctx, userId, version, async (tx, before) => ({
        data: { active },
        changes: diffFields(before, { active }),
        also: () =>
          active
            ? Promise.resolve()
            : tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: ctx.now } }),
      }));
    },

    /** A new password from the admin; the user's sessions end and any lockout is lifted. */
    async resetPassword(ctx: RequestContext, userId: string, password: string, version: number): Promise<UserSummary> {
      const passwordHash = await hashPassword(password);
      return changeVersioned(ctx, userId, version, async (tx, before) => ({
        data: { passwordHash },
        changes: [{ field: 'password', from: '***', to: '***' }],
        also: async () => {
          await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: ctx.now } });
          await tx.loginThrottle.deleteMany({ where: { email: before.email } });
        },
      }));
    },

    async units(ctx: RequestContext) {
      return prisma.unit.findMany({
        where: { municipalityId: ctx.actor.municipalityId },
        select: { id: true, name: true, kind: true },
        orderBy: { name: 'asc' },
      });
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
