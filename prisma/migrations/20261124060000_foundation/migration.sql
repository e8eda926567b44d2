-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('MYNDIGHED', 'FAMILIECENTER', 'UNGECENTER', 'PPR');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('ADMIN', 'LEADER', 'CASEWORKER', 'EXECUTOR', 'PPR', 'FACILITATOR', 'COORDINATOR');

-- CreateEnum
CREATE TYPE "CasePhase" AS ENUM ('UNDERRETNING', 'SCREENING', 'AFDAEKNING', 'BOERNEFAGLIG_UNDERSOEGELSE', 'AFGOERELSE', 'PLAN', 'INDSATS', 'OPFOELGNING', 'AFSLUTTET');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "unitId" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "municipalityId" UUID NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "childFirstName" TEXT NOT NULL,
    "childLastName" TEXT NOT NULL,
    "childCpr" CHAR(10) NOT NULL,
    "childDateOfBirth" DATE NOT NULL,
    "phase" "CasePhase" NOT NULL DEFAULT 'UNDERRETNING',
    "phaseChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "awareOn" DATE NOT NULL,
    "responsibleUnitId" UUID NOT NULL,
    "responsibleCaseworkerId" UUID,
    "honourConflictSuspected" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE INDEX "Unit_municipalityId_kind_idx" ON "Unit"("municipalityId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_municipalityId_name_key" ON "Unit"("municipalityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_municipalityId_role_idx" ON "User"("municipalityId", "role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "Case_responsibleUnitId_phase_idx" ON "Case"("responsibleUnitId", "phase");

-- CreateIndex
CREATE INDEX "Case_responsibleCaseworkerId_idx" ON "Case"("responsibleCaseworkerId");

-- CreateIndex
CREATE INDEX "Case_childCpr_idx" ON "Case"("childCpr");

-- CreateIndex
CREATE INDEX "Case_childLastName_childFirstName_idx" ON "Case"("childLastName", "childFirstName");

-- CreateIndex
CREATE UNIQUE INDEX "Case_municipalityId_caseNumber_key" ON "Case"("municipalityId", "caseNumber");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_responsibleCaseworkerId_fkey" FOREIGN KEY ("responsibleCaseworkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
