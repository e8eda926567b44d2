// `pnpm audit:verify`: checks the audit log's hash chain in DATABASE_URL, or in the embedded
// database in DATA_DIR (stop the app first: the embedded database allows one process).
import path from 'node:path';
import { openDatabase } from '@inddrag/db';
import { verifyAuditChain } from './verify';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(process.env.DATA_DIR ?? './.data'),
  migrate: false,
});
try {
  const verdict = await verifyAuditChain(database.prisma);
  if (verdict.ok) {
    console.log(`Audit log intact: ${verdict.checked} records checked.`);
  } else {
    const { seq, id, problem } = verdict.brokenAt;
    console.error(
      `Audit log broken at record seq ${seq} (id ${id}): ${problem}. ${verdict.checked} records before it are intact.`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
