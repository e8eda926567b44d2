-- CreateTable
CREATE TABLE "ReferralConcernVersion" (
    "referralId" UUID NOT NULL,
    "versionId" UUID NOT NULL,

    CONSTRAINT "ReferralConcernVersion_pkey" PRIMARY KEY ("referralId","versionId")
);

-- CreateIndex
CREATE INDEX "ReferralConcernVersion_versionId_idx" ON "ReferralConcernVersion"("versionId");

-- AddForeignKey
ALTER TABLE "ReferralConcernVersion" ADD CONSTRAINT "ReferralConcernVersion_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralConcernVersion" ADD CONSTRAINT "ReferralConcernVersion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConcernStatementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
