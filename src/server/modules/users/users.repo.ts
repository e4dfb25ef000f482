import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { UserListQuery } from '../../../shared/schemas/users.js';
import type { Executor } from '../../db/client.js';
import { orgUnits, users } from '../../db/schema/index.js';
import { DomainError, translateDbError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset } from '../../db/search.js';

export type UserRow = typeof users.$inferSelect;
export type UserInsert = Omit<typeof users.$inferInsert, 'id'>;
export type UnitRef = Pick<typeof orgUnits.$inferSelect, 'id' | 'code' | 'nameVi' | 'nameEn' | 'type'>;

const emailTaken = new DomainError('conflict', 'A user with this e-mail already exists', { email: 'taken' });

const unitColumns = { id: orgUnits.id, code: orgUnits.code, nameVi: orgUnits.nameVi, nameEn: orgUnits.nameEn, type: orgUnits.type };

export const usersRepo = {
  list: async (ex: Executor, query: UserListQuery) => {
    const conditions = and(
      query.role ? eq(users.role, query.role) : undefined,
      query.unitId ? eq(users.unitId, query.unitId) : undefined,
      query.active === undefined ? undefined : eq(users.active, query.active),
      query.q ? matchesText(sql`${users.name} || ' ' || ${users.email}`, query.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ user: users, unit: unitColumns })
        .from(users)
        .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
        .where(conditions)
        .orderBy(asc(users.name))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(users).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) =>
    ex
      .select({ user: users, unit: unitColumns })
      .from(users)
      .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .where(eq(users.id, id))
      .then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(users).where(eq(users.id, id)).for('update').then(([row]) => row),

  findByEmail: (ex: Executor, email: string) =>
    ex.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())).then(([row]) => row),

  insert: async (ex: Executor, values: UserInsert) => {
    try {
      const [row] = await ex.insert(users).values({ ...values, id: newId() }).returning();
      return row!;
    } catch (error) {
      return translateDbError(error, { unique: emailTaken });
    }
  },

  update: (ex: Executor, id: string, version: number, values: Partial<UserInsert>) =>
    ex
      .update(users)
      .set({ ...values, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning()
      .then(([row]) => row),

  /** Changes that are not edits of the record (password, last sign-in) and so leave its version alone. */
  touch: (ex: Executor, id: string, values: Pick<Partial<UserInsert>, 'passwordHash' | 'lastLoginAt'>) =>
    ex.update(users).set(values).where(eq(users.id, id)),

  count: (ex: Executor) => ex.select({ total: count() }).from(users).then(([row]) => row?.total ?? 0),
};
