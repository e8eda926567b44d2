-- CreateEnum
CREATE TYPE "NetworkSector" AS ENUM ('FAMILY', 'FRIENDS_LEISURE', 'SCHOOL_WORK', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "NetworkRing" AS ENUM ('INNER', 'MIDDLE', 'OUTER');

-- CreateEnum
CREATE TYPE "RelationQuality" AS ENUM ('SUPPORTIVE', 'TENUOUS', 'STRESSFUL', 'MIXED');

-- CreateEnum
CREATE TYPE "NetworkPerspective" AS ENUM ('CHILD', 'PARENT', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "ContactFrequency" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY', 'RARELY', 'NONE');

-- CreateEnum
CREATE TYPE "Willingness" AS ENUM ('YES', 'MAYBE', 'NO');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'AGREED', 'FULFILLED', 'NOT_FULFILLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MapOccasion" AS ENUM ('BFU', 'VISITATION', 'OPFOELGNINGSMOEDE', 'NETVAERKSMOEDE', 'OTHER');

-- CreateTable
CREATE TABLE "NetworkPerson" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "sector" "NetworkSector" NOT NULL,
    "isProfessional" BOOLEAN NOT NULL DEFAULT false,
    "contactFrequency" "ContactFrequency",
    "notes" TEXT,
    "doNotContact" BOOLEAN NOT NULL DEFAULT false,
    "doNotContactReason" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "resources" TEXT,
    "contributions" TEXT,
    "willingness" "Willingness",
    "conditions" TEXT,
    "supportNeeded" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NetworkPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkConsent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "givenBy" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "withdrawnOn" DATE,
    "withdrawnReason" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NetworkConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkAgreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "what" TEXT NOT NULL,
    "who" TEXT NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,
    "status" "AgreementStatus" NOT NULL DEFAULT 'PROPOSED',
    "meetingDecisionId" UUID,
    "safetyPlanRuleId" UUID,
    "actionPlanTaskId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NetworkAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMap" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "perspective" "NetworkPerspective" NOT NULL,
    "perspectiveOf" TEXT,
    "createdById" UUID NOT NULL,
    "createdUnitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NetworkMap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMapEntry" (
    "mapId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "ring" "NetworkRing" NOT NULL,
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "quality" "RelationQuality" NOT NULL,
    "qualityView" "NetworkPerspective" NOT NULL,

    CONSTRAINT "NetworkMapEntry_pkey" PRIMARY KEY ("mapId","personId")
);

-- CreateTable
CREATE TABLE "NetworkTie" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "mapId" UUID NOT NULL,
    "fromId" UUID NOT NULL,
    "toId" UUID NOT NULL,
    "quality" "RelationQuality" NOT NULL,

    CONSTRAINT "NetworkTie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMapVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "mapId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "occasion" "MapOccasion" NOT NULL,
    "occasionNote" TEXT,
    "authorId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,
    "personCount" INTEGER NOT NULL,
    "privateCount" INTEGER NOT NULL,
    "agreementCount" INTEGER NOT NULL,

    CONSTRAINT "NetworkMapVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralMapVersion" (
    "referralId" UUID NOT NULL,
    "versionId" UUID NOT NULL,

    CONSTRAINT "ReferralMapVersion_pkey" PRIMARY KEY ("referralId","versionId")
);

-- CreateIndex
CREATE INDEX "NetworkPerson_caseId_idx" ON "NetworkPerson"("caseId");

-- CreateIndex
CREATE INDEX "NetworkConsent_personId_idx" ON "NetworkConsent"("personId");

-- CreateIndex
CREATE INDEX "NetworkAgreement_personId_idx" ON "NetworkAgreement"("personId");

-- CreateIndex
CREATE INDEX "NetworkMap_caseId_idx" ON "NetworkMap"("caseId");

-- CreateIndex
CREATE INDEX "NetworkMapEntry_personId_idx" ON "NetworkMapEntry"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkTie_mapId_fromId_toId_key" ON "NetworkTie"("mapId", "fromId", "toId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMapVersion_mapId_number_key" ON "NetworkMapVersion"("mapId", "number");

-- CreateIndex
CREATE INDEX "ReferralMapVersion_versionId_idx" ON "ReferralMapVersion"("versionId");

-- AddForeignKey
ALTER TABLE "NetworkPerson" ADD CONSTRAINT "NetworkPerson_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkPerson" ADD CONSTRAINT "NetworkPerson_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkConsent" ADD CONSTRAINT "NetworkConsent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "NetworkPerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkConsent" ADD CONSTRAINT "NetworkConsent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkAgreement" ADD CONSTRAINT "NetworkAgreement_personId_fkey" FOREIGN KEY ("personId") REFERENCES "NetworkPerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMap" ADD CONSTRAINT "NetworkMap_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMap" ADD CONSTRAINT "NetworkMap_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMap" ADD CONSTRAINT "NetworkMap_createdUnitId_fkey" FOREIGN KEY ("createdUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMapEntry" ADD CONSTRAINT "NetworkMapEntry_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "NetworkMap"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMapEntry" ADD CONSTRAINT "NetworkMapEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "NetworkPerson"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkTie" ADD CONSTRAINT "NetworkTie_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "NetworkMap"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMapVersion" ADD CONSTRAINT "NetworkMapVersion_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "NetworkMap"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMapVersion" ADD CONSTRAINT "NetworkMapVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMapVersion" ADD CONSTRAINT "NetworkMapVersion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralMapVersion" ADD CONSTRAINT "ReferralMapVersion_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralMapVersion" ADD CONSTRAINT "ReferralMapVersion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "NetworkMapVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
