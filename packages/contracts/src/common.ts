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
