-- Name words compare byte by byte (COLLATE "C"), whatever the database's locale, so a search
-- prefix is a plain range (word >= 'åse' AND word < 'åsf'): a prepared statement can use the index
-- for it with any value, where LIKE 'åse%' had to be planned anew for each search.

-- DropIndex
DROP INDEX "CaseNameWord_municipalityId_word_caseId_idx";

-- AlterTable
ALTER TABLE "CaseNameWord" ALTER COLUMN "word" SET DATA TYPE TEXT COLLATE "C";

-- CreateIndex
CREATE INDEX "CaseNameWord_municipalityId_word_caseId_idx" ON "CaseNameWord"("municipalityId", "word", "caseId");
