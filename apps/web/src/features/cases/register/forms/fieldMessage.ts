/** The part of a react-hook-form field error the message is chosen from. */
export interface FieldErrorLike {
  type?: unknown;
  message?: unknown;
}

/**
 * The message a form shows for a field. The API's own words (type `server`) win; a too-long text
 * gets the form's "for lang" message; otherwise the field's own message (for fields whose contract
 * check speaks English, e.g. a date or a choice) or else the contract's message, which is Danish
 * where the contract words it (names, CPR, required texts).
 */
export function fieldMessage(error: FieldErrorLike | undefined, fallback: string | undefined, tooLong: string): string | undefined {
  if (!error) return undefined;
  const message = typeof error.message === 'string' && error.message ? error.message : undefined;
  if (error.type === 'server') return message ?? fallback;
  if (error.type === 'too_big') return tooLong;
  return fallback ?? message;
}

/** An empty text field is "not given": `null` for the API's nullable fields. */
export const emptyToNull = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** An empty optional date or choice is left out. */
export const emptyToUndefined = (value: unknown): unknown => (value === '' || value === null ? undefined : value);
