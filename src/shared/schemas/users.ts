import { z } from 'zod';
import { ListQuery, listOf, Uuid } from './common.js';
import { OrgUnitSummary } from './org-units.js';

export const ROLES = ['admin', 'hq_coordinator', 'leader', 'unit_editor', 'unit_viewer', 'business'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const LOCALES = ['vi', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email('Not a valid e-mail address'));

/** Long enough to resist guessing, short enough for argon2 to stay cheap. */
export const Password = z
  .string()
  .min(10, 'At least 10 characters')
  .max(200, 'At most 200 characters');

export const User = z.object({
  id: Uuid,
  email: z.string(),
  name: z.string(),
  role: Role,
  unit: OrgUnitSummary.pick({ id: true, code: true, name: true, type: true }).nullable(),
  /** A business user's company (a partner of kind vietnamese_company or foreign_company). */
  partnerId: Uuid.nullable(),
  locale: Locale,
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.int(),
});
export type User = z.infer<typeof User>;

export const UserInput = z.object({
  email: Email,
  name: z.string().trim().min(1).max(200),
  role: Role,
  unitId: Uuid.nullable(),
  /** Business users only: their company. */
  partnerId: Uuid.nullable().optional(),
  locale: Locale.default('vi'),
  password: Password,
});
export type UserInput = z.infer<typeof UserInput>;

export const UserUpdate = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: Role.optional(),
  unitId: Uuid.nullable().optional(),
  partnerId: Uuid.nullable().optional(),
  locale: Locale.optional(),
  active: z.boolean().optional(),
  version: z.int().min(1),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

export const PasswordReset = z.object({ password: Password });

export const UserListQuery = ListQuery.extend({
  role: Role.optional(),
  unitId: Uuid.optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
export const UserList = listOf(User);
