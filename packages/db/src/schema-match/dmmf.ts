import { stripVTControlCharacters } from 'node:util';
import { get_dmmf } from '@prisma/prisma-schema-wasm';

// The parts of Prisma's DMMF this comparison reads.
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}
export interface Datamodel {
  enums: DmmfEnum[];
  models: DmmfModel[];
  indexes: DmmfIndex[];
}

/** Reads schema.prisma text with Prisma's own parser. */
export function parseDatamodel(schemaText: string): Datamodel {
  try {
    const dmmf = JSON.parse(
      get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]], noColorErrors: true })),
    );
    return dmmf.datamodel as Datamodel;
  } catch (error) {
    // The parser throws JSON ({ error_code, message }) with terminal colours in the message.
    const text = error instanceof Error ? error.message : String(error);
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: keep the text as it is
    }
    throw new Error(`schema.prisma does not parse:\n${stripVTControlCharacters(message)}`);
  }
}
