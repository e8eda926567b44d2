import { readFileSync } from 'node:fs';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrator';
import { compareSchemaWithDatabase } from './schema-match';
import { createEmptyTestDatabase, type EmptyTestDatabase } from './testing';

const schemaPath = fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url));
const schema = readFileSync(schemaPath, 'utf8');

let database: EmptyTestDatabase;

beforeAll(async () => {
  database = await createEmptyTestDatabase();
  await migrate(database.url);
});

afterAll(async () => {
  await database?.close();
});

describe('prisma/migrations applied to an empty database', () => {
  it('create exactly what prisma/schema.prisma describes (if not, add or fix a migration)', async () => {
    expect(await compareSchemaWithDatabase(schema, database.url)).toEqual([]);
  });

  it('are compared closely enough that one extra field in schema.prisma is reported as a missing column', async () => {
    const extended = schema.replace(/(model Case \{\n)/, '$1  riskNote String? @db.VarChar(200)\n');
    expect(extended).not.toBe(schema);
    // Only what the extra field adds, so this holds whether or not the test above passes.
    const before = await compareSchemaWithDatabase(schema, database.url);

    const after = await compareSchemaWithDatabase(extended, database.url);

    expect(after.filter((line) => !before.includes(line))).toEqual([
      'column "Case"."riskNote": missing in the database (schema.prisma wants character varying(200))',
    ]);
  });
});

describe('the comparison', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`./schema-match/fixtures/${name}`, import.meta.url));

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await client.end();
    await migrate(database.url, { migrationsDir: fixture('features-migrations') });
  });

  it('understands what Prisma writes for lists, serials, mapped names, literal defaults, sort orders and index types', async () => {
    const features = readFileSync(fixture('features.prisma'), 'utf8');

    expect(await compareSchemaWithDatabase(features, database.url)).toEqual([]);
  });

  it('reports each kind of difference on the object it concerns', async () => {
    const changed = readFileSync(fixture('features.prisma'), 'utf8')
      .replace('GREEN @map("green")', 'GREEN @map("green")\n  BLUE')
      .replace('@db.VarChar(20)', '@db.VarChar(30)')
      .replace('blob     Bytes?', 'blob     Bytes')
      .replace('@default(-1.5)', '@default(-2.5)')
      .replace('@@index([big], type: Hash)', '@@index([big])')
      .replace(', onDelete: Cascade)', ')')
      .replace('  renamed  String?   @map("renamed_column")\n', '');

    expect(await compareSchemaWithDatabase(changed, database.url)).toEqual([
      'column "samples"."blob": database has bytea, schema.prisma wants bytea NOT NULL',
      'column "samples"."renamed_column": in the database (text) but not in schema.prisma',
      'column "samples"."score": database has double precision NOT NULL DEFAULT \'-1.5\'::numeric, schema.prisma wants double precision NOT NULL DEFAULT \'-2.5\'::numeric',
      "column \"samples\".\"title\": database has character varying(20) NOT NULL DEFAULT 'o''k'::character varying, schema.prisma wants character varying(30) NOT NULL DEFAULT 'o''k'::character varying",
      'enum "Colour": database has RED, green, schema.prisma wants RED, green, BLUE',
      'foreign key "samples"."samples_parentId_fkey": database has (parentId) REFERENCES "samples" (id) ON DELETE CASCADE ON UPDATE CASCADE, schema.prisma wants (parentId) REFERENCES "samples" (id) ON DELETE SET NULL ON UPDATE CASCADE',
      'index "samples"."samples_big_idx": database has hash (big), schema.prisma wants btree (big)',
    ]);
  });
});
