/**
 * Reading grounds, statement/goal pairs and assessments from their tables into the contracts' shapes.
 * The services decide when; this file knows the columns.
 */
import type {
  ConcernGround,
  ConcernStatement,
  ConcernStatementFields,
  ConcernStatementVersion,
  SafetyAssessmentSummary,
} from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { toIsoDate } from '../../lib/dates';

const userRef = { select: { id: true, name: true } } as const;
const unitRef = { select: { id: true, name: true, kind: true } } as const;

export const groundSelect = {
  id: true,
  kind: true,
  occurredOn: true,
  source: true,
  description: true,
  notification: { select: { id: true, receivedOn: true, source: true, sourceName: true } },
  note: { select: { id: true, title: true } },
  document: { select: { id: true, fileName: true } },
  createdBy: userRef,
  createdUnit: unitRef,
  createdAt: true,
  version: true,
} satisfies Prisma.ConcernGroundSelect;

type GroundRow = Prisma.ConcernGroundGetPayload<{ select: typeof groundSelect }>;

export function toGround(row: GroundRow): ConcernGround {
  const { notification, occurredOn, createdAt, ...rest } = row;
  return {
    ...rest,
    occurredOn: toIsoDate(occurredOn),
    createdAt: createdAt.toISOString(),
    notification: notification
      ? {
          id: notification.id,
          receivedOn: toIsoDate(notification.receivedOn),
          // The notifier's name when known, else the kind of source (an anonymous notification has none).
          source: notification.sourceName ?? notification.source,
        }
      : null,
  };
}

export const statementSelect = {
  id: true,
  caseId: true,
  number: true,
  kind: true,
  status: true,
  statusReason: true,
  whoIsWorried: true,
  behaviour: true,
  impactOnChild: true,
  ifNothingChanges: true,
  familyView: true,
  goalParentsWill: true,
  goalChildWillExperience: true,
  goalProfessionalsWillSee: true,
  goalDuration: true,
  createdBy: userRef,
  createdUnit: unitRef,
  createdAt: true,
  updatedBy: userRef,
  updatedUnit: unitRef,
  updatedAt: true,
  version: true,
  grounds: { select: { groundId: true }, orderBy: { groundId: 'asc' } },
} satisfies Prisma.ConcernStatementSelect;

export type StatementRow = Prisma.ConcernStatementGetPayload<{ select: typeof statementSelect }>;

export function toStatement(row: StatementRow): ConcernStatement {
  const { grounds, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    groundIds: grounds.map((g) => g.groundId),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

/** What a version row keeps: the pair's text, its grounds and status, as saved. */
export type StatementSnapshot = ConcernStatementVersion['statement'];

export function snapshotOf(row: StatementRow): StatementSnapshot {
  const fields: ConcernStatementFields = {
    kind: row.kind,
    whoIsWorried: row.whoIsWorried,
    behaviour: row.behaviour,
    impactOnChild: row.impactOnChild,
    ifNothingChanges: row.ifNothingChanges,
    familyView: row.familyView,
    goalParentsWill: row.goalParentsWill,
    goalChildWillExperience: row.goalChildWillExperience,
    goalProfessionalsWillSee: row.goalProfessionalsWillSee,
    goalDuration: row.goalDuration,
    groundIds: row.grounds.map((g) => g.groundId),
  };
  return { ...fields, status: row.status, statusReason: row.statusReason };
}

export const versionSelect = {
  number: true,
  author: userRef,
  unit: unitRef,
  createdAt: true,
  snapshot: true,
} satisfies Prisma.ConcernStatementVersionSelect;

type VersionRow = Prisma.ConcernStatementVersionGetPayload<{ select: typeof versionSelect }>;

export function toVersion(row: VersionRow): ConcernStatementVersion {
  const { snapshot, createdAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), statement: snapshot as unknown as StatementSnapshot };
}

export const assessmentSummarySelect = {
  id: true,
  caseId: true,
  assessedOn: true,
  purpose: true,
  createdBy: userRef,
  createdUnit: unitRef,
  updatedAt: true,
  version: true,
} satisfies Prisma.SafetyAssessmentSelect;

type AssessmentSummaryRow = Prisma.SafetyAssessmentGetPayload<{ select: typeof assessmentSummarySelect }>;

export function toAssessmentSummary(row: AssessmentSummaryRow): SafetyAssessmentSummary {
  return { ...row, assessedOn: toIsoDate(row.assessedOn), updatedAt: row.updatedAt.toISOString() };
}

export const assessmentSelect = {
  ...assessmentSummarySelect,
  participants: true,
  harm: true,
  complicatingFactors: true,
  strengths: true,
  existingSafety: true,
  nextSteps: true,
  case: { select: { childFirstName: true, childLastName: true } },
  statements: { select: { statement: { select: statementSelect } } },
} satisfies Prisma.SafetyAssessmentSelect;

export type AssessmentRow = Prisma.SafetyAssessmentGetPayload<{ select: typeof assessmentSelect }>;
