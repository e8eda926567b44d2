import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/** pg's own default pool size. */
export const DEFAULT_POOL_SIZE = 10;

export interface PrismaClientOptions {
  /** Most connections the client's pg pool opens (default 10). */
  poolSize?: number;
  /** Defaults for interactive transactions: milliseconds to wait for a start, and to finish. */
  transactionOptions?: { maxWait?: number; timeout?: number };
}

/** A Prisma client on its own pg pool. `$disconnect()` closes the pool. */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? DEFAULT_POOL_SIZE });
  return new PrismaClient({
    adapter,
    ...(options.transactionOptions ? { transactionOptions: options.transactionOptions } : {}),
  });
}
