import type { FieldError, NetworkMapDocument } from '@inddrag/contracts';
import { DomainValidationError } from '../../lib/errors';

/**
 * What the schema cannot say about a document on its own: every id once, lines only between persons
 * on the map, and at most one line per pair. Answers 400 naming each offending field.
 */
export function validateDocument(document: NetworkMapDocument): void {
  const errors: FieldError[] = [];
  const personIds = new Set<string>();
  const agreementIds = new Set<string>();
  document.persons.forEach((person, index) => {
    if (personIds.has(person.id)) errors.push({ path: `body.document.persons.${index}.id`, message: 'Personen står på kortet to gange' });
    personIds.add(person.id);
    person.agreements.forEach((agreement, a) => {
      if (agreementIds.has(agreement.id)) {
        errors.push({ path: `body.document.persons.${index}.agreements.${a}.id`, message: 'Aftalen findes to gange' });
      }
      agreementIds.add(agreement.id);
    });
  });
  const pairs = new Set<string>();
  const tieIds = new Set<string>();
  document.ties.forEach((tie, index) => {
    const at = `body.document.ties.${index}`;
    if (tieIds.has(tie.id)) errors.push({ path: `${at}.id`, message: 'Linjen findes to gange' });
    tieIds.add(tie.id);
    if (!personIds.has(tie.fromId)) errors.push({ path: `${at}.fromId`, message: 'Linjen går fra en person, der ikke er på kortet' });
    if (!personIds.has(tie.toId)) errors.push({ path: `${at}.toId`, message: 'Linjen går til en person, der ikke er på kortet' });
    const pair = [tie.fromId, tie.toId].sort().join('|');
    if (pairs.has(pair)) errors.push({ path: at, message: 'Der er allerede en linje mellem de to personer' });
    pairs.add(pair);
  });
  if (errors.length) throw new DomainValidationError('Netværkskortet hænger ikke sammen.', errors);
}
