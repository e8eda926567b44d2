-- Name search by word prefix through a btree. The trigram index's cost grew with the number of
-- cases (its posting lists for common trigrams), so a search took twice as long at 10,000 cases as
-- at 1,000; a btree range over the words reads only the matching words. A trigger keeps the words
-- in step with the name, whatever writes it.

-- DropIndex
DROP INDEX "Case_childNameSearch_trgm_idx";

-- CreateTable
CREATE TABLE "CaseNameWord" (
    "caseId" UUID NOT NULL,
    "word" TEXT NOT NULL,
    "municipalityId" UUID NOT NULL,

    CONSTRAINT "CaseNameWord_pkey" PRIMARY KEY ("caseId","word")
);

-- CreateIndex
-- caseId in the index: the search reads the words' index alone (an index-only scan).
CREATE INDEX "CaseNameWord_municipalityId_word_caseId_idx" ON "CaseNameWord"("municipalityId", "word" text_pattern_ops, "caseId");

-- AddForeignKey
ALTER TABLE "CaseNameWord" ADD CONSTRAINT "CaseNameWord_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateFunction: the words of the lower-cased name; a hyphenated name gives each part and the whole.
CREATE FUNCTION "Case_nameWords_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."childNameSearch" = OLD."childNameSearch" AND NEW."municipalityId" = OLD."municipalityId" THEN
    RETURN NULL;
  END IF;
  DELETE FROM "CaseNameWord" WHERE "caseId" = NEW."id";
  INSERT INTO "CaseNameWord" ("caseId", "word", "municipalityId")
  SELECT DISTINCT NEW."id", words.word, NEW."municipalityId"
  FROM (
    SELECT regexp_split_to_table(NEW."childNameSearch", '\s+') AS word
    UNION
    SELECT regexp_split_to_table(NEW."childNameSearch", '[\s-]+')
  ) AS words
  WHERE words.word <> '';
  RETURN NULL;
END;
$$;

-- CreateTrigger
CREATE TRIGGER "Case_nameWords_trg" AFTER INSERT OR UPDATE OF "childFirstName", "childLastName", "childNameSearch", "municipalityId" ON "Case"
FOR EACH ROW EXECUTE FUNCTION "Case_nameWords_fn"();

-- Backfill
INSERT INTO "CaseNameWord" ("caseId", "word", "municipalityId")
SELECT DISTINCT c."id", words.word, c."municipalityId"
FROM "Case" AS c
CROSS JOIN LATERAL (
  SELECT regexp_split_to_table(c."childNameSearch", '\s+') AS word
  UNION
  SELECT regexp_split_to_table(c."childNameSearch", '[\s-]+')
) AS words
WHERE words.word <> '';
