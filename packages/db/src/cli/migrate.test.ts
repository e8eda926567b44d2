import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrations } from '../migrations';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const script = fileURLToPath(new URL('./migrate.ts', import.meta.url));
const workDir = mkdtempSync(path.join(tmpdir(), 'inddrag-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function runMigrate(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(tsx, [script], { cwd: workDir, env: { ...inherited, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('pnpm db:migrate', () => {
  it(
    'migrates the embedded database in ./.data, printing each migration, and finds nothing pending the second time',
    { timeout: 120_000 },
    async () => {
      const names = (await listMigrations()).map((m) => m.name);

      const first = await runMigrate({});

      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(`Embedded database in ${path.join(workDir, '.data')}`);
      for (const name of names) expect(first.stdout).toContain(`Applied migration ${name}`);
      const second = await runMigrate({});
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('No pending migrations.');
    },
  );

  it(
    'exits non-zero with one line naming the problem when the database cannot be reached',
    { timeout: 60_000 },
    async () => {
      const result = await runMigrate({
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`,
      });

      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^db:migrate failed: .*ECONNREFUSED/)]);
    },
  );
});
