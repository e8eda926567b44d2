import { columnDefault, columnType } from './column-sql';
import {
  describeColumn,
  describeForeignKey,
  describeIndex,
  describePrimaryKey,
  key,
  type SchemaDescription,
} from './description';
import { parseDatamodel, type DmmfField, type DmmfModel } from './dmmf';

/** What Prisma Migrate would create in PostgreSQL for this schema.prisma text, read through Prisma's own parser. */
export function describePrismaSchema(schemaText: string): SchemaDescription {
  const datamodel = parseDatamodel(schemaText);
  const description: SchemaDescription = new Map();
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e]));
  const models = new Map(datamodel.models.map((model) => [model.name, model]));

  for (const enumType of datamodel.enums) {
    description.set(
      key.enum(enumType.dbName ?? enumType.name),
      enumType.values.map((v) => v.dbName ?? v.name).join(', '),
    );
  }
  for (const model of datamodel.models) {
    const table = tableName(model);
    description.set(key.table(table), 'table');
    for (const field of model.fields) {
      if (field.kind !== 'scalar' && field.kind !== 'enum') continue;
      const column = columnName(field);
      const type = columnType(field, enumNames);
      // Prisma creates list columns without NOT NULL.
      const notNull = field.isRequired && !field.isList;
      const defaultSql = columnDefault(field, table, column, type, enumNames);
      description.set(key.column(table, column), describeColumn(type, notNull, defaultSql));
    }
    for (const relation of model.fields) {
      if (relation.kind !== 'object' || !relation.relationFromFields?.length) continue;
      const target = models.get(relation.type);
      if (!target) throw new Error(`Relation ${model.name}.${relation.name} points at unknown model ${relation.type}`);
      const columns = relation.relationFromFields.map((name) => columnName(fieldOf(model, name)));
      const referenced = (relation.relationToFields ?? []).map((name) => columnName(fieldOf(target, name)));
      // Prisma's defaults; `@relation(map: ...)` names are not in the DMMF, so Prisma's default name is assumed.
      const onDelete = relation.relationOnDelete ?? (relation.isRequired ? 'Restrict' : 'SetNull');
      const onUpdate = relation.relationOnUpdate ?? 'Cascade';
      description.set(
        key.foreignKey(table, constraintName(table, columns, '_fkey')),
        describeForeignKey(
          columns,
          tableName(target),
          referenced,
          referentialAction(onDelete),
          referentialAction(onUpdate),
        ),
      );
    }
  }
  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    if (!model) throw new Error(`Index on unknown model ${index.model}`);
    const table = tableName(model);
    const columns = index.fields.map(
      (f) => columnName(fieldOf(model, f.name)) + (f.sortOrder === 'desc' ? ' DESC' : ''),
    );
    if (index.type === 'id') {
      description.set(
        key.primaryKey(table),
        describePrimaryKey(index.dbName ?? constraintName(table, [], '_pkey'), columns),
      );
    } else {
      const unique = index.type === 'unique';
      const plainColumns = index.fields.map((f) => columnName(fieldOf(model, f.name)));
      const name = index.dbName ?? constraintName(table, plainColumns, unique ? '_key' : '_idx');
      description.set(
        key.index(table, name),
        describeIndex(unique, (index.algorithm ?? 'BTree').toLowerCase(), columns),
      );
    }
  }
  return description;
}

const tableName = (model: DmmfModel) => model.dbName ?? model.name;
const columnName = (field: DmmfField) => field.dbName ?? field.name;

function fieldOf(model: DmmfModel, name: string): DmmfField {
  const field = model.fields.find((f) => f.name === name);
  if (!field) throw new Error(`Model ${model.name} has no field ${name}`);
  return field;
}

/** Prisma's default constraint names, shortened like Prisma's to PostgreSQL's 63-byte identifiers. */
function constraintName(table: string, columns: string[], suffix: string): string {
  const base = [table, ...columns].join('_');
  return base.slice(0, 63 - suffix.length) + suffix;
}

function referentialAction(action: string): string {
  const actions: Record<string, string> = {
    Cascade: 'CASCADE',
    Restrict: 'RESTRICT',
    NoAction: 'NO ACTION',
    SetNull: 'SET NULL',
    SetDefault: 'SET DEFAULT',
  };
  return actions[action] ?? `unknown action ${action}`;
}
