// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
// DATA_DIR (default ./.data) when DATABASE_URL is unset.
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded';
import { describeError } from '../migration-errors';
import { migrate } from '../migrator';

async function main(): Promise<void> {
  const log = (message: string) => console.log(message);
  const databaseUrl = process.env.DATABASE_URL;
  let applied: string[];
  if (databaseUrl) {
    ({ applied } = await migrate(databaseUrl, { log }));
  } else {
    const dataDir = path.resolve(process.env.DATA_DIR || './.data');
    console.log(`Embedded database in ${dataDir}`);
    const embedded = await startEmbeddedPostgres({ dataDir });
    try {
      ({ applied } = await migrate(embedded.url, { log }));
    } finally {
      await embedded.close();
    }
  }
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.length} migration(s).`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${describeError(error)}`);
  process.exitCode = 1;
});
