import type { HealthResponse } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';

export function createHealthService(
  prisma: PrismaClient,
  options: { embedded: boolean; expectedMigrations: string[]; version: string },
) {
  return {
    async check(): Promise<HealthResponse> {
      let reachable = false;
      let applied: string[] = [];
      try {
        const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
        reachable = true;
        applied = rows.map((row) => row.migration_name);
      } catch {
        // Unreachable database, or one without the migrations table: both are "not ready".
        reachable = await prisma.$queryRaw`SELECT 1`.then(
          () => true,
          () => false,
        );
      }
      const pending = options.expectedMigrations.filter((name) => !applied.includes(name));
      const healthy = reachable && pending.length === 0;
      return {
        status: healthy ? 'ok' : 'degraded',
        database: { reachable, embedded: options.embedded },
        migrations: { current: reachable && pending.length === 0, pending },
        version: options.version,
      };
    },
  };
}
