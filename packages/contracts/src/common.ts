import { z } from 'zod';

export const Uuid = z.uuid();

/** A calendar date without time, `YYYY-MM-DD` (Europe/Copenhagen calendar). */
export const IsoDate = z.iso.date();

/** An instant, ISO 8601 with offset, always sent as UTC (`...Z`). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Opaque cursor for keyset pagination. */
export const Cursor = z.string().min(1).max(512);

export const pageLimit = z.coerce.number().int().min(1).max(100).default(25);

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: Cursor.nullable(),
  });
}

export const CursorQuery = z.object({ cursor: Cursor.optional() });

/** The version a client last saw, for deletes that carry no body. */
export const VersionQuery = z.object({ version: z.coerce.number().int() });

export const IdParams = z.object({ id: Uuid });

/** A date field's value in a form: a calendar date, with the Danish message when it is not one. */
export const DateInputValue = z.iso.date({ error: 'Vælg en gyldig dato' });

/** A date field that may be left empty (''). */
export const OptionalDateInputValue = z.union([z.literal(''), DateInputValue]);

/** A trimmed text of at most `max` characters; the message names the field in Danish. */
export const limitedText = (max: number, label: string) => z.string().trim().max(max, `${label} må højst være ${max} tegn`);

/** A trimmed text that must be filled in, with the Danish message for an empty one. */
export const requiredText = (max: number, label: string, missing: string) => limitedText(max, label).min(1, missing);
