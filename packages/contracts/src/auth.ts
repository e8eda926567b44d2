import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';
import { UnitRef, UserRole } from './units';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Skriv en gyldig e-mailadresse' }).max(254));

export const LoginRequest = z
  .object({
    email: Email,
    password: z.string().min(1, 'Skriv din adgangskode').max(200),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const CurrentUser = z
  .object({
    id: Uuid,
    name: z.string(),
    email: z.string(),
    role: UserRole,
    unit: UnitRef.nullable(),
    municipality: z.object({ id: Uuid, name: z.string() }),
    /** The policy's actions this user's role holds a grant for; the web hides what it cannot do. */
    permissions: z.array(z.string()),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionInfo = z
  .object({
    user: CurrentUser,
    /** Send back in the X-CSRF-Token header on every request that changes something. */
    csrfToken: z.string(),
    expiresAt: IsoDateTime,
    idleTimeoutSeconds: z.number().int(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CSRF_HEADER = 'x-csrf-token';
