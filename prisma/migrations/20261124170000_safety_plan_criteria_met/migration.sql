-- Whether a safety plan's closure criteria were met is a fact result follow-up counts: a column of
-- its own rather than a sentence in the decision's text.

-- AlterTable
ALTER TABLE "SafetyPlan" ADD COLUMN     "closureCriteriaMet" BOOLEAN;
