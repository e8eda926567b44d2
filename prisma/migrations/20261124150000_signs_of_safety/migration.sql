-- CreateEnum
CREATE TYPE "ConcernGroundKind" AS ENUM ('NOTIFICATION', 'OBSERVATION', 'STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ConcernKind" AS ENUM ('DANGER', 'HARM');

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('ACTIVE', 'ACHIEVED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ScalePerspective" AS ENUM ('CHILD', 'PARENT', 'NETWORK', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "SafetyPlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'CLOSED');

-- CreateTable
CREATE TABLE "ConcernGround" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "kind" "ConcernGroundKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "notificationId" UUID,
    "noteId" UUID,
    "documentId" UUID,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConcernGround_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernStatement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "ConcernKind" NOT NULL,
    "status" "ConcernStatus" NOT NULL DEFAULT 'ACTIVE',
    "whoIsWorried" TEXT NOT NULL,
    "behaviour" TEXT NOT NULL,
    "impactOnChild" TEXT NOT NULL,
    "ifNothingChanges" TEXT NOT NULL,
    "familyView" TEXT,
    "goalParentsWill" TEXT NOT NULL,
    "goalChildWillExperience" TEXT NOT NULL,
    "goalProfessionalsWillSee" TEXT NOT NULL,
    "goalDuration" TEXT NOT NULL,
    "statusReason" TEXT,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedUnitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConcernStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernStatementVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "statementId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "ConcernStatementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConcernStatementGround" (
    "statementId" UUID NOT NULL,
    "groundId" UUID NOT NULL,

    CONSTRAINT "ConcernStatementGround_pkey" PRIMARY KEY ("statementId","groundId")
);

-- CreateTable
CREATE TABLE "SafetyAssessment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "assessedOn" DATE NOT NULL,
    "purpose" TEXT NOT NULL,
    "participants" TEXT NOT NULL,
    "harm" TEXT NOT NULL,
    "complicatingFactors" TEXT NOT NULL,
    "strengths" TEXT NOT NULL,
    "existingSafety" TEXT NOT NULL,
    "nextSteps" TEXT NOT NULL,
    "meetingId" UUID,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID NOT NULL,
    "updatedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SafetyAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyAssessmentStatement" (
    "assessmentId" UUID NOT NULL,
    "statementId" UUID NOT NULL,

    CONSTRAINT "SafetyAssessmentStatement_pkey" PRIMARY KEY ("assessmentId","statementId")
);

-- CreateTable
CREATE TABLE "ScaleScore" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "statementId" UUID,
    "scoredOn" DATE NOT NULL,
    "perspective" "ScalePerspective" NOT NULL,
    "respondent" TEXT NOT NULL,
    "networkPersonId" UUID,
    "respondentUserId" UUID,
    "score" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "reason" TEXT,
    "oneStepUp" TEXT,
    "assessmentId" UUID,
    "safetyPlanReviewId" UUID,
    "meetingId" UUID,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnReason" TEXT,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ScaleScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "status" "SafetyPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "immediate" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" DATE,
    "childExplanation" TEXT NOT NULL,
    "closureCriteria" TEXT NOT NULL,
    "closedOn" DATE,
    "closureDecision" TEXT,
    "closedById" UUID,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedUnitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SafetyPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlanStatement" (
    "planId" UUID NOT NULL,
    "statementId" UUID NOT NULL,

    CONSTRAINT "SafetyPlanStatement_pkey" PRIMARY KEY ("planId","statementId")
);

-- CreateTable
CREATE TABLE "SafetyPlanRule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "monitoredBy" TEXT NOT NULL,
    "warningSigns" TEXT NOT NULL,
    "ifBroken" TEXT NOT NULL,

    CONSTRAINT "SafetyPlanRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlanRuleResponsible" (
    "ruleId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "SafetyPlanRuleResponsible_pkey" PRIMARY KEY ("ruleId","personId")
);

-- CreateTable
CREATE TABLE "SafetyNetworkMember" (
    "planId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" TEXT,

    CONSTRAINT "SafetyNetworkMember_pkey" PRIMARY KEY ("planId","personId")
);

-- CreateTable
CREATE TABLE "SafetyPlanCheck" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "who" TEXT NOT NULL,
    "userId" UUID,
    "what" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,

    CONSTRAINT "SafetyPlanCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlanReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "heldOn" DATE,
    "notes" TEXT,
    "heldById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SafetyPlanReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyPlanImage" (
    "planId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "caption" TEXT,

    CONSTRAINT "SafetyPlanImage_pkey" PRIMARY KEY ("planId","documentId")
);

-- CreateIndex
CREATE INDEX "ConcernGround_caseId_occurredOn_idx" ON "ConcernGround"("caseId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ConcernStatement_caseId_number_key" ON "ConcernStatement"("caseId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ConcernStatementVersion_statementId_number_key" ON "ConcernStatementVersion"("statementId", "number");

-- CreateIndex
CREATE INDEX "ConcernStatementGround_groundId_idx" ON "ConcernStatementGround"("groundId");

-- CreateIndex
CREATE INDEX "SafetyAssessment_caseId_assessedOn_idx" ON "SafetyAssessment"("caseId", "assessedOn");

-- CreateIndex
CREATE INDEX "SafetyAssessmentStatement_statementId_idx" ON "SafetyAssessmentStatement"("statementId");

-- CreateIndex
CREATE INDEX "ScaleScore_caseId_scoredOn_idx" ON "ScaleScore"("caseId", "scoredOn");

-- CreateIndex
CREATE INDEX "ScaleScore_statementId_idx" ON "ScaleScore"("statementId");

-- CreateIndex
CREATE INDEX "SafetyPlan_caseId_idx" ON "SafetyPlan"("caseId");

-- CreateIndex
CREATE INDEX "SafetyPlanStatement_statementId_idx" ON "SafetyPlanStatement"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyPlanRule_planId_position_key" ON "SafetyPlanRule"("planId", "position");

-- CreateIndex
CREATE INDEX "SafetyPlanRuleResponsible_personId_idx" ON "SafetyPlanRuleResponsible"("personId");

-- CreateIndex
CREATE INDEX "SafetyNetworkMember_personId_idx" ON "SafetyNetworkMember"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyPlanCheck_planId_position_key" ON "SafetyPlanCheck"("planId", "position");

-- CreateIndex
CREATE INDEX "SafetyPlanReview_planId_dueOn_idx" ON "SafetyPlanReview"("planId", "dueOn");

-- AddForeignKey
ALTER TABLE "ConcernGround" ADD CONSTRAINT "ConcernGround_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernGround" ADD CONSTRAINT "ConcernGround_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "ChildNotification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernGround" ADD CONSTRAINT "ConcernGround_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "CaseNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernGround" ADD CONSTRAINT "ConcernGround_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CaseDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernGround" ADD CONSTRAINT "ConcernGround_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernGround" ADD CONSTRAINT "ConcernGround_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatement" ADD CONSTRAINT "ConcernStatement_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatement" ADD CONSTRAINT "ConcernStatement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatement" ADD CONSTRAINT "ConcernStatement_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatement" ADD CONSTRAINT "ConcernStatement_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatement" ADD CONSTRAINT "ConcernStatement_updatedUnitId_fkey" FOREIGN KEY ("updatedUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatementVersion" ADD CONSTRAINT "ConcernStatementVersion_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "ConcernStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatementVersion" ADD CONSTRAINT "ConcernStatementVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatementVersion" ADD CONSTRAINT "ConcernStatementVersion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatementGround" ADD CONSTRAINT "ConcernStatementGround_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "ConcernStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConcernStatementGround" ADD CONSTRAINT "ConcernStatementGround_groundId_fkey" FOREIGN KEY ("groundId") REFERENCES "ConcernGround"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAssessment" ADD CONSTRAINT "SafetyAssessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAssessment" ADD CONSTRAINT "SafetyAssessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAssessment" ADD CONSTRAINT "SafetyAssessment_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAssessment" ADD CONSTRAINT "SafetyAssessment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAssessmentStatement" ADD CONSTRAINT "SafetyAssessmentStatement_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SafetyAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyAssessmentStatement" ADD CONSTRAINT "SafetyAssessmentStatement_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "ConcernStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "ConcernStatement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_networkPersonId_fkey" FOREIGN KEY ("networkPersonId") REFERENCES "NetworkPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_respondentUserId_fkey" FOREIGN KEY ("respondentUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SafetyAssessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_safetyPlanReviewId_fkey" FOREIGN KEY ("safetyPlanReviewId") REFERENCES "SafetyPlanReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlan" ADD CONSTRAINT "SafetyPlan_updatedUnitId_fkey" FOREIGN KEY ("updatedUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanStatement" ADD CONSTRAINT "SafetyPlanStatement_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SafetyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanStatement" ADD CONSTRAINT "SafetyPlanStatement_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "ConcernStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanRule" ADD CONSTRAINT "SafetyPlanRule_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SafetyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanRuleResponsible" ADD CONSTRAINT "SafetyPlanRuleResponsible_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "SafetyPlanRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanRuleResponsible" ADD CONSTRAINT "SafetyPlanRuleResponsible_personId_fkey" FOREIGN KEY ("personId") REFERENCES "NetworkPerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyNetworkMember" ADD CONSTRAINT "SafetyNetworkMember_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SafetyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyNetworkMember" ADD CONSTRAINT "SafetyNetworkMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "NetworkPerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanCheck" ADD CONSTRAINT "SafetyPlanCheck_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SafetyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanCheck" ADD CONSTRAINT "SafetyPlanCheck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanReview" ADD CONSTRAINT "SafetyPlanReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SafetyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanReview" ADD CONSTRAINT "SafetyPlanReview_heldById_fkey" FOREIGN KEY ("heldById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanImage" ADD CONSTRAINT "SafetyPlanImage_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SafetyPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyPlanImage" ADD CONSTRAINT "SafetyPlanImage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CaseDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- The safety scale runs from 0 to 10.
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_score_check" CHECK ("score" BETWEEN 0 AND 10);
