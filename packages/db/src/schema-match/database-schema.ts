import type pg from 'pg';
import {
  describeColumn,
  describeForeignKey,
  describeIndex,
  describePrimaryKey,
  key,
  type SchemaDescription,
} from './description';

/** Prisma Migrate's bookkeeping table; not part of the data model. */
const IGNORED_TABLE = '_prisma_migrations';

/** The current schema's enums, tables, columns, indexes and foreign keys, read from pg_catalog. */
export async function describeDatabase(client: pg.ClientBase): Promise<SchemaDescription> {
  const description: SchemaDescription = new Map();
  const rows = async (sql: string, params: unknown[] = [IGNORED_TABLE]) => (await client.query(sql, params)).rows;

  for (const row of await rows(ENUMS, [])) description.set(key.enum(row.name), row.labels);
  for (const row of await rows(TABLES)) description.set(key.table(row.table), 'table');
  for (const row of await rows(COLUMNS)) {
    description.set(key.column(row.table, row.column), describeColumn(row.type, row.not_null, row.default));
  }
  for (const row of await rows(INDEXES)) {
    const columns = (row.columns as string[]).filter(Boolean);
    if (row.primary) {
      description.set(key.primaryKey(row.table), describePrimaryKey(row.name, columns));
    } else {
      const where = row.predicate ? ` WHERE ${row.predicate}` : '';
      description.set(key.index(row.table, row.name), describeIndex(row.unique, row.method, columns) + where);
    }
  }
  for (const row of await rows(FOREIGN_KEYS)) {
    description.set(
      key.foreignKey(row.table, row.name),
      describeForeignKey(
        row.columns,
        row.referenced_table,
        row.referenced_columns,
        action(row.on_delete),
        action(row.on_update),
      ),
    );
  }
  return description;
}

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};
const action = (code: string) => ACTIONS[code] ?? `unknown action ${code}`;

const IN_SCHEMA = `n.nspname = current_schema()`;

const ENUMS = `
SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE ${IN_SCHEMA}
GROUP BY t.typname`;

const TABLES = `
SELECT c.relname AS table
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE ${IN_SCHEMA} AND c.relkind IN ('r', 'p') AND c.relname <> $1`;

const COLUMNS = `
SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE ${IN_SCHEMA} AND c.relkind IN ('r', 'p') AND c.relname <> $1 AND a.attnum > 0 AND NOT a.attisdropped`;

// Key columns in index order, "DESC" where indoption's first bit says so; expressions print as NULL and are dropped.
const INDEXES = `
SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
       am.amname AS method, pg_get_expr(x.indpred, x.indrelid) AS predicate,
       ARRAY(
         SELECT a.attname::text || CASE WHEN (x.indoption[(k.position - 1)::int] & 1) = 1 THEN ' DESC' ELSE '' END
         FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
         LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
         WHERE k.position <= x.indnkeyatts
         ORDER BY k.position
       ) AS columns
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = i.relam
WHERE ${IN_SCHEMA} AND t.relname <> $1`;

const FOREIGN_KEYS = `
SELECT t.relname AS table, c.conname AS name, r.relname AS referenced_table,
       c.confdeltype AS on_delete, c.confupdtype AS on_update,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.position) AS columns,
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.position) AS referenced_columns
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_class r ON r.oid = c.confrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE ${IN_SCHEMA} AND c.contype = 'f' AND t.relname <> $1`;
