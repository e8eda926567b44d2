/**
 * Reading a map from its tables into the contracts' shapes, and writing a saved document back.
 * The service (service.ts) decides when; this file knows the columns.
 */
import type { MapPerson, MapTie, NetworkAgreement, NetworkMapDocument } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { fromIsoDate, toIsoDate } from '../../lib/dates';
import { RuleViolationError } from '../../lib/errors';
import { syncTaskFromAgreement } from '../action-plans/agreement-sync';

type Tx = Prisma.TransactionClient;

const agreementSelect = {
  id: true,
  what: true,
  who: true,
  startsOn: true,
  endsOn: true,
  status: true,
  meetingDecisionId: true,
  safetyPlanRuleId: true,
  actionPlanTaskId: true,
} satisfies Prisma.NetworkAgreementSelect;

export const personSelect = {
  id: true,
  name: true,
  relation: true,
  sector: true,
  isProfessional: true,
  contactFrequency: true,
  notes: true,
  doNotContact: true,
  doNotContactReason: true,
  phone: true,
  email: true,
  address: true,
  resources: true,
  contributions: true,
  willingness: true,
  conditions: true,
  supportNeeded: true,
  version: true,
  agreements: { select: agreementSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.NetworkPersonSelect;

export const entrySelect = {
  ring: true,
  position: true,
  quality: true,
  qualityView: true,
  person: { select: personSelect },
} satisfies Prisma.NetworkMapEntrySelect;

type AgreementRow = Prisma.NetworkAgreementGetPayload<{ select: typeof agreementSelect }>;
export type EntryRow = Prisma.NetworkMapEntryGetPayload<{ select: typeof entrySelect }>;

const isoOrNull = (date: Date | null) => (date ? toIsoDate(date) : null);
const dateOrNull = (iso: string | null) => (iso ? fromIsoDate(iso) : null);

function toAgreement(row: AgreementRow): NetworkAgreement {
  return { ...row, startsOn: isoOrNull(row.startsOn), endsOn: isoOrNull(row.endsOn) };
}

export function toMapPerson(entry: EntryRow): MapPerson {
  const { agreements, ...person } = entry.person;
  return {
    ...person,
    agreements: agreements.map(toAgreement),
    placement: { ring: entry.ring, position: entry.position, quality: entry.quality, qualityView: entry.qualityView },
  };
}

const collator = new Intl.Collator('da');

/** Persons in a stable order (by name), so documents and versions read the same every time. */
export function sortPersons<T extends { name: string; id: string }>(persons: T[]): T[] {
  return persons.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export async function readDocument(tx: Tx, mapId: string): Promise<NetworkMapDocument> {
  const [entries, ties] = await Promise.all([
    tx.networkMapEntry.findMany({ where: { mapId }, select: entrySelect }),
    tx.networkTie.findMany({ where: { mapId }, select: { id: true, fromId: true, toId: true, quality: true }, orderBy: { id: 'asc' } }),
  ]);
  return { persons: sortPersons(entries.map(toMapPerson)), ties };
}

/** The person's own columns (not the placement, not the agreements) as a save writes them. */
function personColumns(person: MapPerson) {
  return {
    name: person.name,
    relation: person.relation,
    sector: person.sector,
    isProfessional: person.isProfessional,
    contactFrequency: person.contactFrequency,
    notes: person.notes,
    doNotContact: person.doNotContact,
    doNotContactReason: person.doNotContact ? person.doNotContactReason : null,
    phone: person.phone,
    email: person.email,
    address: person.address,
    resources: person.resources,
    contributions: person.contributions,
    willingness: person.willingness,
    conditions: person.conditions,
    supportNeeded: person.supportNeeded,
  };
}

function agreementColumns(agreement: NetworkAgreement) {
  return {
    what: agreement.what,
    who: agreement.who,
    startsOn: dateOrNull(agreement.startsOn),
    endsOn: dateOrNull(agreement.endsOn),
    status: agreement.status,
    meetingDecisionId: agreement.meetingDecisionId,
    safetyPlanRuleId: agreement.safetyPlanRuleId,
    actionPlanTaskId: agreement.actionPlanTaskId,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes `next` over `previous` (both the map's documents): new persons are created, changed ones
 * updated (their version goes up), their agreements synced, placements and lines replaced. A person
 * taken off the map stays in the case's network (other maps, consents, agreements may name them).
 * Returns `next` with the persons' versions as they now are.
 */
export async function writeDocument(
  tx: Tx,
  args: { caseId: string; mapId: string; previous: NetworkMapDocument; next: NetworkMapDocument; authorId: string; now: Date },
): Promise<NetworkMapDocument> {
  const { caseId, mapId, previous, next, now } = args;
  const before = new Map(previous.persons.map((person) => [person.id, person]));
  const known = new Map(
    (
      await tx.networkPerson.findMany({
        where: { id: { in: next.persons.filter((p) => !before.has(p.id)).map((p) => p.id) } },
        select: { id: true, caseId: true, version: true, agreements: { select: agreementSelect } },
      })
    ).map((row) => [row.id, row]),
  );
  const persons: MapPerson[] = [];
  for (const person of next.persons) {
    const old = before.get(person.id);
    const elsewhere = known.get(person.id);
    if (elsewhere && elsewhere.caseId !== caseId) {
      throw new RuleViolationError('Personen hører til en anden sag.');
    }
    if (!old && !elsewhere) {
      await tx.networkPerson.create({
        data: { id: person.id, caseId, ...personColumns(person), createdById: args.authorId, createdAt: now, updatedAt: now },
      });
      if (person.agreements.length) {
        await tx.networkAgreement.createMany({
          data: person.agreements.map((a) => ({ id: a.id, personId: person.id, ...agreementColumns(a), createdAt: now, updatedAt: now })),
        });
      }
      persons.push({ ...person, version: 1 });
      continue;
    }
    const oldAgreements = old?.agreements ?? elsewhere!.agreements.map(toAgreement);
    const oldVersion = old?.version ?? elsewhere!.version;
    const columnsChanged = !old || !same(personColumns(old), personColumns(person));
    const agreementsChanged = !same(oldAgreements, person.agreements);
    if (!columnsChanged && !agreementsChanged) {
      persons.push({ ...person, version: oldVersion });
      continue;
    }
    if (agreementsChanged) await syncAgreements(tx, person, oldAgreements, now);
    await tx.networkPerson.update({
      where: { id: person.id },
      data: { ...personColumns(person), updatedAt: now, version: { increment: 1 } },
    });
    persons.push({ ...person, version: oldVersion + 1 });
  }

  await tx.networkTie.deleteMany({ where: { mapId } });
  await tx.networkMapEntry.deleteMany({ where: { mapId } });
  await tx.networkMapEntry.createMany({
    data: persons.map((person) => ({ mapId, personId: person.id, ...person.placement })),
  });
  if (next.ties.length) {
    await tx.networkTie.createMany({ data: next.ties.map((tie: MapTie) => ({ ...tie, mapId })) });
  }
  return { persons: sortPersons(persons), ties: [...next.ties].sort((a, b) => a.id.localeCompare(b.id)) };
}

async function syncAgreements(tx: Tx, person: MapPerson, previous: readonly NetworkAgreement[], now: Date) {
  const nextIds = new Set(person.agreements.map((a) => a.id));
  const removed = previous.filter((a) => !nextIds.has(a.id));
  const linked = removed.find((a) => a.meetingDecisionId || a.safetyPlanRuleId || a.actionPlanTaskId);
  if (linked) {
    throw new RuleViolationError(
      `Aftalen "${linked.what}" er knyttet til et møde, en sikkerhedsplan eller barnets plan og kan ikke slettes. Sæt dens status i stedet.`,
    );
  }
  if (removed.length) await tx.networkAgreement.deleteMany({ where: { id: { in: removed.map((a) => a.id) } } });
  const old = new Map(previous.map((a) => [a.id, a]));
  for (const agreement of person.agreements) {
    const was = old.get(agreement.id);
    if (!was) {
      await tx.networkAgreement.create({
        data: { id: agreement.id, personId: person.id, ...agreementColumns(agreement), createdAt: now, updatedAt: now },
      });
    } else if (!same(was, agreement)) {
      // The links (meeting decision, safety-plan rule, plan task) are set by those features, never by a map save.
      const { meetingDecisionId: _m, safetyPlanRuleId: _s, actionPlanTaskId: _a, ...columns } = agreementColumns(agreement);
      await tx.networkAgreement.update({ where: { id: agreement.id }, data: { ...columns, updatedAt: now } });
      if (was.actionPlanTaskId && was.status !== agreement.status)
        await syncTaskFromAgreement(tx, was.actionPlanTaskId, agreement.status, now);
    }
  }
}
