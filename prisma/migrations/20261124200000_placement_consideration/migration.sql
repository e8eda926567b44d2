-- Before a placement: was a network-inclusive method considered or used, and why not (issue 8 point 5).

-- CreateEnum
CREATE TYPE "NetworkMethod" AS ENUM ('FAMILY_GROUP_CONFERENCE', 'NETWORK_MEETING', 'NETWORK_COUNCIL', 'SAFETY_PLAN', 'OTHER', 'NONE');

-- CreateTable
CREATE TABLE "PlacementConsideration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "decisionId" UUID,
    "consideredOn" DATE NOT NULL,
    "methodConsidered" BOOLEAN NOT NULL,
    "methodUsed" "NetworkMethod" NOT NULL,
    "reasonNotUsed" TEXT,
    "placementInNetwork" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementConsideration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlacementConsideration_decisionId_key" ON "PlacementConsideration"("decisionId");

-- CreateIndex
CREATE INDEX "PlacementConsideration_caseId_idx" ON "PlacementConsideration"("caseId");

-- AddForeignKey
ALTER TABLE "PlacementConsideration" ADD CONSTRAINT "PlacementConsideration_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementConsideration" ADD CONSTRAINT "PlacementConsideration_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "CaseDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementConsideration" ADD CONSTRAINT "PlacementConsideration_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

