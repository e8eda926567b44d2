import { z } from 'zod';
import { IsoDate, IsoDateTime, Uuid } from './common';
import { CprInput } from './cpr';
import { UserRef } from './units';
import { CasePhase } from './phases';

// The case register: registering a notification, the child's parents and siblings, decisions,
// the honour-conflict flag and the dates the legal deadlines count from (domain.md §2.1, §3.1).

const text = (max: number, required = 'Skal udfyldes') => z.string().trim().min(1, required).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const NotificationSource = z
  .enum(['SCHOOL', 'DAYCARE', 'HEALTH', 'POLICE', 'HOSPITAL', 'SOCIAL_SERVICES', 'FAMILY', 'CHILD', 'ANONYMOUS', 'CITIZEN', 'OTHER'])
  .meta({ id: 'NotificationSource' });
export type NotificationSource = z.infer<typeof NotificationSource>;

/** A notification (underretning) as registered. */
export const NotificationInput = z
  .object({
    receivedOn: IsoDate,
    source: NotificationSource,
    sourceName: optionalText(200),
    content: text(20_000, 'Skriv hvad underretningen handler om'),
    concernsAbuse: z.boolean().default(false),
  })
  .meta({ id: 'NotificationInput' });
export type NotificationInput = z.infer<typeof NotificationInput>;
export type NotificationFormInput = z.input<typeof NotificationInput>;

export const ChildNotification = z
  .object({
    id: Uuid,
    receivedOn: IsoDate,
    source: NotificationSource,
    sourceName: z.string().nullable(),
    content: z.string(),
    concernsAbuse: z.boolean(),
    registeredBy: UserRef.nullable(),
    registeredAt: IsoDateTime,
  })
  .meta({ id: 'ChildNotification' });
export type ChildNotification = z.infer<typeof ChildNotification>;

export const ChildNotificationList = z.object({ items: z.array(ChildNotification) }).meta({ id: 'ChildNotificationList' });
export type ChildNotificationList = z.infer<typeof ChildNotificationList>;

export const ChildInput = z
  .object({
    firstName: text(100, 'Skriv barnets fornavn'),
    lastName: text(100, 'Skriv barnets efternavn'),
    cpr: CprInput,
    address: optionalText(300),
  })
  .meta({ id: 'ChildInput' });

/** Registering a notification about a child who has no open case opens one. */
export const CreateCaseRequest = z
  .object({
    child: ChildInput,
    /** When the municipality became aware (BL § 20, stk. 3); the notification's date when left out. */
    awareOn: IsoDate.optional(),
    notification: NotificationInput,
  })
  .meta({ id: 'CreateCaseRequest' });
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;
export type CreateCaseFormInput = z.input<typeof CreateCaseRequest>;

export const CaseWarning = z
  .object({ code: z.enum(['CPR_MODULUS11']), message: z.string() })
  .meta({ id: 'CaseWarning' });
export type CaseWarning = z.infer<typeof CaseWarning>;

export const CreateCaseResponse = z
  .object({ id: Uuid, caseNumber: z.string(), warnings: z.array(CaseWarning) })
  .meta({ id: 'CreateCaseResponse' });
export type CreateCaseResponse = z.infer<typeof CreateCaseResponse>;

export const ChangePhaseRequest = z
  .object({
    toPhase: CasePhase,
    /** The date the step took place; not in the future, not before the previous step. */
    changedOn: IsoDate,
    reason: optionalText(2000),
    version: z.number().int(),
  })
  .meta({ id: 'ChangePhaseRequest' });
export type ChangePhaseRequest = z.infer<typeof ChangePhaseRequest>;

export const PhaseChange = z
  .object({
    id: Uuid,
    fromPhase: CasePhase.nullable(),
    toPhase: CasePhase,
    changedOn: IsoDate,
    recordedAt: IsoDateTime,
    changedBy: UserRef.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'PhaseChange' });
export type PhaseChange = z.infer<typeof PhaseChange>;

export const PhaseChangeList = z.object({ items: z.array(PhaseChange) }).meta({ id: 'PhaseChangeList' });
export type PhaseChangeList = z.infer<typeof PhaseChangeList>;

export const ParentRelation = z.enum(['MOTHER', 'FATHER', 'CO_MOTHER', 'STEP_PARENT', 'GUARDIAN', 'OTHER']).meta({ id: 'ParentRelation' });
export type ParentRelation = z.infer<typeof ParentRelation>;

export const ParentInput = z
  .object({
    name: text(200, 'Skriv navnet'),
    relation: ParentRelation,
    hasCustody: z.boolean(),
    cpr: CprInput.nullable().optional(),
    address: optionalText(300),
    phone: z.string().trim().regex(/^\+?[\d ]{8,20}$/, 'Skriv et telefonnummer med mindst 8 cifre').nullable().optional(),
    email: z.email('Skriv en gyldig e-mailadresse').max(200).nullable().optional(),
  })
  .meta({ id: 'ParentInput' });
export type ParentInput = z.infer<typeof ParentInput>;
export type ParentFormInput = z.input<typeof ParentInput>;

export const UpdateParentRequest = ParentInput.extend({ version: z.number().int() }).meta({ id: 'UpdateParentRequest' });
export type UpdateParentRequest = z.infer<typeof UpdateParentRequest>;

export const CaseParent = z
  .object({
    id: Uuid,
    name: z.string(),
    relation: ParentRelation,
    hasCustody: z.boolean(),
    cprMasked: z.string().regex(/^\d{6}-XXXX$/).nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseParent' });
export type CaseParent = z.infer<typeof CaseParent>;

export const ParentParams = z.object({ caseId: Uuid, parentId: Uuid });

export const SiblingRef = z
  .object({
    id: Uuid,
    caseNumber: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    age: z.number().int().min(0),
    phase: CasePhase,
  })
  .meta({ id: 'SiblingRef' });
export type SiblingRef = z.infer<typeof SiblingRef>;

export const LinkSiblingRequest = z
  .object({ caseNumber: text(50, 'Skriv søskendes sagsnummer') })
  .meta({ id: 'LinkSiblingRequest' });
export type LinkSiblingRequest = z.infer<typeof LinkSiblingRequest>;

export const SiblingParams = z.object({ caseId: Uuid, siblingCaseId: Uuid });

/** The network-inclusive methods (result follow-up counts their use); NONE when none was used. */
export const NetworkMethod = z
  .enum(['FAMILY_GROUP_CONFERENCE', 'NETWORK_MEETING', 'NETWORK_COUNCIL', 'SAFETY_PLAN', 'OTHER', 'NONE'])
  .meta({ id: 'NetworkMethod' });
export type NetworkMethod = z.infer<typeof NetworkMethod>;

export const DecisionConsent = z.enum(['WITH_CONSENT', 'WITHOUT_CONSENT']).meta({ id: 'DecisionConsent' });
export type DecisionConsent = z.infer<typeof DecisionConsent>;

/** A decision (afgørelse), e.g. on a supporting measure under BL § 32: measure, purpose, expected duration. */
export const DecisionInput = z
  .object({
    legalBasis: text(200, 'Skriv hjemlen, fx Barnets lov § 32, stk. 1, nr. 3'),
    measure: text(500, 'Skriv hvilken indsats der er truffet afgørelse om'),
    purpose: text(5000, 'Skriv formålet med indsatsen'),
    expectedDuration: text(200, 'Skriv den forventede varighed'),
    decidedOn: IsoDate,
    consent: DecisionConsent.default('WITH_CONSENT'),
    isPlacement: z.boolean().default(false),
    /**
     * For a placement: was a family group conference or another network-inclusive method
     * considered, which one was used (NONE if none), why not, and whether the child is placed in
     * the network (netværksplejefamilie). Required when isPlacement; kept for result follow-up.
     */
    networkMethodConsidered: z.boolean().nullable().default(null),
    networkMethodUsed: NetworkMethod.nullable().default(null),
    networkMethodReason: z.string().trim().max(4000, 'Begrundelsen må højst være 4000 tegn').nullable().default(null),
    placementInNetwork: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (!value.isPlacement) return;
    if (value.networkMethodConsidered === null)
      ctx.addIssue({ code: 'custom', path: ['networkMethodConsidered'], message: 'Svar på, om en netværksinddragende metode er overvejet' });
    if (value.networkMethodConsidered === true && value.networkMethodUsed === null)
      ctx.addIssue({ code: 'custom', path: ['networkMethodUsed'], message: 'Vælg hvilken metode der er brugt, eller "ingen"' });
    const notUsed = value.networkMethodConsidered === false || value.networkMethodUsed === 'NONE';
    if (notUsed && !value.networkMethodReason)
      ctx.addIssue({ code: 'custom', path: ['networkMethodReason'], message: 'Skriv hvorfor en netværksinddragende metode ikke er brugt' });
    if (value.networkMethodConsidered === false && value.networkMethodUsed !== null && value.networkMethodUsed !== 'NONE')
      ctx.addIssue({ code: 'custom', path: ['networkMethodUsed'], message: 'En metode, der ikke er overvejet, kan ikke være brugt' });
  })
  .meta({ id: 'DecisionInput' });
export type DecisionInput = z.infer<typeof DecisionInput>;
export type DecisionFormInput = z.input<typeof DecisionInput>;

export const CaseDecision = z
  .object({
    id: Uuid,
    legalBasis: z.string(),
    measure: z.string(),
    purpose: z.string(),
    expectedDuration: z.string(),
    decidedOn: IsoDate,
    consent: DecisionConsent,
    isPlacement: z.boolean(),
    /** For a placement: the network-inclusive method considered before it (issue 8 point 5). */
    placement: z
      .object({
        methodConsidered: z.boolean(),
        methodUsed: NetworkMethod,
        reasonNotUsed: z.string().nullable(),
        placementInNetwork: z.boolean(),
      })
      .nullable(),
    decidedBy: UserRef.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'CaseDecision' });
export type CaseDecision = z.infer<typeof CaseDecision>;

export const CaseDecisionList = z.object({ items: z.array(CaseDecision) }).meta({ id: 'CaseDecisionList' });
export type CaseDecisionList = z.infer<typeof CaseDecisionList>;

/** The dates the legal deadlines count from (apps/api/src/modules/deadlines/rules.ts). */
export const DeadlineDates = z
  .object({
    /** Børnefaglig undersøgelse started / completed. */
    assessmentStartedOn: IsoDate.nullable(),
    assessmentCompletedOn: IsoDate.nullable(),
    /** First decision on a supporting measure (BL § 32). */
    firstDecisionOn: IsoDate.nullable(),
    /** The date a decision on placement without consent (BL § 47) is to be taken. */
    placementWithoutConsentOn: IsoDate.nullable(),
    /** Barnets plan / ungeplan made. */
    planAdoptedOn: IsoDate.nullable(),
    measureStartedOn: IsoDate.nullable(),
    firstFollowUpOn: IsoDate.nullable(),
    nextFollowUpOn: IsoDate.nullable(),
    policeDocumentationOn: IsoDate.nullable(),
    networkCouncilHeldOn: IsoDate.nullable(),
  })
  .meta({ id: 'DeadlineDates' });
export type DeadlineDates = z.infer<typeof DeadlineDates>;

/** BL § 18, stk. 3: while suspected and not risk-assessed, the network may not be contacted or invited. */
export const HonourConflict = z
  .object({
    suspected: z.boolean(),
    riskAssessedOn: IsoDate.nullable(),
    riskAssessedBy: UserRef.nullable(),
    riskAssessment: z.string().nullable(),
    networkContactBlocked: z.boolean(),
  })
  .meta({ id: 'HonourConflict' });
export type HonourConflict = z.infer<typeof HonourConflict>;

export const RecordRiskAssessmentRequest = z
  .object({
    assessedOn: IsoDate,
    summary: z.string().trim().min(10, 'Beskriv risikovurderingens konklusion (mindst 10 tegn)').max(5000),
    version: z.number().int(),
  })
  .meta({ id: 'RecordRiskAssessmentRequest' });
export type RecordRiskAssessmentRequest = z.infer<typeof RecordRiskAssessmentRequest>;

/** What is next on a case; the web words each one. */
export const NextStep = z
  .enum([
    'SCREEN_NOTIFICATION',
    'HONOUR_RISK_ASSESSMENT',
    'DECIDE_AFTER_SCREENING',
    'COMPLETE_ASSESSMENT',
    'RECORD_DECISION',
    'MAKE_PLAN',
    'REFER',
    'AWAIT_REFERRAL',
    'FIRST_FOLLOW_UP',
    'FOLLOW_UP',
    'HOLD_NETWORK_COUNCIL',
    'REASSESS_NEW_NOTIFICATION',
  ])
  .meta({ id: 'NextStep' });
export type NextStep = z.infer<typeof NextStep>;

/** What the current user may do on one case, read from the access policy. */
export const CaseAbilities = z
  .object({
    update: z.boolean(),
    changePhase: z.boolean(),
    registerNotification: z.boolean(),
    recordDecision: z.boolean(),
    manageParents: z.boolean(),
    linkSiblings: z.boolean(),
    assessHonourRisk: z.boolean(),
    refer: z.boolean(),
    manageTeam: z.boolean(),
    revealCpr: z.boolean(),
    readAccessLog: z.boolean(),
    readNotes: z.boolean(),
    writeNotes: z.boolean(),
    readDocuments: z.boolean(),
    uploadDocuments: z.boolean(),
    timeline: z.boolean(),
    history: z.boolean(),
    readNetworkMaps: z.boolean(),
    editNetworkMaps: z.boolean(),
    readConcerns: z.boolean(),
    editConcerns: z.boolean(),
    recordScores: z.boolean(),
    readSafetyPlans: z.boolean(),
    editSafetyPlans: z.boolean(),
    closeSafetyPlans: z.boolean(),
    readMeetings: z.boolean(),
    planMeetings: z.boolean(),
    readActionPlans: z.boolean(),
    editActionPlans: z.boolean(),
    approveActionPlans: z.boolean(),
  })
  .meta({ id: 'CaseAbilities' });
export type CaseAbilities = z.infer<typeof CaseAbilities>;
