import pg from 'pg';
import { describeDatabase } from './database-schema';
import { diffDescriptions } from './description';
import { describePrismaSchema } from './prisma-schema';

/**
 * Compares what Prisma Migrate would create for `schemaText` with what the database at
 * `connectionString` has: one readable line per difference, none when they match.
 */
export async function compareSchemaWithDatabase(schemaText: string, connectionString: string): Promise<string[]> {
  const expected = describePrismaSchema(schemaText);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return diffDescriptions(expected, await describeDatabase(client));
  } finally {
    await client.end();
  }
}
