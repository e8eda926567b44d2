import { z } from 'zod';
import { Uuid } from './common';

export const UnitKind = z.enum(['MYNDIGHED', 'FAMILIECENTER', 'UNGECENTER', 'PPR']).meta({ id: 'UnitKind' });
export type UnitKind = z.infer<typeof UnitKind>;

export const UserRole = z
  .enum(['ADMIN', 'LEADER', 'CASEWORKER', 'EXECUTOR', 'PPR', 'FACILITATOR', 'COORDINATOR'])
  .meta({ id: 'UserRole' });
export type UserRole = z.infer<typeof UserRole>;

export const UnitRef = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: UnitKind,
  })
  .meta({ id: 'UnitRef' });
export type UnitRef = z.infer<typeof UnitRef>;

export const UserRef = z
  .object({
    id: Uuid,
    name: z.string(),
  })
  .meta({ id: 'UserRef' });
export type UserRef = z.infer<typeof UserRef>;
