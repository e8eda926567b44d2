import { IMMEDIATE_PLAN_FIRST_REVIEW_DAYS, type FieldError, type SafetyPlanFields } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, danishDate } from '../../lib/dates';
import { DomainValidationError } from '../../lib/errors';
import { addDaysToDate } from '../deadlines/rules';
import { contactStatusOf } from '../network-maps/contact-rules';

type Tx = Prisma.TransactionClient;

/**
 * The immediate plan's rule: its first review within 7 days of the start. `reviewDates` are every
 * review's date (planned and held). Returns the error message, or null when the rule holds.
 */
export function immediateReviewProblem(immediate: boolean, startsOn: string | null, reviewDates: readonly string[]): string | null {
  if (!immediate || !startsOn) return null;
  const latest = addDaysToDate(startsOn, IMMEDIATE_PLAN_FIRST_REVIEW_DAYS);
  const first = [...reviewDates].sort()[0];
  if (first && first <= latest) return null;
  return `En umiddelbar sikkerhedsplan skal have sin første opfølgning senest ${IMMEDIATE_PLAN_FIRST_REVIEW_DAYS} dage efter start (senest ${danishDate(latest)}).`;
}

function duplicates<T>(items: readonly T[], at: (index: number) => string, message: string, errors: FieldError[]) {
  const seen = new Set<T>();
  items.forEach((item, index) => {
    if (seen.has(item)) errors.push({ path: at(index), message });
    seen.add(item);
  });
}

/**
 * What the schema cannot say about a plan on its own (answers 400 naming each offending field):
 * the pairs, persons, images and users it names belong to the case and its municipality; every
 * person named in the safety network or responsible for a rule may be contacted by the network
 * map's rules (consent, do-not-contact, BL § 18, stk. 3); an immediate plan's first review falls
 * within 7 days of its start. `heldReviewDates` are the dates of reviews already held (kept).
 */
export async function validatePlan(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  fields: SafetyPlanFields,
  existing: { ruleIds: readonly string[]; heldReviewDates: readonly string[] },
): Promise<void> {
  const errors: FieldError[] = [];
  const today = copenhagenToday(ctx.now);

  const kase = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { honourConflictSuspected: true, honourRiskAssessedOn: true, municipalityId: true },
  });

  duplicates(fields.statementIds, (i) => `body.statementIds.${i}`, 'Udsagnet er valgt to gange', errors);
  const statements = new Set(
    (await tx.concernStatement.findMany({ where: { caseId, id: { in: fields.statementIds } }, select: { id: true } })).map((s) => s.id),
  );
  fields.statementIds.forEach((id, i) => {
    if (!statements.has(id)) errors.push({ path: `body.statementIds.${i}`, message: 'Udsagnet findes ikke på sagen' });
  });

  const personIds = [...new Set([...fields.network.map((m) => m.personId), ...fields.rules.flatMap((r) => r.responsiblePersonIds)])];
  const persons = new Map(
    (
      await tx.networkPerson.findMany({
        where: { caseId, id: { in: personIds } },
        select: { id: true, doNotContact: true, doNotContactReason: true, consents: { select: { givenOn: true, withdrawnOn: true } } },
      })
    ).map((p) => [p.id, p]),
  );
  const checkPerson = (personId: string, path: string) => {
    const person = persons.get(personId);
    if (!person) {
      errors.push({ path, message: 'Personen findes ikke i sagens netværk' });
      return;
    }
    const status = contactStatusOf(person, kase, today);
    if (!status.allowed) errors.push({ path, message: status.blocks.map((b) => b.message).join(' ') });
  };

  const keptRuleIds = new Set(existing.ruleIds);
  duplicates(
    fields.rules.map((r) => r.id).filter((id) => id !== null),
    (i) => `body.rules.${i}.id`,
    'Reglen findes to gange',
    errors,
  );
  fields.rules.forEach((rule, r) => {
    if (rule.id !== null && !keptRuleIds.has(rule.id)) errors.push({ path: `body.rules.${r}.id`, message: 'Reglen findes ikke i planen' });
    duplicates(rule.responsiblePersonIds, (i) => `body.rules.${r}.responsiblePersonIds.${i}`, 'Personen er valgt to gange', errors);
    rule.responsiblePersonIds.forEach((personId, i) => checkPerson(personId, `body.rules.${r}.responsiblePersonIds.${i}`));
  });

  duplicates(fields.network.map((m) => m.personId), (i) => `body.network.${i}.personId`, 'Personen er valgt to gange', errors);
  fields.network.forEach((member, i) => checkPerson(member.personId, `body.network.${i}.personId`));

  const userIds = fields.checks.map((c) => c.userId).filter((id): id is string => id !== null);
  const users = new Set(
    (await tx.user.findMany({ where: { id: { in: userIds }, municipalityId: kase.municipalityId }, select: { id: true } })).map((u) => u.id),
  );
  fields.checks.forEach((check, i) => {
    if (check.userId !== null && !users.has(check.userId))
      errors.push({ path: `body.checks.${i}.userId`, message: 'Brugeren findes ikke i kommunen' });
  });

  duplicates(fields.images.map((image) => image.documentId), (i) => `body.images.${i}.documentId`, 'Billedet er valgt to gange', errors);
  const documents = new Map(
    (
      await tx.caseDocument.findMany({
        where: { caseId, id: { in: fields.images.map((image) => image.documentId) } },
        select: { id: true, contentType: true },
      })
    ).map((d) => [d.id, d.contentType]),
  );
  fields.images.forEach((image, i) => {
    const contentType = documents.get(image.documentId);
    if (contentType === undefined) errors.push({ path: `body.images.${i}.documentId`, message: 'Dokumentet findes ikke på sagen' });
    else if (!contentType.startsWith('image/')) errors.push({ path: `body.images.${i}.documentId`, message: 'Dokumentet er ikke et billede' });
  });

  duplicates(fields.reviewDates, (i) => `body.reviewDates.${i}`, 'Datoen er valgt to gange', errors);
  const held = new Set(existing.heldReviewDates);
  fields.reviewDates.forEach((date, i) => {
    // A held review's date sent back along with the planned ones just names that review.
    if (!held.has(date) && fields.startsOn && date < fields.startsOn)
      errors.push({ path: `body.reviewDates.${i}`, message: 'En opfølgning kan ikke ligge før planens start' });
  });
  const immediate = immediateReviewProblem(fields.immediate, fields.startsOn, [...fields.reviewDates, ...existing.heldReviewDates]);
  if (immediate) errors.push({ path: 'body.reviewDates', message: immediate });

  if (errors.length) throw new DomainValidationError('Sikkerhedsplanen kan ikke gemmes, som den er.', errors);
}
