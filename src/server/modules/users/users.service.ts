import type { User, UserInput, UserListQuery, UserUpdate } from '../../../shared/schemas/users.js';
import type { Actor } from '../../auth/actor.js';
import { hashPassword } from '../../auth/passwords.js';
import type { Db, Executor } from '../../db/client.js';
import { isWithin, todayIso, toIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { sessionsRepo } from '../auth/sessions.repo.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { partnersRepo } from '../partners/partners.repo.js';
import { usersPolicy as can } from './users.policy.js';
import { usersRepo, type UnitRef, type UserRow } from './users.repo.js';

export const toUserDto = (user: UserRow, unit: UnitRef | null): User => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role as User['role'],
  unit: unit ? { id: unit.id, code: unit.code, name: { vi: unit.nameVi, en: unit.nameEn }, type: unit.type as NonNullable<User['unit']>['type'] } : null,
  partnerId: user.partnerId,
  locale: user.locale as User['locale'],
  active: user.active,
  lastLoginAt: toIso(user.lastLoginAt),
  createdAt: toIso(user.createdAt)!,
  version: user.version,
});

const UNIT_ROLES = new Set<User['role']>(['unit_editor', 'unit_viewer']);

/** Unit roles need a unit, and nobody is assigned to a unit that no longer exists. */
async function checkAssignment(ex: Executor, role: User['role'], unitId: string | null) {
  if (UNIT_ROLES.has(role) && !unitId) throw invalidField('unitId', 'A unit editor or viewer needs a unit');
  if (!unitId) return;
  const unit = await orgUnitsRepo.findById(ex, unitId);
  if (!unit) throw invalidField('unitId', 'Unknown unit');
  if (!isWithin(todayIso(), unit.validFrom, unit.validTo)) {
    throw ruleViolated(`${unit.nameEn} is not a current unit (valid ${unit.validFrom ?? '…'} to ${unit.validTo ?? '…'})`, { unitId: 'not_current' });
  }
}

const COMPANY_KINDS = new Set(['vietnamese_company', 'foreign_company']);

/** Only a business user speaks for a company, and it must be a company. */
async function checkCompany(ex: Executor, role: User['role'], partnerId: string | null) {
  if (!partnerId) return;
  if (role !== 'business') throw invalidField('partnerId', 'Only a business user is linked to a company');
  const partner = await partnersRepo.findById(ex, partnerId);
  if (!partner || !COMPANY_KINDS.has(partner.kind)) throw invalidField('partnerId', 'Unknown company');
}

export function usersService(db: Db) {
  const load = async (ex: Executor, id: string) => {
    const found = await usersRepo.findById(ex, id);
    if (!found) throw notFound('User');
    return toUserDto(found.user, found.unit);
  };

  return {
    list: async (actor: Actor, query: UserListQuery) => {
      if (!can.manage(actor)) throw forbidden();
      const { rows, total } = await usersRepo.list(db, query);
      return { items: rows.map((row) => toUserDto(row.user, row.unit)), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (actor: Actor, id: string) => {
      if (!can.manage(actor) && actor.userId !== id) throw notFound('User');
      return load(db, id);
    },

    /** Creates an active user. Throws `forbidden`, `invalid` (unit), `conflict` (e-mail taken). */
    create: (actor: Actor, input: UserInput) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        await checkAssignment(tx, input.role, input.unitId);
        await checkCompany(tx, input.role, input.partnerId ?? null);
        const row = await usersRepo.insert(tx, {
          email: input.email,
          name: input.name,
          role: input.role,
          unitId: input.unitId,
          partnerId: input.partnerId ?? null,
          locale: input.locale,
          passwordHash: await hashPassword(input.password),
        });
        await auditRepo.insert(tx, { actor, action: 'user.created', entity: 'user', entityId: row.id, after: row });
        return load(tx, row.id);
      }),

    /** Edits role, unit, name, locale or active; deactivation ends the user's sessions. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: UserUpdate) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const before = await usersRepo.findByIdForUpdate(tx, id);
        if (!before) throw notFound('User');
        if (before.version !== input.version) throw staleVersion('This user');
        if (id === actor.userId && (input.active === false || (input.role && input.role !== before.role))) {
          throw ruleViolated('You cannot deactivate yourself or change your own role', { [input.active === false ? 'active' : 'role']: 'self' });
        }
        const role = input.role ?? (before.role as User['role']);
        const unitId = input.unitId === undefined ? before.unitId : input.unitId;
        if (input.role !== undefined || input.unitId !== undefined) await checkAssignment(tx, role, unitId);
        // A user who stops being a business user leaves their company.
        const partnerId = role !== 'business' ? null : input.partnerId === undefined ? before.partnerId : input.partnerId;
        await checkCompany(tx, role, partnerId);
        const after = await usersRepo.update(tx, id, input.version, {
          name: input.name,
          role: input.role,
          unitId: input.unitId,
          partnerId,
          locale: input.locale,
          active: input.active,
        });
        if (!after) throw staleVersion('This user');
        if (input.active === false) await sessionsRepo.revokeAllFor(tx, id, new Date());
        await auditRepo.insert(tx, { actor, action: after.active === before.active ? 'user.updated' : after.active ? 'user.activated' : 'user.deactivated', entity: 'user', entityId: id, ...changedFields(before, after) });
        return load(tx, id);
      }),

    /** Sets a new password and signs the user out everywhere. */
    resetPassword: (actor: Actor, id: string, password: string) =>
      db.transaction(async (tx) => {
        if (!can.manage(actor)) throw forbidden();
        const user = await usersRepo.findByIdForUpdate(tx, id);
        if (!user) throw notFound('User');
        await usersRepo.touch(tx, id, { passwordHash: await hashPassword(password) });
        await sessionsRepo.revokeAllFor(tx, id, new Date());
        await auditRepo.insert(tx, { actor, action: 'user.password_reset', entity: 'user', entityId: id });
      }),
  };
}
