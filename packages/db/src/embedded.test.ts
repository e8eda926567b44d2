import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError } from './data-dir-lock';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres } from './embedded';
import { emptyClusterTemplate } from './pglite-template';

const dataDir = mkdtempSync(path.join(tmpdir(), 'inddrag-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('startEmbeddedPostgres', () => {
  // Two PGlite starts: seconds each, more on a busy machine.
  it(
    'keeps the data in <dataDir>/pglite across close() and a restart, and lets one process at a time open it',
    { timeout: 120_000 },
    async () => {
      const first = await startEmbeddedPostgres({ dataDir, initialData: await emptyClusterTemplate() });
      expect(first.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
      expect(existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
      await withClient(first.url, async (client) => {
        await client.query('CREATE TABLE note (id serial PRIMARY KEY, text text NOT NULL)');
        await client.query('INSERT INTO note (text) VALUES ($1), ($2)', ['første', 'anden']);
      });

      await expect(startEmbeddedPostgres({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
      await first.close();
      await first.close(); // closing twice is harmless

      // Another running process's lock is respected; one left behind by a process that died is taken over.
      writeFileSync(path.join(dataDir, 'pglite.lock'), String(process.ppid));
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(`in use by process ${process.ppid}`);
      writeFileSync(path.join(dataDir, 'pglite.lock'), String(deadPid()));
      const second = await startEmbeddedPostgres({ dataDir });
      try {
        const rows = await withClient(
          second.url,
          async (client) => (await client.query('SELECT text FROM note ORDER BY id')).rows,
        );
        expect(rows).toEqual([{ text: 'første' }, { text: 'anden' }]);
      } finally {
        await second.close();
      }
      expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
    },
  );

  it('keeps the transactions and queries of concurrent connections apart', { timeout: 120_000 }, async () => {
    const server = await startEmbeddedPostgres({
      dataDir: null,
      maxConnections: 8,
      initialData: await emptyClusterTemplate(),
    });
    // pg drops a connection after a query error and opens a new one; spare server slots absorb that.
    const pool = new pg.Pool({ connectionString: server.url, max: 4 });
    try {
      await pool.query('CREATE TABLE item (owner int NOT NULL, n int NOT NULL)');
      await pool.query('CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)');
      await pool.query('INSERT INTO counter VALUES (1, 0)');

      // Explicit transactions that each see only their own uncommitted rows; every third rolls back.
      const transaction = async (owner: number) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          for (let n = 0; n < 5; n++) await client.query('INSERT INTO item VALUES ($1, $2)', [owner, n]);
          const { rows: seen } = await client.query(
            'SELECT owner, count(*)::int AS n FROM item WHERE n >= 0 GROUP BY owner',
          );
          const { rows: counter } = await client.query('SELECT value FROM counter WHERE id = 1 FOR UPDATE');
          await client.query('UPDATE counter SET value = $1 WHERE id = 1', [counter[0].value + 1]);
          await client.query(owner % 3 === 0 ? 'ROLLBACK' : 'COMMIT');
          return (
            seen.find((row) => row.owner === owner)?.n === 5 && seen.every((row) => row.owner === owner || row.n === 5)
          );
        } finally {
          client.release();
        }
      };
      // Extended-protocol queries (parameters, some failing): pglite-socket alone would interleave their messages.
      const statement = async (i: number) => {
        if (i % 4 === 0) {
          return pool.query('SELECT no_such_column FROM item WHERE owner = $1', [i]).then(
            () => false,
            (error: Error) => /no_such_column/.test(error.message),
          );
        }
        const { rows } = await pool.query('SELECT $1::int AS i, $2::text AS s', [i, `s${i}`]);
        return rows[0].i === i && rows[0].s === `s${i}`;
      };

      const outcomes = await Promise.all([
        ...Array.from({ length: 30 }, (_, owner) => transaction(owner)),
        ...Array.from({ length: 60 }, (_, i) => statement(i)),
      ]);

      expect(outcomes.every(Boolean)).toBe(true);
      const committed = Array.from({ length: 30 }, (_, owner) => owner).filter((owner) => owner % 3 !== 0);
      expect((await pool.query('SELECT count(*)::int AS n FROM item')).rows[0].n).toBe(committed.length * 5);
      expect((await pool.query('SELECT value FROM counter')).rows[0].value).toBe(committed.length);
    } finally {
      await pool.end();
      await server.close();
    }
  });

  it(
    'rolls back and carries on when a client disconnects in the middle of a transaction and a query',
    { timeout: 120_000 },
    async () => {
      const server = await startEmbeddedPostgres({ dataDir: null, initialData: await emptyClusterTemplate() });
      expect(server.maxConnections).toBe(EMBEDDED_MAX_CONNECTIONS);
      const connect = async () => {
        const client = new pg.Client({ connectionString: server.url });
        client.on('error', () => undefined);
        await client.connect();
        return client;
      };
      const socketOf = (client: pg.Client) => (client as unknown as { connection: PgConnection }).connection;
      try {
        const main = await connect();
        await main.query('CREATE TABLE note (text text)');

        // Dies inside a transaction, after a failing query's Parse, Bind and Execute but before its Sync:
        // the session is left skipping messages until a Sync, in an aborted transaction.
        const dying = await connect();
        await dying.query('BEGIN');
        await dying.query('INSERT INTO note VALUES ($1)', ['uncommitted']);
        socketOf(dying).parse({ text: 'SELECT no_such_column', types: [] });
        socketOf(dying).bind({ values: [] });
        socketOf(dying).execute({});
        await new Promise((resolve) => setTimeout(resolve, 100));
        socketOf(dying).stream.destroy();

        expect((await main.query('SELECT count(*)::int AS n FROM note')).rows).toEqual([{ n: 0 }]);
        expect((await main.query('SELECT $1::int AS n', [7])).rows).toEqual([{ n: 7 }]);
        await main.end();
      } finally {
        await server.close();
      }
    },
  );
});

/** The parts of pg's (undocumented) protocol connection this test drives directly. */
interface PgConnection {
  stream: { destroy(): void };
  parse(query: { text: string; types: number[] }): void;
  bind(config: { values: string[] }): void;
  execute(config: object): void;
}
