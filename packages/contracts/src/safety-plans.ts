import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, requiredText, Uuid } from './common';
import { ConcernStatement } from './concerns';
import { ContactStatus } from './network-maps';
import { ScaleScore, ScaleScoreInput } from './scaling';
import { UnitRef, UserRef } from './units';

// The safety plan (sikkerhedsplan), domain.md §2.7: rules in the family's own words with the network
// people responsible, who monitors each, the early warning signs and what to do if a rule is broken;
// the safety network chosen from the network map (its consent and risk rules apply); professional
// checks; the explanation to the child (Ord og billeder / Barnets bog) as text and images; start,
// review dates (the first within 7 days for an immediate plan), scaling at each review, and closure.
// Edited as a document: a save sends the whole plan with the version it started from.

export const SafetyPlanStatus = z.enum(['DRAFT', 'ACTIVE', 'CLOSED']).meta({ id: 'SafetyPlanStatus' });
export type SafetyPlanStatus = z.infer<typeof SafetyPlanStatus>;

/** An immediate plan's first review is due within this many days of its start. */
export const IMMEDIATE_PLAN_FIRST_REVIEW_DAYS = 7;


export const SafetyPlanRuleInput = z
  .object({
    /** Kept across saves so links (part-2 agreements) survive; a new rule has none. */
    id: Uuid.nullable().default(null),
    text: requiredText(2000, 'Reglen', 'Skriv reglen med familiens egne ord'),
    /** Network persons of the case responsible for the rule. */
    responsiblePersonIds: z.array(Uuid).max(20).default([]),
    monitoredBy: requiredText(500, 'Hvem holder øje', 'Skriv hvem der holder øje med, at reglen overholdes'),
    warningSigns: limitedText(2000, 'Advarselstegn').default(''),
    ifBroken: requiredText(2000, 'Hvis reglen brydes', 'Skriv hvad der skal ske, hvis reglen brydes'),
  })
  // Not "SafetyPlanRuleInput": the OpenAPI generator names SafetyPlanRule's input form that.
  .meta({ id: 'SafetyPlanRuleFields' });
export type SafetyPlanRuleInput = z.input<typeof SafetyPlanRuleInput>;

export const SafetyNetworkMemberInput = z
  .object({ personId: Uuid, role: limitedText(500, 'Rollen').nullable().default(null) })
  .meta({ id: 'SafetyNetworkMemberInput' });
export type SafetyNetworkMemberInput = z.input<typeof SafetyNetworkMemberInput>;

export const SafetyPlanCheckInput = z
  .object({
    who: requiredText(200, 'Hvem', 'Skriv hvem der kontrollerer'),
    userId: Uuid.nullable().default(null),
    what: requiredText(1000, 'Hvad', 'Skriv hvad der kontrolleres'),
    schedule: requiredText(200, 'Hvornår', 'Skriv hvornår eller hvor tit'),
  })
  .meta({ id: 'SafetyPlanCheckInput' });
export type SafetyPlanCheckInput = z.input<typeof SafetyPlanCheckInput>;

export const SafetyPlanImageInput = z
  .object({ documentId: Uuid, caption: limitedText(500, 'Billedteksten').nullable().default(null) })
  .meta({ id: 'SafetyPlanImageInput' });
export type SafetyPlanImageInput = z.input<typeof SafetyPlanImageInput>;

/** The plan as a document: what a save sends. */
export const SafetyPlanFields = z
  .object({
    immediate: z.boolean().default(false),
    startsOn: IsoDate.nullable().default(null),
    /** The concern statement/goal pairs the plan answers. */
    statementIds: z.array(Uuid).max(20).default([]),
    rules: z.array(SafetyPlanRuleInput).max(30).default([]),
    network: z.array(SafetyNetworkMemberInput).max(50).default([]),
    checks: z.array(SafetyPlanCheckInput).max(30).default([]),
    childExplanation: limitedText(10_000, 'Forklaringen til barnet').default(''),
    images: z.array(SafetyPlanImageInput).max(20).default([]),
    closureCriteria: limitedText(4000, 'Kriterierne for afslutning').default(''),
    /** Planned review dates; a held review keeps its date. */
    reviewDates: z.array(IsoDate).max(30).default([]),
  })
  .meta({ id: 'SafetyPlanFields' });
export type SafetyPlanFields = z.infer<typeof SafetyPlanFields>;

export const CreateSafetyPlanRequest = SafetyPlanFields.meta({ id: 'CreateSafetyPlanRequest' });
export type CreateSafetyPlanRequest = z.input<typeof CreateSafetyPlanRequest>;

export const SaveSafetyPlanRequest = SafetyPlanFields.extend({ version: z.number().int() }).meta({
  id: 'SaveSafetyPlanRequest',
});
export type SaveSafetyPlanRequest = z.input<typeof SaveSafetyPlanRequest>;

export const ActivateSafetyPlanRequest = z.object({ version: z.number().int() }).meta({
  id: 'ActivateSafetyPlanRequest',
});
export type ActivateSafetyPlanRequest = z.infer<typeof ActivateSafetyPlanRequest>;

export const CloseSafetyPlanRequest = z
  .object({
    closedOn: IsoDate,
    /** Whether the closure criteria are met; the decision says why the plan closes either way. */
    criteriaMet: z.boolean(),
    closureDecision: requiredText(4000, 'Beslutningen', 'Skriv beslutningen om at afslutte planen'),
    version: z.number().int(),
  })
  .meta({ id: 'CloseSafetyPlanRequest' });
export type CloseSafetyPlanRequest = z.infer<typeof CloseSafetyPlanRequest>;

export const HoldSafetyPlanReviewRequest = z
  .object({
    heldOn: IsoDate,
    notes: limitedText(4000, 'Noterne').default(''),
    /** Scale scores given at the review. */
    scores: z.array(ScaleScoreInput).max(50).default([]),
    /** The plan's version: holding a review is a change to the plan. */
    version: z.number().int(),
  })
  .meta({ id: 'HoldSafetyPlanReviewRequest' });
export type HoldSafetyPlanReviewRequest = z.input<typeof HoldSafetyPlanReviewRequest>;

/** A network person as the plan shows them: who, and whether they may be named (contact rules). */
export const SafetyPlanPerson = z
  .object({ id: Uuid, name: z.string(), relation: z.string(), isProfessional: z.boolean(), contact: ContactStatus })
  .meta({ id: 'SafetyPlanPerson' });
export type SafetyPlanPerson = z.infer<typeof SafetyPlanPerson>;

export const SafetyPlanRule = z
  .object({
    id: Uuid,
    position: z.number().int(),
    text: z.string(),
    responsible: z.array(SafetyPlanPerson),
    monitoredBy: z.string(),
    warningSigns: z.string(),
    ifBroken: z.string(),
  })
  .meta({ id: 'SafetyPlanRule' });
export type SafetyPlanRule = z.infer<typeof SafetyPlanRule>;

export const SafetyPlanReview = z
  .object({
    id: Uuid,
    dueOn: IsoDate,
    heldOn: IsoDate.nullable(),
    notes: z.string().nullable(),
    heldBy: UserRef.nullable(),
    scores: z.array(ScaleScore),
    /** Due and not held by today (Copenhagen). */
    overdue: z.boolean(),
  })
  .meta({ id: 'SafetyPlanReview' });
export type SafetyPlanReview = z.infer<typeof SafetyPlanReview>;

export const SafetyPlanSummary = z
  .object({
    id: Uuid,
    caseId: Uuid,
    status: SafetyPlanStatus,
    immediate: z.boolean(),
    startsOn: IsoDate.nullable(),
    nextReviewOn: IsoDate.nullable(),
    ruleCount: z.number().int(),
    networkCount: z.number().int(),
    updatedAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'SafetyPlanSummary' });
export type SafetyPlanSummary = z.infer<typeof SafetyPlanSummary>;

export const SafetyPlanList = z
  .object({ items: z.array(SafetyPlanSummary), can: z.object({ create: z.boolean() }) })
  .meta({ id: 'SafetyPlanList' });
export type SafetyPlanList = z.infer<typeof SafetyPlanList>;

export const SafetyPlanDetail = SafetyPlanSummary.extend({
  child: z.object({ firstName: z.string(), lastName: z.string(), age: z.number().int() }),
  statements: z.array(ConcernStatement),
  rules: z.array(SafetyPlanRule),
  network: z.array(SafetyPlanPerson.extend({ role: z.string().nullable() })),
  checks: z.array(SafetyPlanCheckInput.extend({ id: Uuid, position: z.number().int() })),
  childExplanation: z.string(),
  images: z.array(z.object({ documentId: Uuid, caption: z.string().nullable(), fileName: z.string() })),
  closureCriteria: z.string(),
  reviews: z.array(SafetyPlanReview),
  closedOn: IsoDate.nullable(),
  closureDecision: z.string().nullable(),
  /** Whether the closure criteria were met when it closed; null while open. */
  closureCriteriaMet: z.boolean().nullable(),
  closedBy: UserRef.nullable(),
  createdBy: UserRef,
  createdUnit: UnitRef,
  updatedBy: UserRef,
  updatedUnit: UnitRef,
  /** The case's network persons to choose from, each with whether they may be named. */
  candidates: z.array(SafetyPlanPerson),
  can: z.object({ edit: z.boolean(), close: z.boolean(), recordScores: z.boolean() }),
}).meta({ id: 'SafetyPlanDetail' });
export type SafetyPlanDetail = z.infer<typeof SafetyPlanDetail>;

export const SafetyPlanParams = z.object({ caseId: Uuid, planId: Uuid });
export const SafetyPlanReviewParams = z.object({ caseId: Uuid, planId: Uuid, reviewId: Uuid });
