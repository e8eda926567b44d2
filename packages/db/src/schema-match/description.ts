/**
 * A database schema flattened to one line per object, so the schema file and the database can be
 * compared by key: `column "Case"."phase"` → `"CasePhase" NOT NULL DEFAULT 'UNDERRETNING'::"CasePhase"`.
 */
export type SchemaDescription = Map<string, string>;

export const key = {
  enum: (name: string) => `enum ${quote(name)}`,
  table: (table: string) => `table ${quote(table)}`,
  column: (table: string, column: string) => `column ${quote(table)}.${quote(column)}`,
  primaryKey: (table: string) => `primary key of ${quote(table)}`,
  index: (table: string, name: string) => `index ${quote(table)}.${quote(name)}`,
  foreignKey: (table: string, name: string) => `foreign key ${quote(table)}.${quote(name)}`,
};

export function describeColumn(type: string, notNull: boolean, defaultSql: string | null): string {
  return `${type}${notNull ? ' NOT NULL' : ''}${defaultSql === null ? '' : ` DEFAULT ${defaultSql}`}`;
}

export function describeIndex(unique: boolean, method: string, columns: string[]): string {
  return `${unique ? 'UNIQUE ' : ''}${method} (${columns.join(', ')})`;
}

export function describePrimaryKey(name: string, columns: string[]): string {
  return `${quote(name)} (${columns.join(', ')})`;
}

export function describeForeignKey(
  columns: string[],
  referencedTable: string,
  referencedColumns: string[],
  onDelete: string,
  onUpdate: string,
): string {
  return `(${columns.join(', ')}) REFERENCES ${quote(referencedTable)} (${referencedColumns.join(', ')}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
}

/** Double-quotes an identifier the way PostgreSQL prints it: only when it is not plain lower case. */
export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : quote(name);
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Readable differences, one line each, ordered by object. Empty when the two agree. */
export function diffDescriptions(schema: SchemaDescription, database: SchemaDescription): string[] {
  const differences: string[] = [];
  for (const name of [...new Set([...schema.keys(), ...database.keys()])].sort()) {
    const wanted = schema.get(name);
    const found = database.get(name);
    if (found === undefined) differences.push(`${name}: missing in the database (schema.prisma wants ${wanted})`);
    else if (wanted === undefined) differences.push(`${name}: in the database (${found}) but not in schema.prisma`);
    else if (wanted !== found) differences.push(`${name}: database has ${found}, schema.prisma wants ${wanted}`);
  }
  return differences;
}
