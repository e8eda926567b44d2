import { Problem } from '@inddrag/contracts';
import type { z } from 'zod';
import { ApiError } from './ApiError';

/**
 * A save refused because the record changed since the user loaded it (409). `current` is the record as
 * the other person saved it, when the API sent it along, so the page can offer to load it.
 */
export class StaleWriteError<T> extends ApiError {
  readonly current: T | null;

  constructor(error: ApiError, current: T | null) {
    super('problem', error.problem, { body: error.body });
    this.current = current;
  }
}

export function isStaleWrite<T = unknown>(error: unknown): error is StaleWriteError<T> {
  return error instanceof StaleWriteError;
}

/** Runs a write; a 409 becomes a `StaleWriteError` carrying the problem's `current` when it parses. */
export async function staleAware<S extends z.ZodType>(schema: S, write: () => Promise<z.output<S>>): Promise<z.output<S>> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const body = Problem.extend({ current: schema }).safeParse(error.body);
      const current = body.success ? ((body.data as { current: z.output<S> }).current ?? null) : null;
      throw new StaleWriteError<z.output<S>>(error, current);
    }
    throw error;
  }
}
