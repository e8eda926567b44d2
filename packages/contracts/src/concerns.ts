import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, requiredText, Uuid } from './common';
import { UnitRef, UserRef } from './units';

// Signs of Safety, domain.md §2.4–2.5: the grounds for concern (bekymringsgrundlag), the concern
// statements (bekymrings- and skadesudsagn) each paired with its safety goal (sikkerhedsmål), and
// assessments (kortlægning) in three columns. Myndighed writes them when the assessment and the plan
// start; the executor centre works with their content after a referral; PPR may write them too.

/** Empty text and null mean the same: nothing written (the services store null). */
const optional = (max: number, label: string) => limitedText(max, label).nullable().default(null);

// --- Grounds for concern ------------------------------------------------------------------------

export const ConcernGroundKind = z
  .enum(['NOTIFICATION', 'OBSERVATION', 'STATEMENT', 'OTHER'])
  .meta({ id: 'ConcernGroundKind' });
export type ConcernGroundKind = z.infer<typeof ConcernGroundKind>;

export const ConcernGroundInput = z
  .object({
    kind: ConcernGroundKind,
    occurredOn: IsoDate,
    source: requiredText(200, 'Kilden', 'Skriv hvem eller hvad oplysningen kommer fra'),
    description: requiredText(4000, 'Beskrivelsen', 'Beskriv hvad der er set, hørt eller oplyst'),
    /** The case's own notification (underretning), note or document that documents it. */
    notificationId: Uuid.nullable().default(null),
    noteId: Uuid.nullable().default(null),
    documentId: Uuid.nullable().default(null),
  })
  // Not "ConcernGroundInput": the OpenAPI generator gives ConcernGround's input form that name.
  .meta({ id: 'ConcernGroundFields' });
export type ConcernGroundInput = z.input<typeof ConcernGroundInput>;

export const UpdateConcernGroundRequest = ConcernGroundInput.extend({ version: z.number().int() }).meta({
  id: 'UpdateConcernGroundRequest',
});
export type UpdateConcernGroundRequest = z.input<typeof UpdateConcernGroundRequest>;

export const ConcernGround = z
  .object({
    id: Uuid,
    kind: ConcernGroundKind,
    occurredOn: IsoDate,
    source: z.string(),
    description: z.string(),
    notification: z.object({ id: Uuid, receivedOn: IsoDate, source: z.string() }).nullable(),
    note: z.object({ id: Uuid, title: z.string() }).nullable(),
    document: z.object({ id: Uuid, fileName: z.string() }).nullable(),
    createdBy: UserRef,
    createdUnit: UnitRef,
    createdAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'ConcernGround' });
export type ConcernGround = z.infer<typeof ConcernGround>;

// --- Concern statements and safety goals, as pairs ----------------------------------------------

/** DANGER: bekymringsudsagn (what may happen); HARM: skadesudsagn (harm that has happened). */
export const ConcernKind = z.enum(['DANGER', 'HARM']).meta({ id: 'ConcernKind' });
export type ConcernKind = z.infer<typeof ConcernKind>;

export const ConcernStatus = z.enum(['ACTIVE', 'ACHIEVED', 'WITHDRAWN']).meta({ id: 'ConcernStatus' });
export type ConcernStatus = z.infer<typeof ConcernStatus>;

/** The pair's text: the statement in four parts and its goal in four parts. */
export const ConcernStatementFields = z
  .object({
    kind: ConcernKind,
    whoIsWorried: requiredText(500, 'Hvem er bekymret', 'Skriv hvem der er bekymret'),
    behaviour: requiredText(4000, 'Adfærden', 'Beskriv den konkrete adfærd eller hændelse'),
    impactOnChild: requiredText(4000, 'Betydningen for barnet', 'Beskriv hvad det betyder for barnet'),
    ifNothingChanges: requiredText(4000, 'Hvad der kan ske', 'Skriv hvad der kan ske, hvis intet ændrer sig'),
    /** Where the family sees it differently, their view beside the statement. */
    familyView: optional(4000, 'Familiens syn'),
    goalParentsWill: requiredText(4000, 'Hvad forældrene vil gøre', 'Skriv hvad forældrene vil gøre anderledes'),
    goalChildWillExperience: requiredText(4000, 'Hvad barnet vil opleve', 'Skriv hvad barnet vil opleve'),
    goalProfessionalsWillSee: requiredText(4000, 'Hvad de professionelle vil se', 'Skriv hvad de professionelle vil se'),
    goalDuration: requiredText(200, 'Hvor længe', 'Skriv hvor længe ændringen skal ses'),
    /** The grounds for concern it rests on (the case's own). */
    groundIds: z.array(Uuid).max(100).default([]),
  })
  .meta({ id: 'ConcernStatementFields' });
export type ConcernStatementFields = z.infer<typeof ConcernStatementFields>;

export const CreateConcernStatementRequest = ConcernStatementFields.meta({ id: 'CreateConcernStatementRequest' });
export type CreateConcernStatementRequest = z.input<typeof CreateConcernStatementRequest>;

export const UpdateConcernStatementRequest = ConcernStatementFields.extend({ version: z.number().int() }).meta({
  id: 'UpdateConcernStatementRequest',
});
export type UpdateConcernStatementRequest = z.input<typeof UpdateConcernStatementRequest>;

export const ChangeConcernStatusRequest = z
  .object({
    status: ConcernStatus,
    reason: optional(1000, 'Begrundelsen'),
    version: z.number().int(),
  })
  .refine((body) => body.status === 'ACTIVE' || (body.reason ?? '') !== '', {
    message: 'Skriv hvorfor målet er nået eller udsagnet trækkes tilbage',
    path: ['reason'],
  })
  .meta({ id: 'ChangeConcernStatusRequest' });
export type ChangeConcernStatusRequest = z.input<typeof ChangeConcernStatusRequest>;

export const ConcernStatement = ConcernStatementFields.extend({
  id: Uuid,
  caseId: Uuid,
  /** "Bekymring 2": the same number through every version. */
  number: z.number().int(),
  status: ConcernStatus,
  statusReason: z.string().nullable(),
  createdBy: UserRef,
  createdUnit: UnitRef,
  createdAt: IsoDateTime,
  updatedBy: UserRef,
  updatedUnit: UnitRef,
  updatedAt: IsoDateTime,
  version: z.number().int(),
}).meta({ id: 'ConcernStatement' });
export type ConcernStatement = z.infer<typeof ConcernStatement>;

/** One saved version of a pair, as it then was. */
export const ConcernStatementVersion = z
  .object({
    number: z.number().int(),
    author: UserRef,
    unit: UnitRef,
    createdAt: IsoDateTime,
    statement: ConcernStatementFields.extend({ status: ConcernStatus, statusReason: z.string().nullable() }),
  })
  .meta({ id: 'ConcernStatementVersion' });
export type ConcernStatementVersion = z.infer<typeof ConcernStatementVersion>;

export const ConcernStatementHistory = z
  .object({ items: z.array(ConcernStatementVersion) })
  .meta({ id: 'ConcernStatementHistory' });
export type ConcernStatementHistory = z.infer<typeof ConcernStatementHistory>;

/** GET /api/cases/:caseId/concerns: the grounds and every pair, with what the reader may do. */
export const CaseConcerns = z
  .object({
    grounds: z.array(ConcernGround),
    statements: z.array(ConcernStatement),
    can: z.object({ edit: z.boolean(), recordScores: z.boolean() }),
  })
  .meta({ id: 'CaseConcerns' });
export type CaseConcerns = z.infer<typeof CaseConcerns>;

// --- The three columns (kortlægning) ------------------------------------------------------------

export const SafetyAssessmentFields = z
  .object({
    assessedOn: IsoDate,
    purpose: requiredText(200, 'Formålet', 'Skriv hvad kortlægningen bruges til, fx faglig sparring'),
    participants: limitedText(1000, 'Deltagerne').default(''),
    /** What we are worried about: harm that has happened, complicating factors. */
    harm: limitedText(4000, 'Skade').default(''),
    complicatingFactors: limitedText(4000, 'Komplicerende faktorer').default(''),
    /** What is working well. */
    strengths: limitedText(4000, 'Styrker').default(''),
    existingSafety: limitedText(4000, 'Eksisterende sikkerhed').default(''),
    /** What needs to happen. */
    nextSteps: limitedText(4000, 'Næste skridt').default(''),
    /** The pairs shown in the columns: their statements under worries, their goals under what needs to happen. */
    statementIds: z.array(Uuid).max(50).default([]),
  })
  .meta({ id: 'SafetyAssessmentFields' });
export type SafetyAssessmentFields = z.infer<typeof SafetyAssessmentFields>;

export const CreateSafetyAssessmentRequest = SafetyAssessmentFields.meta({ id: 'CreateSafetyAssessmentRequest' });
export type CreateSafetyAssessmentRequest = z.input<typeof CreateSafetyAssessmentRequest>;

export const UpdateSafetyAssessmentRequest = SafetyAssessmentFields.extend({ version: z.number().int() }).meta({
  id: 'UpdateSafetyAssessmentRequest',
});
export type UpdateSafetyAssessmentRequest = z.input<typeof UpdateSafetyAssessmentRequest>;

export const SafetyAssessmentSummary = z
  .object({
    id: Uuid,
    caseId: Uuid,
    assessedOn: IsoDate,
    purpose: z.string(),
    createdBy: UserRef,
    createdUnit: UnitRef,
    updatedAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'SafetyAssessmentSummary' });
export type SafetyAssessmentSummary = z.infer<typeof SafetyAssessmentSummary>;

export const SafetyAssessmentList = z
  .object({ items: z.array(SafetyAssessmentSummary), can: z.object({ edit: z.boolean() }) })
  .meta({ id: 'SafetyAssessmentList' });
export type SafetyAssessmentList = z.infer<typeof SafetyAssessmentList>;

export const SafetyAssessment = SafetyAssessmentSummary.extend({
  participants: z.string(),
  harm: z.string(),
  complicatingFactors: z.string(),
  strengths: z.string(),
  existingSafety: z.string(),
  nextSteps: z.string(),
  /** The pairs, as they are now, in the order of their numbers. */
  statements: z.array(ConcernStatement),
  child: z.object({ firstName: z.string(), lastName: z.string() }),
  can: z.object({ edit: z.boolean() }),
}).meta({ id: 'SafetyAssessment' });
export type SafetyAssessment = z.infer<typeof SafetyAssessment>;

export const ConcernStatementParams = z.object({ caseId: Uuid, statementId: Uuid });
export const ConcernGroundParams = z.object({ caseId: Uuid, groundId: Uuid });
export const SafetyAssessmentParams = z.object({ caseId: Uuid, assessmentId: Uuid });
