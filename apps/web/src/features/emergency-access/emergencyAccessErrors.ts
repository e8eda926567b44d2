import type { FieldErrors } from 'react-hook-form';
import type { ParseKeys } from 'i18next';

type Key = ParseKeys<'emergencyAccess'>;
export type EmergencyAccessField = 'caseNumber' | 'reason';

/**
 * The message for a field that failed the contract's validation, by the zod issue code
 * (`too_small`, `too_big`), in the chosen language.
 */
export function fieldErrorKey(field: EmergencyAccessField, type: string | undefined): Key {
  if (field === 'caseNumber')
    return type === 'too_big' ? 'fieldErrors.caseNumberTooLong' : 'fieldErrors.caseNumberRequired';
  return type === 'too_big' ? 'fieldErrors.reasonTooLong' : 'fieldErrors.reasonTooShort';
}

export function fieldErrorKeys(
  errors: FieldErrors<Record<EmergencyAccessField, string>>,
): Partial<Record<EmergencyAccessField, Key>> {
  const keys: Partial<Record<EmergencyAccessField, Key>> = {};
  for (const field of ['caseNumber', 'reason'] as const) {
    const error = errors[field];
    if (error)
      keys[field] = error.type === 'unknownCase' ? 'fieldErrors.caseNumberUnknown' : fieldErrorKey(field, error.type);
  }
  return keys;
}
