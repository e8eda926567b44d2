import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';
import { Email } from './auth';
import { UnitKind, UnitRef, UserRole } from './units';

/** Passwords: long rather than complex (NIST SP 800-63B). */
export const NewPassword = z
  .string()
  .min(12, 'Adgangskoden skal være mindst 12 tegn')
  .max(200, 'Adgangskoden må højst være 200 tegn');

export const UserSummary = z
  .object({
    id: Uuid,
    name: z.string(),
    email: z.string(),
    role: UserRole,
    unit: UnitRef.nullable(),
    active: z.boolean(),
    createdAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof UserSummary>;

export const UserListResponse = z.object({ items: z.array(UserSummary) }).meta({ id: 'UserListResponse' });
export type UserListResponse = z.infer<typeof UserListResponse>;

export const CreateUserRequest = z
  .object({
    name: z.string().trim().min(2, 'Skriv navnet').max(200),
    email: Email,
    role: UserRole,
    unitId: Uuid.nullable(),
    password: NewPassword,
  })
  .meta({ id: 'CreateUserRequest' });
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z
  .object({
    name: z.string().trim().min(2, 'Skriv navnet').max(200),
    role: UserRole,
    unitId: Uuid.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'UpdateUserRequest' });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const SetUserActiveRequest = z
  .object({ active: z.boolean(), version: z.number().int() })
  .meta({ id: 'SetUserActiveRequest' });
export type SetUserActiveRequest = z.infer<typeof SetUserActiveRequest>;

export const ResetPasswordRequest = z
  .object({ password: NewPassword, version: z.number().int() })
  .meta({ id: 'ResetPasswordRequest' });
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

export const UserParams = z.object({ userId: Uuid });

export const UnitSummary = z
  .object({ id: Uuid, name: z.string(), kind: UnitKind })
  .meta({ id: 'UnitSummary' });
export const UnitListResponse = z.object({ items: z.array(UnitSummary) }).meta({ id: 'UnitListResponse' });
export type UnitListResponse = z.infer<typeof UnitListResponse>;

/** A colleague as every logged-in user may see them: name, role and unit, nothing more. */
export const DirectoryEntry = z
  .object({ id: Uuid, name: z.string(), role: UserRole, unit: UnitRef.nullable() })
  .meta({ id: 'DirectoryEntry' });
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;
export const DirectoryResponse = z.object({ items: z.array(DirectoryEntry) }).meta({ id: 'DirectoryResponse' });
export type DirectoryResponse = z.infer<typeof DirectoryResponse>;
