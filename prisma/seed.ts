// `pnpm db:seed`: fills the demo municipality into DATABASE_URL, or into the embedded
// database in DATA_DIR when DATABASE_URL is unset. Safe to run repeatedly.
import path from 'node:path';
import { openDatabase, seedDemoData } from '../packages/db/src/index';
import { refreshAllNextDeadlines } from '../apps/api/src/modules/deadlines/case-deadlines';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(process.env.DATA_DIR ?? './.data'),
  migrate: true,
});
try {
  const result = await seedDemoData(database.prisma);
  // Each case's stored next deadline comes from the app's deadline rules, not from the data layer.
  await refreshAllNextDeadlines(database.prisma);
  console.log(`Demo data: ${result.createdUsers} users and ${result.createdCases} cases created (existing rows kept).`);
} finally {
  await database.close();
}
