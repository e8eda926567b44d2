import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** pg's own default pool size. */
export const DEFAULT_POOL_SIZE = 10;

export interface PrismaClientOptions {
  /** Most connections the client's pg pool opens (default 10). */
  poolSize?: number;
  /** Defaults for interactive transactions: milliseconds to wait for a start, and to finish. */
  transactionOptions?: { maxWait?: number; timeout?: number };
  /**
   * Name each query's statement (by a hash of its SQL) so pg prepares it once per connection and
   * PostgreSQL can stop planning it anew: the access-scoped lists spend more time planned than run.
   */
  preparedStatements?: boolean;
  /**
   * Planner settings for each connection, e.g. { random_page_cost: '1.1' }: PostgreSQL's default
   * cost of a random read (4) is for spinning disks, and makes it scan a whole table rather than
   * look up a few hundred rows by key on an SSD or a cached database.
   */
  sessionSettings?: Record<string, string>;
}

/** The settings given to PostgreSQL on every connection to a server (not the embedded one). */
export const SERVER_SESSION_SETTINGS: Record<string, string> = { random_page_cost: '1.1' };

/** Statements with this many parameters or more (long IN lists) stay unnamed: their shapes are many. */
const MAX_NAMED_PARAMETERS = 32;

/**
 * Unnamed, so planned for their values every time: long IN lists, and LIKE, whose generic plan cannot
 * turn a parameter's prefix into an index range and so reads every row the other conditions allow.
 * (Name search uses a byte range instead, which a generic plan can.) Every other statement is named,
 * and PostgreSQL keeps its generic plan only while that is estimated no dearer than one made for the
 * values; "Mine sager", whose team EXISTS once got a generic plan that walked every case, is now
 * its own statement (apps/api/src/modules/cases/my-cases-query.ts).
 */
const PLAN_FOR_THE_VALUES = /\bLIKE\b/i;

function statementName(query: { sql: string; args: unknown[] }): string {
  // No name makes pg send the statement unnamed (the adapter's type says string, pg takes undefined).
  if (query.args.length >= MAX_NAMED_PARAMETERS || PLAN_FOR_THE_VALUES.test(query.sql)) return undefined as unknown as string;
  return `s${createHash('sha1').update(query.sql).digest('base64url')}`;
}

/** A Prisma client on its own pg pool. `$disconnect()` closes the pool. */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      ...(options.sessionSettings
        ? { options: Object.entries(options.sessionSettings).map(([name, value]) => `-c ${name}=${value}`).join(' ') }
        : {}),
    },
    options.preparedStatements ? { statementNameGenerator: statementName } : {},
  );
  return new PrismaClient({
    adapter,
    ...(options.transactionOptions ? { transactionOptions: options.transactionOptions } : {}),
  });
}
