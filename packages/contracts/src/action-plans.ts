import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, requiredText, Uuid } from './common';
import { UnitRef, UserRef } from './units';

// The child's action plan (domain.md §2.6, §2.11; seed 002): barnets plan or ungeplan under
// Barnets lov §§ 91–92 (formerly the § 140 handleplan), the tool that coordinates who does what.
// It is edited as a document: a save sends the whole plan with the version it started from and
// becomes the plan's next numbered version. Executors propose, Myndighed approves. Each goal
// carries the network's part as tasks; a task made from a meeting decision or a part-2 agreement
// links to it both ways. Follow-up (BL § 95) records each goal's status and sets the next date.

export const ActionPlanType = z.enum(['BARNETS_PLAN', 'UNGEPLAN']).meta({ id: 'ActionPlanType' });
export type ActionPlanType = z.infer<typeof ActionPlanType>;

export const ActionPlanStatus = z.enum(['DRAFT', 'PROPOSED', 'APPROVED']).meta({ id: 'ActionPlanStatus' });
export type ActionPlanStatus = z.infer<typeof ActionPlanStatus>;

export const PlanTaskAssignee = z.enum(['PROFESSIONAL', 'UNIT', 'NETWORK_PERSON']).meta({ id: 'PlanTaskAssignee' });
export type PlanTaskAssignee = z.infer<typeof PlanTaskAssignee>;

export const PlanTaskStatus = z
  .enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED'])
  .meta({ id: 'PlanTaskStatus' });
export type PlanTaskStatus = z.infer<typeof PlanTaskStatus>;

export const GoalProgress = z.enum(['NOT_STARTED', 'PROGRESSING', 'ACHIEVED', 'NOT_ACHIEVED']).meta({ id: 'GoalProgress' });
export type GoalProgress = z.infer<typeof GoalProgress>;

export const FollowUpDecision = z
  .enum(['CONTINUE', 'ADJUST', 'STOP', 'NEW_ASSESSMENT', 'REVISE_PLAN'])
  .meta({ id: 'FollowUpDecision' });
export type FollowUpDecision = z.infer<typeof FollowUpDecision>;

/** The areas of the child's life a goal is about (the old § 140 themes caseworkers still use). */
export const GOAL_AREAS = ['DEVELOPMENT', 'FAMILY', 'SCHOOL', 'HEALTH', 'LEISURE', 'OTHER'] as const;
export const GoalArea = z.enum(GOAL_AREAS).meta({ id: 'GoalArea' });
export type GoalArea = z.infer<typeof GoalArea>;


/** Who carries out a task: a professional (user), a unit, or a person from the network map. */
export const PlanTaskInput = z
  .object({
    /** Kept across saves so links to meeting decisions and agreements survive; a new task has none. */
    id: Uuid.nullable().default(null),
    assignee: PlanTaskAssignee,
    userId: Uuid.nullable().default(null),
    unitId: Uuid.nullable().default(null),
    networkPersonId: Uuid.nullable().default(null),
    who: requiredText(300, 'Hvem', 'Skriv hvem der gør det'),
    what: requiredText(2000, 'Hvad', 'Skriv hvad der skal gøres'),
    dueOn: IsoDate.nullable().default(null),
    status: PlanTaskStatus.default('PLANNED'),
    /** Made from a meeting decision or a part-2 agreement: the link, set once. */
    meetingDecisionId: Uuid.nullable().default(null),
    networkAgreementId: Uuid.nullable().default(null),
  })
  .meta({ id: 'PlanTaskFields' });
export type PlanTaskInput = z.input<typeof PlanTaskInput>;

export const PlanGoalInput = z
  .object({
    id: Uuid.nullable().default(null),
    area: GoalArea,
    goal: requiredText(2000, 'Målet', 'Skriv målet med konkrete ord'),
    childWords: limitedText(2000, 'Barnets egne ord').default(''),
    parentsView: limitedText(2000, 'Forældrenes syn').default(''),
    indicators: limitedText(2000, 'Hvordan fremskridt ses').default(''),
    reviewOn: IsoDate.nullable().default(null),
    tasks: z.array(PlanTaskInput).max(30).default([]),
  })
  .meta({ id: 'PlanGoalFields' });
export type PlanGoalInput = z.input<typeof PlanGoalInput>;

/** The plan as a document: what a save sends. */
export const ActionPlanFields = z
  .object({
    type: ActionPlanType,
    legalBasis: requiredText(200, 'Hjemlen', 'Skriv hjemlen, fx Barnets lov § 91, stk. 1'),
    /** The decision the plan rests on; its purpose and expected duration are copied when chosen. */
    decisionId: Uuid.nullable().default(null),
    purpose: requiredText(4000, 'Formålet', 'Skriv formålet med indsatsen'),
    expectedDuration: requiredText(200, 'Den forventede varighed', 'Skriv den forventede varighed'),
    /** Siblings' cases the plan covers too (§ 91, stk. 3); the plan's own case is always covered. */
    siblingCaseIds: z.array(Uuid).max(10).default([]),
    networkSection: limitedText(10_000, 'Netværksafsnittet').default(''),
    familySupport: limitedText(10_000, 'Støtten til familien').default(''),
    goals: z.array(PlanGoalInput).max(20).default([]),
    /** Tasks of the network section that belong to no single goal. */
    networkTasks: z.array(PlanTaskInput).max(30).default([]),
  })
  .meta({ id: 'ActionPlanFields' });
export type ActionPlanFields = z.infer<typeof ActionPlanFields>;
export type ActionPlanFormInput = z.input<typeof ActionPlanFields>;

export const SaveActionPlanRequest = ActionPlanFields.extend({
  version: z.number().int(),
  /** What changed, in the author's words (shown in the version history). */
  changeNote: limitedText(1000, 'Ændringsnoten').nullable().default(null),
}).meta({ id: 'SaveActionPlanRequest' });
export type SaveActionPlanRequest = z.input<typeof SaveActionPlanRequest>;

export const ProposeActionPlanRequest = z.object({ version: z.number().int() }).meta({ id: 'ProposeActionPlanRequest' });
export const ApproveActionPlanRequest = z
  .object({ version: z.number().int(), note: limitedText(2000, 'Noten').nullable().default(null) })
  .meta({ id: 'ApproveActionPlanRequest' });

/** The date the plan was shared with the child and the custody holders, and their comments. */
export const ShareActionPlanRequest = z
  .object({
    version: z.number().int(),
    sharedWithChildOn: IsoDate.nullable().default(null),
    sharedWithParentsOn: IsoDate.nullable().default(null),
    childComments: limitedText(4000, 'Barnets kommentarer').nullable().default(null),
    parentComments: limitedText(4000, 'Forældrenes kommentarer').nullable().default(null),
  })
  .meta({ id: 'ShareActionPlanRequest' });
export type ShareActionPlanRequest = z.input<typeof ShareActionPlanRequest>;

export const GoalFollowUpInput = z
  .object({
    goalId: Uuid,
    progress: GoalProgress,
    note: limitedText(2000, 'Noten').nullable().default(null),
    score: z.number().int().min(0, 'Scoren skal være mellem 0 og 10').max(10, 'Scoren skal være mellem 0 og 10').nullable().default(null),
  })
  .meta({ id: 'GoalFollowUpInput' });

/** A follow-up (BL § 95): held on, who took part, the child's view, per goal, decision, next date. */
export const RecordFollowUpRequest = z
  .object({
    heldOn: IsoDate,
    participants: requiredText(2000, 'Deltagerne', 'Skriv hvem der deltog'),
    childView: requiredText(4000, 'Barnets syn', 'Skriv barnets syn (eller hvorfor det ikke er indhentet)'),
    goals: z.array(GoalFollowUpInput).max(20).default([]),
    decision: FollowUpDecision,
    decisionNote: limitedText(4000, 'Begrundelsen').nullable().default(null),
    nextFollowUpOn: IsoDate.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== 'STOP' && !value.nextFollowUpOn)
      ctx.addIssue({ code: 'custom', path: ['nextFollowUpOn'], message: 'Vælg datoen for næste opfølgning' });
    if (value.nextFollowUpOn && value.nextFollowUpOn <= value.heldOn)
      ctx.addIssue({ code: 'custom', path: ['nextFollowUpOn'], message: 'Næste opfølgning skal ligge efter denne' });
  })
  .meta({ id: 'RecordFollowUpRequest' });
export type RecordFollowUpRequest = z.input<typeof RecordFollowUpRequest>;

// --- Reading ---------------------------------------------------------------------------------------

export const PlanTask = z
  .object({
    id: Uuid,
    goalId: Uuid.nullable(),
    position: z.number().int(),
    assignee: PlanTaskAssignee,
    user: UserRef.nullable(),
    unit: UnitRef.nullable(),
    networkPersonId: Uuid.nullable(),
    who: z.string(),
    what: z.string(),
    dueOn: IsoDate.nullable(),
    status: PlanTaskStatus,
    meetingDecisionId: Uuid.nullable(),
    networkAgreementId: Uuid.nullable(),
  })
  .meta({ id: 'PlanTask' });
export type PlanTask = z.infer<typeof PlanTask>;

export const PlanGoal = z
  .object({
    id: Uuid,
    position: z.number().int(),
    area: GoalArea,
    goal: z.string(),
    childWords: z.string(),
    parentsView: z.string(),
    indicators: z.string(),
    reviewOn: IsoDate.nullable(),
    tasks: z.array(PlanTask),
  })
  .meta({ id: 'PlanGoal' });
export type PlanGoal = z.infer<typeof PlanGoal>;

export const ActionPlanSummary = z
  .object({
    id: Uuid,
    caseId: Uuid,
    type: ActionPlanType,
    status: ActionPlanStatus,
    number: z.number().int(),
    approvedAt: IsoDateTime.nullable(),
    goalCount: z.number().int(),
    updatedAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'ActionPlanSummary' });
export type ActionPlanSummary = z.infer<typeof ActionPlanSummary>;

export const FollowUpRecord = z
  .object({
    id: Uuid,
    heldOn: IsoDate,
    participants: z.string(),
    childView: z.string(),
    goals: z.array(z.object({ goalId: Uuid, progress: GoalProgress, note: z.string().nullable(), score: z.number().int().nullable() })),
    decision: FollowUpDecision,
    decisionNote: z.string().nullable(),
    nextFollowUpOn: IsoDate.nullable(),
    createdBy: UserRef,
    createdAt: IsoDateTime,
  })
  .meta({ id: 'FollowUpRecord' });
export type FollowUpRecord = z.infer<typeof FollowUpRecord>;

export const ActionPlanDetail = ActionPlanSummary.extend({
  legalBasis: z.string(),
  decisionId: Uuid.nullable(),
  purpose: z.string(),
  expectedDuration: z.string(),
  children: z.array(z.object({ caseId: Uuid, firstName: z.string(), caseNumber: z.string() })),
  networkSection: z.string(),
  familySupport: z.string(),
  goals: z.array(PlanGoal),
  networkTasks: z.array(PlanTask),
  /** The plan's deadline (BL § 91: three months after the decision) from the deadline module. */
  deadlineOn: IsoDate.nullable(),
  proposedAt: IsoDateTime.nullable(),
  proposedBy: UserRef.nullable(),
  approvedBy: UserRef.nullable(),
  approvedNumber: z.number().int().nullable(),
  sharedWithChildOn: IsoDate.nullable(),
  sharedWithParentsOn: IsoDate.nullable(),
  childComments: z.string().nullable(),
  parentComments: z.string().nullable(),
  followUps: z.array(FollowUpRecord),
  versions: z.array(
    z.object({ number: z.number().int(), status: ActionPlanStatus, author: UserRef, createdAt: IsoDateTime, changes: z.array(z.string()) }),
  ),
  can: z.object({ edit: z.boolean(), propose: z.boolean(), approve: z.boolean(), followUp: z.boolean() }),
}).meta({ id: 'ActionPlanDetail' });
export type ActionPlanDetail = z.infer<typeof ActionPlanDetail>;

export const ActionPlanList = z
  .object({ items: z.array(ActionPlanSummary), can: z.object({ create: z.boolean() }) })
  .meta({ id: 'ActionPlanList' });
export type ActionPlanList = z.infer<typeof ActionPlanList>;

export const ActionPlanParams = z.object({ caseId: Uuid, planId: Uuid });
