import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The content of an audit record that its hash covers (everything but `seq` and `hash`). */
export interface ChainedContent {
  id: string;
  occurredAt: string;
  userId: string | null;
  unitId: string | null;
  role: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  caseId: string | null;
  reason: string | null;
  requestId: string | null;
  clientIp: string | null;
  details: unknown;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditContent(content: ChainedContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
