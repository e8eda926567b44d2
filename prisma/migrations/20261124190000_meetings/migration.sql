-- Meetings (domain.md §2.8–§2.10): network meetings, follow-up meetings, family group conferences and
-- network councils, with participants, decisions, the conference's questions and the checklists.

-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('NETWORK_MEETING', 'FOLLOW_UP_MEETING', 'FAMILY_GROUP_CONFERENCE', 'NETWORK_COUNCIL');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingNoteKind" AS ENUM ('BESLUTNINGSNOTAT', 'ARBEJDSPAPIR', 'REFERAT');

-- CreateEnum
CREATE TYPE "MeetingPhase" AS ENUM ('WELCOME', 'ROUND', 'INFORMATION', 'WORRIES', 'WORKING_WELL', 'NEXT_STEPS', 'PRIVATE_FAMILY_TIME', 'PLAN_PRESENTATION', 'AGREEMENTS', 'SCALING', 'NEXT_MEETING');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('CHILD', 'CUSTODY_HOLDER', 'NETWORK_PERSON', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "InvitationReply" AS ENUM ('PENDING', 'COMING', 'NOT_COMING');

-- CreateEnum
CREATE TYPE "MeetingDecisionKind" AS ENUM ('AGREEMENT', 'INITIATIVE', 'DUTY');

-- CreateEnum
CREATE TYPE "PlanApproval" AS ENUM ('APPROVED', 'REVISED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MeetingChecklistKind" AS ENUM ('PREPARATION', 'FIDELITY');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "type" "MeetingType" NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "purpose" TEXT NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "place" TEXT NOT NULL,
    "neutralVenue" BOOLEAN NOT NULL DEFAULT false,
    "initiator" TEXT NOT NULL,
    "inviterUserId" UUID,
    "inviterName" TEXT,
    "leaderUserId" UUID,
    "leaderName" TEXT,
    "noteTakerUserId" UUID,
    "noteTakerName" TEXT,
    "noteKind" "MeetingNoteKind" NOT NULL DEFAULT 'BESLUTNINGSNOTAT',
    "coordinatorId" UUID,
    "policeDocumentationOn" DATE,
    "followUpOfId" UUID,
    "currentPhase" "MeetingPhase",
    "startedAt" TIMESTAMPTZ(3),
    "heldAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelledReason" TEXT,
    "phaseNotes" JSONB,
    "worries" TEXT NOT NULL DEFAULT '',
    "workingWell" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "professionalNotes" TEXT NOT NULL DEFAULT '',
    "nextMeetingAt" TIMESTAMPTZ(3),
    "nextMeetingNote" TEXT,
    "privateTimeHeld" BOOLEAN NOT NULL DEFAULT false,
    "privateTimeStartedAt" TIMESTAMPTZ(3),
    "privateTimeEndedAt" TIMESTAMPTZ(3),
    "familyPlan" TEXT NOT NULL DEFAULT '',
    "planApproval" "PlanApproval",
    "planApprovalReason" TEXT,
    "planApprovedById" UUID,
    "planApprovedAt" TIMESTAMPTZ(3),
    "fidelityRecordedAt" TIMESTAMPTZ(3),
    "fidelityRecordedById" UUID,
    "fidelityNote" TEXT,
    "minutesSharedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "networkPersonId" UUID,
    "userId" UUID,
    "caseParentId" UUID,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "isInformant" BOOLEAN NOT NULL DEFAULT false,
    "briefing" TEXT,
    "invitedById" UUID,
    "invitedAt" TIMESTAMPTZ(3),
    "channel" TEXT,
    "reply" "InvitationReply" NOT NULL DEFAULT 'PENDING',
    "repliedAt" TIMESTAMPTZ(3),
    "expectationsAlignedOn" DATE,
    "expectationsNote" TEXT,
    "attended" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "MeetingDecisionKind" NOT NULL DEFAULT 'AGREEMENT',
    "what" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "networkPersonId" UUID,
    "responsibleUserId" UUID,
    "dueOn" DATE,
    "networkAgreementId" UUID,
    "actionPlanTaskId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingQuestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingChecklistItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meetingId" UUID NOT NULL,
    "kind" "MeetingChecklistKind" NOT NULL,
    "item" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_caseId_startsAt_idx" ON "Meeting"("caseId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_coordinatorId_idx" ON "Meeting"("coordinatorId");

-- CreateIndex
CREATE INDEX "Meeting_leaderUserId_idx" ON "Meeting"("leaderUserId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_meetingId_networkPersonId_key" ON "MeetingParticipant"("meetingId", "networkPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_meetingId_userId_key" ON "MeetingParticipant"("meetingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_meetingId_caseParentId_key" ON "MeetingParticipant"("meetingId", "caseParentId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_networkPersonId_idx" ON "MeetingParticipant"("networkPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_networkAgreementId_key" ON "MeetingDecision"("networkAgreementId");

-- CreateIndex
CREATE INDEX "MeetingDecision_meetingId_position_idx" ON "MeetingDecision"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingQuestion_meetingId_position_idx" ON "MeetingQuestion"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingChecklistItem_meetingId_kind_item_key" ON "MeetingChecklistItem"("meetingId", "kind", "item");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_inviterUserId_fkey" FOREIGN KEY ("inviterUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_leaderUserId_fkey" FOREIGN KEY ("leaderUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_noteTakerUserId_fkey" FOREIGN KEY ("noteTakerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_planApprovedById_fkey" FOREIGN KEY ("planApprovedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_fidelityRecordedById_fkey" FOREIGN KEY ("fidelityRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_networkPersonId_fkey" FOREIGN KEY ("networkPersonId") REFERENCES "NetworkPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_caseParentId_fkey" FOREIGN KEY ("caseParentId") REFERENCES "CaseParent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_networkPersonId_fkey" FOREIGN KEY ("networkPersonId") REFERENCES "NetworkPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_networkAgreementId_fkey" FOREIGN KEY ("networkAgreementId") REFERENCES "NetworkAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingQuestion" ADD CONSTRAINT "MeetingQuestion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingChecklistItem" ADD CONSTRAINT "MeetingChecklistItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "NetworkMapVersion" ADD COLUMN     "meetingId" UUID;

-- AddForeignKey
ALTER TABLE "ScaleScore" ADD CONSTRAINT "ScaleScore_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMapVersion" ADD CONSTRAINT "NetworkMapVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
