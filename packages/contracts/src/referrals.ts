import { ConcernKind } from './concerns';
import { z } from 'zod';
import { IsoDate, IsoDateTime, Uuid } from './common';
import { MaskedCpr } from './cases';
import { UnitRef, UserRef } from './units';

// Visitation: Myndighed refers a case to an executor unit (FamilieCentret / UngeCentret) on the
// basis of a BL § 32 decision; the receiving unit's leader accepts and assigns a worker, or sends
// it back (domain.md §3.1 step 6).

export const ReferralStatus = z.enum(['SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN']).meta({ id: 'ReferralStatus' });
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/** The BL § 32 decision a referral rests on, as it travels with the referral. */
export const ReferralDecision = z
  .object({
    id: Uuid,
    legalBasis: z.string(),
    measure: z.string(),
    purpose: z.string(),
    expectedDuration: z.string(),
    decidedOn: IsoDate,
  })
  .meta({ id: 'ReferralDecision' });
export type ReferralDecision = z.infer<typeof ReferralDecision>;

/** A network map's version sent with a referral. */
export const ReferralMapVersionRef = z
  .object({
    mapId: Uuid,
    perspective: z.enum(['CHILD', 'PARENT', 'PROFESSIONAL']),
    perspectiveOf: z.string().nullable(),
    versionNumber: z.number().int(),
    personCount: z.number().int(),
  })
  .meta({ id: 'ReferralMapVersionRef' });
export type ReferralMapVersionRef = z.infer<typeof ReferralMapVersionRef>;

/** A concern statement/goal pair sent with a referral, as the version it then had. */
export const ReferralConcernRef = z
  .object({
    statementId: Uuid,
    /** "Bekymring 2" */
    number: z.number().int(),
    kind: ConcernKind,
    versionNumber: z.number().int(),
    behaviour: z.string(),
    goalChildWillExperience: z.string(),
  })
  .meta({ id: 'ReferralConcernRef' });
export type ReferralConcernRef = z.infer<typeof ReferralConcernRef>;

/** A referral as the case page shows it. */
export const Referral = z
  .object({
    id: Uuid,
    caseId: Uuid,
    status: ReferralStatus,
    fromUnit: UnitRef,
    toUnit: UnitRef,
    sentAt: IsoDateTime,
    sentBy: UserRef.nullable(),
    decidedAt: IsoDateTime.nullable(),
    decidedBy: UserRef.nullable(),
    // The material that travels with the referral. Later issues attach the concern statements and
    // the plan goals here, beside the decision and the network maps.
    decision: ReferralDecision.nullable(),
    /** The network maps' versions as they were when the referral was sent: frozen there. */
    networkMaps: z.array(ReferralMapVersionRef),
    /** The active concern statements and safety goals as they were when the referral was sent. */
    concerns: z.array(ReferralConcernRef),
    assessmentSummary: z.string().nullable(),
    message: z.string().nullable(),
    assignedWorker: UserRef.nullable(),
    /** Why the receiving unit sent it back (status REJECTED). */
    returnReason: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Referral' });
export type Referral = z.infer<typeof Referral>;

export const ReferralList = z.object({ items: z.array(Referral) }).meta({ id: 'ReferralList' });
export type ReferralList = z.infer<typeof ReferralList>;

/**
 * The referral package as the receiving leader sees it before the case is theirs: the case number
 * and the child's name, age and masked CPR, never more of the case.
 */
export const IncomingReferral = Referral.extend({
  case: z.object({
    id: Uuid,
    caseNumber: z.string(),
    child: z.object({ firstName: z.string(), lastName: z.string(), age: z.number().int().min(0), cprMasked: MaskedCpr }),
  }),
}).meta({ id: 'IncomingReferral' });
export type IncomingReferral = z.infer<typeof IncomingReferral>;

export const IncomingReferralList = z.object({ items: z.array(IncomingReferral) }).meta({ id: 'IncomingReferralList' });
export type IncomingReferralList = z.infer<typeof IncomingReferralList>;

export const IncomingReferralStatus = z.enum(['SENT', 'ACCEPTED', 'REJECTED']);
export type IncomingReferralStatus = z.infer<typeof IncomingReferralStatus>;

export const IncomingReferralQuery = z.object({ status: IncomingReferralStatus.default('SENT') });
export type IncomingReferralQuery = z.infer<typeof IncomingReferralQuery>;

export const ReferralParams = z.object({ referralId: Uuid });
export const CaseReferralParams = z.object({ caseId: Uuid, referralId: Uuid });

/** Why a case cannot be referred right now; `ReferralOptions.blockedReason` says it in Danish. */
export const ReferralBlock = z
  .enum(['NOT_HELD_BY_AUTHORITY', 'CASE_CLOSED', 'NO_DECISION', 'HONOUR_RISK_ASSESSMENT_MISSING', 'NO_EXECUTOR_UNIT'])
  .meta({ id: 'ReferralBlock' });
export type ReferralBlock = z.infer<typeof ReferralBlock>;

export const ReferralUnitOption = UnitRef.extend({
  /** A referral to this unit is already sent or accepted: another may not be sent. */
  activeReferral: z.boolean(),
}).meta({ id: 'ReferralUnitOption' });
export type ReferralUnitOption = z.infer<typeof ReferralUnitOption>;

/** What the "Visitér sagen" form needs: where to, on which decision, and whether it may be done now. */
export const ReferralOptions = z
  .object({
    units: z.array(ReferralUnitOption),
    /** Chosen by the child's age against the municipality's `youthUnitFromAge`. */
    defaultUnitId: Uuid.nullable(),
    childAge: z.number().int().min(0),
    youthUnitFromAge: z.number().int(),
    decisions: z.array(ReferralDecision),
    canRefer: z.boolean(),
    blockedBy: ReferralBlock.nullable(),
    blockedReason: z.string().nullable(),
  })
  .meta({ id: 'ReferralOptions' });
export type ReferralOptions = z.infer<typeof ReferralOptions>;

export const CreateReferralRequest = z
  .object({
    toUnitId: Uuid,
    decisionId: Uuid,
    assessmentSummary: z
      .string()
      .trim()
      .min(1, 'Skriv et resumé af undersøgelsen')
      .max(20_000, 'Resuméet må højst være 20.000 tegn'),
    message: z.string().trim().max(5_000, 'Beskeden må højst være 5.000 tegn').nullable().optional(),
  })
  .meta({ id: 'CreateReferralRequest' });
export type CreateReferralRequest = z.infer<typeof CreateReferralRequest>;
export type CreateReferralFormInput = z.input<typeof CreateReferralRequest>;

export const WithdrawReferralRequest = z.object({ version: z.number().int() }).meta({ id: 'WithdrawReferralRequest' });
export type WithdrawReferralRequest = z.infer<typeof WithdrawReferralRequest>;

export const AcceptReferralRequest = z
  .object({ assignedWorkerId: Uuid, version: z.number().int() })
  .meta({ id: 'AcceptReferralRequest' });
export type AcceptReferralRequest = z.infer<typeof AcceptReferralRequest>;

export const ReturnReferralRequest = z
  .object({
    reason: z
      .string()
      .trim()
      .min(10, 'Begrund hvorfor visitationen sendes retur (mindst 10 tegn)')
      .max(5_000, 'Begrundelsen må højst være 5.000 tegn'),
    version: z.number().int(),
  })
  .meta({ id: 'ReturnReferralRequest' });
export type ReturnReferralRequest = z.infer<typeof ReturnReferralRequest>;

/** The municipality's own settings (admin). */
export const MunicipalitySettings = z
  .object({
    /** A child of this age or older is referred to UngeCentret by default, a younger one to FamilieCentret. */
    youthUnitFromAge: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'MunicipalitySettings' });
export type MunicipalitySettings = z.infer<typeof MunicipalitySettings>;

export const UpdateMunicipalitySettingsRequest = z
  .object({
    youthUnitFromAge: z.number().int('Skriv en hel alder').min(10, 'Alderen skal være mellem 10 og 18').max(18, 'Alderen skal være mellem 10 og 18'),
    version: z.number().int(),
  })
  .meta({ id: 'UpdateMunicipalitySettingsRequest' });
export type UpdateMunicipalitySettingsRequest = z.infer<typeof UpdateMunicipalitySettingsRequest>;
export type MunicipalitySettingsFormInput = z.input<typeof UpdateMunicipalitySettingsRequest>;
