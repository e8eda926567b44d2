-- Trigram matching for the case search's name indexes
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('ASSESSMENT', 'PLAN', 'FIRST_FOLLOW_UP', 'FOLLOW_UP', 'NETWORK_COUNCIL');

-- CreateEnum
CREATE TYPE "NotificationSource" AS ENUM ('SCHOOL', 'DAYCARE', 'HEALTH', 'POLICE', 'HOSPITAL', 'SOCIAL_SERVICES', 'FAMILY', 'CHILD', 'ANONYMOUS', 'CITIZEN', 'OTHER');

-- CreateEnum
CREATE TYPE "ParentRelation" AS ENUM ('MOTHER', 'FATHER', 'CO_MOTHER', 'STEP_PARENT', 'GUARDIAN', 'OTHER');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('NOTE', 'PHONE_CALL', 'MEETING', 'CHILD_CONVERSATION', 'HOME_VISIT', 'EXTERNAL_STATEMENT', 'PROCEDURAL_STEP');

-- CreateEnum
CREATE TYPE "DecisionConsent" AS ENUM ('WITH_CONSENT', 'WITHOUT_CONSENT');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_RETURNED', 'DEADLINE_DUE', 'EMERGENCY_ACCESS');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "youthUnitFromAge" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "childAddress" TEXT,
ADD COLUMN     "siblingGroupId" UUID,
ADD COLUMN     "assessmentStartedOn" DATE,
ADD COLUMN     "assessmentCompletedOn" DATE,
ADD COLUMN     "firstDecisionOn" DATE,
ADD COLUMN     "placementWithoutConsentOn" DATE,
ADD COLUMN     "planAdoptedOn" DATE,
ADD COLUMN     "measureStartedOn" DATE,
ADD COLUMN     "firstFollowUpOn" DATE,
ADD COLUMN     "nextFollowUpOn" DATE,
ADD COLUMN     "policeDocumentationOn" DATE,
ADD COLUMN     "networkCouncilHeldOn" DATE,
ADD COLUMN     "nextDeadlineOn" DATE,
ADD COLUMN     "nextDeadlineKind" "DeadlineKind",
ADD COLUMN     "honourRiskAssessedOn" DATE,
ADD COLUMN     "honourRiskAssessedById" UUID,
ADD COLUMN     "honourRiskAssessment" TEXT;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "decisionId" UUID,
ADD COLUMN     "assessmentSummary" TEXT,
ADD COLUMN     "message" TEXT,
ADD COLUMN     "assignedWorkerId" UUID,
ADD COLUMN     "returnReason" TEXT;

-- CreateTable
CREATE TABLE "CasePhaseChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "fromPhase" "CasePhase",
    "toPhase" "CasePhase" NOT NULL,
    "changedOn" DATE NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" UUID,
    "reason" TEXT,

    CONSTRAINT "CasePhaseChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseParent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" "ParentRelation" NOT NULL,
    "hasCustody" BOOLEAN NOT NULL,
    "cpr" CHAR(10),
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "removedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CaseParent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildNotification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "receivedOn" DATE NOT NULL,
    "source" "NotificationSource" NOT NULL,
    "sourceName" TEXT,
    "content" TEXT NOT NULL,
    "concernsAbuse" BOOLEAN NOT NULL DEFAULT false,
    "registeredById" UUID,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChildNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseDecision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "expectedDuration" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "consent" "DecisionConsent" NOT NULL DEFAULT 'WITH_CONSENT',
    "isPlacement" BOOLEAN NOT NULL DEFAULT false,
    "decidedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "kind" "NoteKind" NOT NULL DEFAULT 'NOTE',
    "occurredOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "authorUnitId" UUID,
    "supplementsId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "noteId" UUID,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" UUID,
    "unitId" UUID,
    "entityType" TEXT,
    "entityId" UUID,
    "data" JSONB,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "caseId" UUID,
    "data" JSONB,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_municipalityId_nextDeadlineOn_idx" ON "Case"("municipalityId", "nextDeadlineOn");

-- CreateIndex
CREATE INDEX "Case_municipalityId_phaseChangedAt_idx" ON "Case"("municipalityId", "phaseChangedAt");

-- CreateIndex
CREATE INDEX "Case_siblingGroupId_idx" ON "Case"("siblingGroupId");

-- CreateIndex
CREATE INDEX "Case_childFirstName_trgm_idx" ON "Case" USING GIN ("childFirstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Case_childLastName_trgm_idx" ON "Case" USING GIN ("childLastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CasePhaseChange_caseId_recordedAt_idx" ON "CasePhaseChange"("caseId", "recordedAt");

-- CreateIndex
CREATE INDEX "CaseParent_caseId_idx" ON "CaseParent"("caseId");

-- CreateIndex
CREATE INDEX "ChildNotification_caseId_receivedOn_idx" ON "ChildNotification"("caseId", "receivedOn");

-- CreateIndex
CREATE INDEX "CaseDecision_caseId_decidedOn_idx" ON "CaseDecision"("caseId", "decidedOn");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseNote_supplementsId_idx" ON "CaseNote"("supplementsId");

-- CreateIndex
CREATE INDEX "CaseDocument_caseId_uploadedAt_idx" ON "CaseDocument"("caseId", "uploadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvent_seq_key" ON "CaseEvent"("seq");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_occurredAt_idx" ON "CaseEvent"("caseId", "occurredAt");

-- CreateIndex
CREATE INDEX "Alert_userId_readAt_createdAt_idx" ON "Alert"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_userId_dedupeKey_key" ON "Alert"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_honourRiskAssessedById_fkey" FOREIGN KEY ("honourRiskAssessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_assignedWorkerId_fkey" FOREIGN KEY ("assignedWorkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "CaseDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePhaseChange" ADD CONSTRAINT "CasePhaseChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePhaseChange" ADD CONSTRAINT "CasePhaseChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseParent" ADD CONSTRAINT "CaseParent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildNotification" ADD CONSTRAINT "ChildNotification_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildNotification" ADD CONSTRAINT "ChildNotification_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDecision" ADD CONSTRAINT "CaseDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDecision" ADD CONSTRAINT "CaseDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_supplementsId_fkey" FOREIGN KEY ("supplementsId") REFERENCES "CaseNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "CaseNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
