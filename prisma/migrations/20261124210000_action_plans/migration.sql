-- The child's action plan (barnets plan / ungeplan, Barnets lov §§ 91–92): goals, tasks linked to meeting
-- decisions and part-2 agreements, versions with approval, and BL § 95 follow-ups per goal.

-- CreateEnum
CREATE TYPE "ActionPlanType" AS ENUM ('BARNETS_PLAN', 'UNGEPLAN');

-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('DRAFT', 'PROPOSED', 'APPROVED');

-- CreateEnum
CREATE TYPE "PlanTaskAssignee" AS ENUM ('PROFESSIONAL', 'UNIT', 'NETWORK_PERSON');

-- CreateEnum
CREATE TYPE "PlanTaskStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GoalProgress" AS ENUM ('NOT_STARTED', 'PROGRESSING', 'ACHIEVED', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "FollowUpDecision" AS ENUM ('CONTINUE', 'ADJUST', 'STOP', 'NEW_ASSESSMENT', 'REVISE_PLAN');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "type" "ActionPlanType" NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "decisionId" UUID,
    "purpose" TEXT NOT NULL,
    "expectedDuration" TEXT NOT NULL,
    "networkSection" TEXT NOT NULL DEFAULT '',
    "familySupport" TEXT NOT NULL DEFAULT '',
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "number" INTEGER NOT NULL DEFAULT 1,
    "proposedAt" TIMESTAMPTZ(3),
    "proposedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedNumber" INTEGER,
    "sharedWithChildOn" DATE,
    "sharedWithParentsOn" DATE,
    "childComments" TEXT,
    "parentComments" TEXT,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanChild" (
    "planId" UUID NOT NULL,
    "caseId" UUID NOT NULL,

    CONSTRAINT "ActionPlanChild_pkey" PRIMARY KEY ("planId", "caseId")
);

-- CreateTable
CREATE TABLE "ActionPlanGoal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "childWords" TEXT NOT NULL DEFAULT '',
    "parentsView" TEXT NOT NULL DEFAULT '',
    "indicators" TEXT NOT NULL DEFAULT '',
    "reviewOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionPlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanTask" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "goalId" UUID,
    "position" INTEGER NOT NULL,
    "assignee" "PlanTaskAssignee" NOT NULL,
    "userId" UUID,
    "unitId" UUID,
    "networkPersonId" UUID,
    "who" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "PlanTaskStatus" NOT NULL DEFAULT 'PLANNED',
    "networkAgreementId" UUID,
    "meetingDecisionId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionPlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "planId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "ActionPlanStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changes" JSONB,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanFollowUp" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "planId" UUID,
    "heldOn" DATE NOT NULL,
    "participants" TEXT NOT NULL,
    "childView" TEXT NOT NULL,
    "decision" "FollowUpDecision" NOT NULL,
    "decisionNote" TEXT,
    "nextFollowUpOn" DATE,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanGoalFollowUp" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "followUpId" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "progress" "GoalProgress" NOT NULL,
    "note" TEXT,
    "score" INTEGER,

    CONSTRAINT "PlanGoalFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionPlan_caseId_idx" ON "ActionPlan"("caseId");

-- CreateIndex
CREATE INDEX "ActionPlanChild_caseId_idx" ON "ActionPlanChild"("caseId");

-- CreateIndex
CREATE INDEX "ActionPlanGoal_planId_position_idx" ON "ActionPlanGoal"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanTask_networkAgreementId_key" ON "ActionPlanTask"("networkAgreementId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanTask_meetingDecisionId_key" ON "ActionPlanTask"("meetingDecisionId");

-- CreateIndex
CREATE INDEX "ActionPlanTask_planId_position_idx" ON "ActionPlanTask"("planId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanVersion_planId_number_key" ON "ActionPlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "PlanFollowUp_caseId_heldOn_idx" ON "PlanFollowUp"("caseId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "PlanGoalFollowUp_followUpId_goalId_key" ON "PlanGoalFollowUp"("followUpId", "goalId");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "CaseDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanChild" ADD CONSTRAINT "ActionPlanChild_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanChild" ADD CONSTRAINT "ActionPlanChild_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanGoal" ADD CONSTRAINT "ActionPlanGoal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ActionPlanGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_networkPersonId_fkey" FOREIGN KEY ("networkPersonId") REFERENCES "NetworkPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_networkAgreementId_fkey" FOREIGN KEY ("networkAgreementId") REFERENCES "NetworkAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanTask" ADD CONSTRAINT "ActionPlanTask_meetingDecisionId_fkey" FOREIGN KEY ("meetingDecisionId") REFERENCES "MeetingDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanVersion" ADD CONSTRAINT "ActionPlanVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanFollowUp" ADD CONSTRAINT "PlanFollowUp_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanFollowUp" ADD CONSTRAINT "PlanFollowUp_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanFollowUp" ADD CONSTRAINT "PlanFollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoalFollowUp" ADD CONSTRAINT "PlanGoalFollowUp_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "PlanFollowUp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoalFollowUp" ADD CONSTRAINT "PlanGoalFollowUp_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ActionPlanGoal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

