import {
  ProblemType,
  type CreateNetworkMapRequest,
  type MapComparison,
  type MapVersion,
  type MapVersionList,
  type MapVersionMeta,
  type NetworkMapDetail,
  type NetworkMapDocument,
  type NetworkMapList,
  type NetworkMapSummary,
  type SaveNetworkMapRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { mayOnCase, type CaseReach } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { ageOn, copenhagenToday, toIsoDate } from '../../lib/dates';
import { AppError, DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { contactStatusOf } from './contact-rules';
import { diffDocuments, documentCounts, rebaseDocument, withoutContactDetails } from './document';
import { entrySelect, readDocument, sortPersons, toMapPerson, writeDocument } from './store';
import { validateDocument } from './validate';

type Tx = Prisma.TransactionClient;

/** Contact details are for the case team only (and a user with emergency access), not a unit leader reading along. */
const seesContactDetails = (reach: CaseReach) => reach.teamRole !== null || reach.emergency;

const userRef = { select: { id: true, name: true } } as const;
const unitRef = { select: { id: true, name: true, kind: true } } as const;

const summarySelect = {
  id: true,
  caseId: true,
  perspective: true,
  perspectiveOf: true,
  version: true,
  updatedAt: true,
  createdBy: userRef,
  createdUnit: unitRef,
  _count: { select: { entries: true } },
} satisfies Prisma.NetworkMapSelect;

type SummaryRow = Prisma.NetworkMapGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): NetworkMapSummary {
  const { _count, updatedAt, ...rest } = row;
  return { ...rest, personCount: _count.entries, updatedAt: updatedAt.toISOString() };
}

const versionMetaSelect = {
  number: true,
  occasion: true,
  occasionNote: true,
  author: userRef,
  unit: unitRef,
  createdAt: true,
  personCount: true,
  privateCount: true,
  agreementCount: true,
  referrals: { select: { referral: { select: { id: true, sentAt: true, toUnit: unitRef } } } },
} satisfies Prisma.NetworkMapVersionSelect;

type VersionMetaRow = Prisma.NetworkMapVersionGetPayload<{ select: typeof versionMetaSelect }>;

function toVersionMeta(row: VersionMetaRow): MapVersionMeta {
  const { referrals, createdAt, ...rest } = row;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    sentWith: referrals.map(({ referral }) => ({
      referralId: referral.id,
      toUnit: referral.toUnit,
      sentAt: referral.sentAt.toISOString(),
    })),
  };
}

/** A 409 whose body carries what the user needs to re-apply their change (MapSaveConflict). */
class MapConflictError extends AppError {
  constructor(conflict: unknown) {
    super(
      409,
      ProblemType.conflict,
      'Konflikt',
      'Netværkskortet er gemt af en anden, siden du hentede det. Se hvad der er ændret, og gem dine ændringer igen.',
      undefined,
      { conflict },
    );
  }
}

/** Thrown inside the save's transaction to roll it back when the save turns out to be stale. */
class StaleSave extends Error {}

export function createNetworkMapService(prisma: PrismaClient, access: AccessService) {
  async function mapOfCase(db: Tx | PrismaClient, caseId: string, mapId: string) {
    const map = await db.networkMap.findFirst({ where: { id: mapId, caseId }, select: { id: true, version: true } });
    if (!map) throw new NotFoundError('Netværkskortet findes ikke på sagen.');
    return map;
  }

  async function reachOf(ctx: RequestContext, caseId: string): Promise<CaseReach> {
    return access.caseReach(ctx.actor, caseId, ctx.now);
  }

  /** The map as its reader gets it; contact details only for the case team. */
  async function detail(db: Tx | PrismaClient, ctx: RequestContext, caseId: string, mapId: string, reach: CaseReach): Promise<NetworkMapDetail> {
    const seeContactDetails = seesContactDetails(reach);
    const map = await db.networkMap.findFirst({
      // One query per table here: joined in the database, 150 persons with their agreements and
      // consents as nested JSON took twice as long (docs/benchmarks.md, the network map).
      relationLoadStrategy: 'query',
      where: { id: mapId, caseId },
      select: {
        ...summarySelect,
        case: { select: { childFirstName: true, childDateOfBirth: true, honourConflictSuspected: true, honourRiskAssessedOn: true } },
        entries: {
          select: {
            ...entrySelect,
            person: {
              select: {
                ...entrySelect.person.select,
                consents: {
                  select: {
                    id: true,
                    personId: true,
                    givenBy: true,
                    scope: true,
                    givenOn: true,
                    withdrawnOn: true,
                    withdrawnReason: true,
                    recordedBy: userRef,
                    createdAt: true,
                    version: true,
                  },
                  orderBy: { createdAt: 'asc' },
                },
              },
            },
          },
        },
        ties: { select: { id: true, fromId: true, toId: true, quality: true }, orderBy: { id: 'asc' } },
        versions: {
          select: { occasion: true, author: userRef, unit: unitRef, createdAt: true },
          orderBy: { number: 'desc' },
          take: 1,
        },
      },
    });
    if (!map) throw new NotFoundError('Netværkskortet findes ikke på sagen.');
    const today = copenhagenToday(ctx.now);
    const last = map.versions[0]!;
    const persons = sortPersons(
      map.entries.map((entry) => {
        const person = toMapPerson(entry);
        return {
          ...person,
          ...(seeContactDetails ? {} : { phone: null, email: null, address: null }),
          consents: entry.person.consents.map((consent) => ({
            ...consent,
            givenOn: toIsoDate(consent.givenOn),
            withdrawnOn: consent.withdrawnOn ? toIsoDate(consent.withdrawnOn) : null,
            createdAt: consent.createdAt.toISOString(),
          })),
          contact: contactStatusOf(entry.person, map.case, today),
        };
      }),
    );
    return {
      ...toSummary(map),
      child: { firstName: map.case.childFirstName, age: ageOn(toIsoDate(map.case.childDateOfBirth), today) },
      persons,
      ties: map.ties,
      lastSaved: { occasion: last.occasion, author: last.author, unit: last.unit, createdAt: last.createdAt.toISOString() },
      can: {
        edit: mayOnCase(ctx.actor, 'networkMap.edit', reach),
        manageConsent: mayOnCase(ctx.actor, 'networkMap.manageConsent', reach),
        seeContactDetails,
      },
    };
  }

  async function versionDocument(db: Tx | PrismaClient, mapId: string, number: number): Promise<NetworkMapDocument | null> {
    const row = await db.networkMapVersion.findUnique({ where: { mapId_number: { mapId, number } }, select: { snapshot: true } });
    return row ? (row.snapshot as unknown as NetworkMapDocument) : null;
  }

  async function addVersion(
    tx: Tx,
    ctx: RequestContext,
    args: {
      mapId: string;
      number: number;
      occasion: SaveNetworkMapRequest['occasion'];
      occasionNote: string | null;
      document: NetworkMapDocument;
      meetingId?: string | null;
    },
  ) {
    await tx.networkMapVersion.create({
      data: {
        mapId: args.mapId,
        number: args.number,
        occasion: args.occasion,
        occasionNote: args.occasionNote,
        authorId: ctx.actor.userId,
        unitId: ctx.actor.unitId!,
        createdAt: ctx.now,
        snapshot: args.document as unknown as Prisma.InputJsonValue,
        ...documentCounts(args.document),
        meetingId: args.meetingId ?? null,
      },
    });
  }

  /** Everything the user needs after a stale save: the current map, the others' changes, theirs + mine merged. */
  async function conflictOf(ctx: RequestContext, caseId: string, mapId: string, request: SaveNetworkMapRequest, reach: CaseReach) {
    const current = await detail(prisma, ctx, caseId, mapId, reach);
    const currentDocument = await readDocument(prisma, mapId);
    const base = (await versionDocument(prisma, mapId, request.baseVersion)) ?? currentDocument;
    const { rebased, clashes } = rebaseDocument(base, request.document, currentDocument);
    const strip = !current.can.seeContactDetails;
    return {
      current,
      theirChanges: diffDocuments(strip ? withoutContactDetails(base) : base, strip ? withoutContactDetails(currentDocument) : currentDocument),
      rebased: strip ? withoutContactDetails(rebased) : rebased,
      clashes,
    };
  }

  return {
    async list(ctx: RequestContext, caseId: string): Promise<NetworkMapList> {
      const rows = await prisma.networkMap.findMany({ where: { caseId }, select: summarySelect, orderBy: { createdAt: 'asc' } });
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'NetworkMap', caseId, details: { count: rows.length } });
      return { items: rows.map(toSummary) };
    },

    async get(ctx: RequestContext, caseId: string, mapId: string): Promise<NetworkMapDetail> {
      const result = await detail(prisma, ctx, caseId, mapId, await reachOf(ctx, caseId));
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'NetworkMap', entityId: mapId, caseId });
      return result;
    },

    /** A new map (version 1): empty, or with another map's persons, places and lines. */
    async create(ctx: RequestContext, caseId: string, request: CreateNetworkMapRequest): Promise<NetworkMapDetail> {
      const mapId = await prisma.$transaction(async (tx) => {
        let document: NetworkMapDocument = { persons: [], ties: [] };
        if (request.copyFromMapId) {
          await mapOfCase(tx, caseId, request.copyFromMapId);
          const source = await readDocument(tx, request.copyFromMapId);
          document = { persons: source.persons, ties: source.ties.map((tie) => ({ ...tie, id: crypto.randomUUID() })) };
        }
        const map = await tx.networkMap.create({
          data: {
            caseId,
            perspective: request.perspective,
            perspectiveOf: request.perspectiveOf,
            createdById: ctx.actor.userId,
            createdUnitId: ctx.actor.unitId!,
            createdAt: ctx.now,
            updatedAt: ctx.now,
            version: 1,
          },
          select: { id: true },
        });
        if (document.persons.length) {
          await tx.networkMapEntry.createMany({
            data: document.persons.map((person) => ({ mapId: map.id, personId: person.id, ...person.placement })),
          });
        }
        if (document.ties.length) await tx.networkTie.createMany({ data: document.ties.map((tie) => ({ ...tie, mapId: map.id })) });
        await addVersion(tx, ctx, { mapId: map.id, number: 1, occasion: request.occasion, occasionNote: null, document });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'NetworkMap',
          entityId: map.id,
          caseId,
          details: {
            changes: [
              { field: 'perspective', from: null, to: request.perspective },
              { field: 'copyFromMapId', from: null, to: request.copyFromMapId ?? null },
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'networkMap.created',
          entityType: 'NetworkMap',
          entityId: map.id,
          data: { perspective: request.perspective, perspectiveOf: request.perspectiveOf, occasion: request.occasion },
        });
        return map.id;
      });
      return detail(prisma, ctx, caseId, mapId, await reachOf(ctx, caseId));
    },

    /**
     * Saves the document as the map's next version. A save based on an older version than the
     * map's, or naming a person someone changed meanwhile (through another map), is refused with
     * 409 and what the user needs to re-apply their change.
     */
    async save(ctx: RequestContext, caseId: string, mapId: string, request: SaveNetworkMapRequest): Promise<NetworkMapDetail> {
      validateDocument(request.document);
      if (request.meetingId) await assertMeetingOfCase(prisma, caseId, request.meetingId);
      const reach = await reachOf(ctx, caseId);
      const saving = prisma.$transaction(async (tx) => {
        await mapOfCase(tx, caseId, mapId);
        // The conditional increment takes the row lock: concurrent saves of the map queue here, and
        // only the one whose base is still the latest version gets through.
        const claimed = await tx.networkMap.updateMany({
          where: { id: mapId, version: request.baseVersion },
          data: { version: { increment: 1 }, updatedAt: ctx.now },
        });
        if (claimed.count === 0) throw new StaleSave();
        const previous = await readDocument(tx, mapId);
        if (await personChangedMeanwhile(tx, request.document, previous)) throw new StaleSave();
        const incoming = keepHiddenContactDetails(request.document, previous, seesContactDetails(reach));
        const saved = await writeDocument(tx, { caseId, mapId, previous, next: incoming, authorId: ctx.actor.userId, now: ctx.now });
        const number = request.baseVersion + 1;
        await addVersion(tx, ctx, {
          mapId,
          number,
          occasion: request.occasion,
          occasionNote: request.occasionNote,
          document: saved,
          meetingId: request.meetingId,
        });
        const changes = diffDocuments(previous, saved);
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'NetworkMap',
          entityId: mapId,
          caseId,
          details: {
            version: number,
            occasion: request.occasion,
            meetingId: request.meetingId ?? null,
            // Which persons and what kind of change; the values stay in the version's snapshot.
            mapChanges: changes.map((c) => ({ kind: c.kind, personId: c.personId, field: c.field })),
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'networkMap.saved',
          entityType: 'NetworkMap',
          entityId: mapId,
          data: { version: number, occasion: request.occasion, changes: changes.length, persons: saved.persons.length },
        });
      });
      try {
        await saving;
      } catch (error) {
        if (error instanceof StaleSave) throw new MapConflictError(await conflictOf(ctx, caseId, mapId, request, reach));
        throw error;
      }
      return detail(prisma, ctx, caseId, mapId, reach);
    },

    async versions(ctx: RequestContext, caseId: string, mapId: string): Promise<MapVersionList> {
      await mapOfCase(prisma, caseId, mapId);
      const rows = await prisma.networkMapVersion.findMany({ where: { mapId }, select: versionMetaSelect, orderBy: { number: 'desc' } });
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'NetworkMapVersion', caseId, details: { mapId, count: rows.length } });
      return { items: rows.map(toVersionMeta) };
    },

    async version(ctx: RequestContext, caseId: string, mapId: string, number: number): Promise<MapVersion> {
      const result = await readVersion(ctx, caseId, mapId, number);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'NetworkMapVersion', caseId, details: { mapId, number } });
      return result;
    },

    async compare(ctx: RequestContext, caseId: string, mapId: string, from: number, to: number): Promise<MapComparison> {
      const [older, newer] = await Promise.all([readVersion(ctx, caseId, mapId, from), readVersion(ctx, caseId, mapId, to)]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'NetworkMapVersion', caseId, details: { mapId, compare: [from, to] } });
      return { from: older, to: newer, changes: diffDocuments(older.document, newer.document) };
    },
  };

  async function readVersion(ctx: RequestContext, caseId: string, mapId: string, number: number): Promise<MapVersion> {
    await mapOfCase(prisma, caseId, mapId);
    const row = await prisma.networkMapVersion.findUnique({
      where: { mapId_number: { mapId, number } },
      select: { ...versionMetaSelect, snapshot: true },
    });
    if (!row) throw new NotFoundError(`Version ${number} af netværkskortet findes ikke.`);
    const { snapshot, ...meta } = row;
    const document = snapshot as unknown as NetworkMapDocument;
    const seeContactDetails = seesContactDetails(await reachOf(ctx, caseId));
    return { ...toVersionMeta(meta), document: seeContactDetails ? document : withoutContactDetails(document) };
  }
}

/** A version made at a (follow-up) meeting names a meeting of the same case. */
async function assertMeetingOfCase(prisma: PrismaClient, caseId: string, meetingId: string): Promise<void> {
  const found = await prisma.meeting.count({ where: { id: meetingId, caseId } });
  if (found === 0) {
    throw new DomainValidationError('Netværkskortet kan ikke gemmes.', [
      { path: 'body.meetingId', message: 'Mødet hører ikke til sagen' },
    ]);
  }
}

/** True when a person the save names was changed since the version the user read (e.g. via another map). */
async function personChangedMeanwhile(tx: Tx, document: NetworkMapDocument, previous: NetworkMapDocument): Promise<boolean> {
  const onMap = new Map(previous.persons.map((person) => [person.id, person.version]));
  const named = document.persons.filter((person) => person.version > 0);
  if (named.length === 0) return false;
  const rows = await tx.networkPerson.findMany({ where: { id: { in: named.map((p) => p.id) } }, select: { id: true, version: true } });
  const current = new Map(rows.map((row) => [row.id, row.version]));
  return named.some((person) => (current.get(person.id) ?? onMap.get(person.id)) !== person.version);
}

/** A reader who may not see contact details sends them back blank: keep what is stored. */
function keepHiddenContactDetails(document: NetworkMapDocument, previous: NetworkMapDocument, seesThem: boolean): NetworkMapDocument {
  if (seesThem) return document;
  const stored = new Map(previous.persons.map((person) => [person.id, person]));
  return {
    ...document,
    persons: document.persons.map((person) => {
      const old = stored.get(person.id);
      return { ...person, phone: old?.phone ?? null, email: old?.email ?? null, address: old?.address ?? null };
    }),
  };
}

export type NetworkMapService = ReturnType<typeof createNetworkMapService>;
