import { z } from 'zod';
import { DomainValidationError } from './errors';

const CursorPayload = z.object({ id: z.uuid() });

/** Cursors are opaque to clients: base64url JSON naming the last row seen. */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id })).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    return CursorPayload.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).id;
  } catch {
    throw new DomainValidationError('Ugyldig side-markør.', [
      { path: 'querystring.cursor', message: 'Ugyldig side-markør' },
    ]);
  }
}
