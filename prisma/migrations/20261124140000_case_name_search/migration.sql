-- Name search reads one lower-cased column with LIKE instead of ILIKE on two columns: ILIKE on
-- non-ASCII names costs milliseconds to plan (its selectivity estimate) and to recheck, and two
-- columns need a BitmapOr. The trigger keeps the column in step whatever writes the names.

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "childNameSearch" TEXT NOT NULL DEFAULT '';

-- CreateFunction
CREATE FUNCTION "Case_childNameSearch_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."childNameSearch" := lower(NEW."childFirstName" || ' ' || NEW."childLastName");
  RETURN NEW;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "Case_childNameSearch_trg" BEFORE INSERT OR UPDATE OF "childFirstName", "childLastName", "childNameSearch" ON "Case"
FOR EACH ROW EXECUTE FUNCTION "Case_childNameSearch_fn"();

-- Backfill
UPDATE "Case" SET "childNameSearch" = lower("childFirstName" || ' ' || "childLastName");

-- DropIndex
DROP INDEX "Case_childFirstName_trgm_idx";

-- DropIndex
DROP INDEX "Case_childLastName_trgm_idx";

-- CreateIndex
CREATE INDEX "Case_childNameSearch_trgm_idx" ON "Case" USING GIN ("childNameSearch" gin_trgm_ops);
