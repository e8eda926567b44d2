import type { SafetyPlanDetail, SafetyPlanPerson, SafetyPlanSummary } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { ageOn, copenhagenToday, toIsoDate } from '../../lib/dates';
import { NotFoundError } from '../../lib/errors';
import type { HonourFacts } from '../cases/network-contact';
import { statementSelect, toStatement } from '../concerns/store';
import { contactStatusOf } from '../network-maps/contact-rules';
import { scoreSelect, toScaleScore } from '../scaling/store';

type Db = Prisma.TransactionClient | PrismaClient;

const userRef = { select: { id: true, name: true } } as const;
const unitRef = { select: { id: true, name: true, kind: true } } as const;

/** What a plan's person shows: never contact details (phone, email, address) or a CPR number. */
const personSelect = {
  id: true,
  name: true,
  relation: true,
  isProfessional: true,
  doNotContact: true,
  doNotContactReason: true,
  consents: { select: { givenOn: true, withdrawnOn: true } },
} satisfies Prisma.NetworkPersonSelect;

type PersonRow = Prisma.NetworkPersonGetPayload<{ select: typeof personSelect }>;

export const summarySelect = {
  id: true,
  caseId: true,
  status: true,
  immediate: true,
  startsOn: true,
  updatedAt: true,
  version: true,
  reviews: { where: { heldOn: null }, select: { dueOn: true }, orderBy: { dueOn: 'asc' }, take: 1 },
  _count: { select: { rules: true, network: true } },
} satisfies Prisma.SafetyPlanSelect;

type SummaryRow = Prisma.SafetyPlanGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow): SafetyPlanSummary {
  const next = row.reviews[0];
  return {
    id: row.id,
    caseId: row.caseId,
    status: row.status,
    immediate: row.immediate,
    startsOn: row.startsOn ? toIsoDate(row.startsOn) : null,
    nextReviewOn: next ? toIsoDate(next.dueOn) : null,
    ruleCount: row._count.rules,
    networkCount: row._count.network,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const detailSelect = {
  ...summarySelect,
  childExplanation: true,
  closureCriteria: true,
  closedOn: true,
  closureDecision: true,
  closureCriteriaMet: true,
  closedBy: userRef,
  createdBy: userRef,
  createdUnit: unitRef,
  updatedBy: userRef,
  updatedUnit: unitRef,
  case: {
    select: {
      childFirstName: true,
      childLastName: true,
      childDateOfBirth: true,
      honourConflictSuspected: true,
      honourRiskAssessedOn: true,
      networkPersons: { select: personSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    },
  },
  statements: { select: { statement: { select: statementSelect } } },
  rules: {
    select: {
      id: true,
      position: true,
      text: true,
      monitoredBy: true,
      warningSigns: true,
      ifBroken: true,
      responsible: { select: { personId: true } },
    },
    orderBy: { position: 'asc' },
  },
  network: { select: { personId: true, role: true } },
  checks: { select: { id: true, position: true, who: true, userId: true, what: true, schedule: true }, orderBy: { position: 'asc' } },
  images: { select: { documentId: true, caption: true, position: true, document: { select: { fileName: true } } }, orderBy: { position: 'asc' } },
} satisfies Prisma.SafetyPlanSelect;

function toPerson(row: PersonRow, kase: HonourFacts, today: string): SafetyPlanPerson {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    isProfessional: row.isProfessional,
    contact: contactStatusOf(row, kase, today),
  };
}

/** The plan as its reader gets it; `can` is decided by the caller from the reader's reach. */
export async function readDetail(
  db: Db,
  caseId: string,
  planId: string,
  now: Date,
  can: SafetyPlanDetail['can'],
): Promise<SafetyPlanDetail> {
  const plan = await db.safetyPlan.findFirst({ where: { id: planId, caseId }, select: detailSelect });
  if (!plan) throw new NotFoundError('Sikkerhedsplanen findes ikke på sagen.');
  const reviews = await db.safetyPlanReview.findMany({
    where: { planId },
    select: {
      id: true,
      dueOn: true,
      heldOn: true,
      notes: true,
      heldBy: userRef,
      scores: { select: scoreSelect, orderBy: [{ perspective: 'asc' }, { respondent: 'asc' }, { id: 'asc' }] },
    },
    orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
  });
  const today = copenhagenToday(now);
  const persons = new Map(plan.case.networkPersons.map((row) => [row.id, toPerson(row, plan.case, today)]));
  const personOf = (id: string) => persons.get(id)!;
  const statements = plan.statements.map((s) => toStatement(s.statement)).sort((a, b) => a.number - b.number);
  return {
    ...toSummary(plan),
    child: {
      firstName: plan.case.childFirstName,
      lastName: plan.case.childLastName,
      age: ageOn(toIsoDate(plan.case.childDateOfBirth), today),
    },
    statements,
    rules: plan.rules.map(({ responsible, ...rule }) => ({
      ...rule,
      responsible: responsible.map((r) => personOf(r.personId)).sort(byName),
    })),
    network: plan.network.map((member) => ({ ...personOf(member.personId), role: member.role })).sort(byName),
    checks: plan.checks,
    childExplanation: plan.childExplanation,
    images: plan.images.map((image) => ({ documentId: image.documentId, caption: image.caption, fileName: image.document.fileName })),
    closureCriteria: plan.closureCriteria,
    reviews: reviews.map((review) => {
      const dueOn = toIsoDate(review.dueOn);
      return {
        id: review.id,
        dueOn,
        heldOn: review.heldOn ? toIsoDate(review.heldOn) : null,
        notes: review.notes,
        heldBy: review.heldBy,
        scores: review.scores.map(toScaleScore),
        overdue: review.heldOn === null && plan.status === 'ACTIVE' && dueOn < today,
      };
    }),
    closedOn: plan.closedOn ? toIsoDate(plan.closedOn) : null,
    closureDecision: plan.closureDecision,
    closureCriteriaMet: plan.closureCriteriaMet,
    closedBy: plan.closedBy,
    createdBy: plan.createdBy,
    createdUnit: plan.createdUnit,
    updatedBy: plan.updatedBy,
    updatedUnit: plan.updatedUnit,
    candidates: [...persons.values()],
    can,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
