import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './org-units.js';
import { LOCALES, ROLES } from '../../../shared/schemas/users.js';
import { oneOf } from './checks.js';
import { partners } from './partners.js';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text().notNull(),
    unitId: uuid().references(() => orgUnits.id),
    /** A business user's company (partners of kind company), set by an admin. */
    partnerId: uuid().references(() => partners.id),
    locale: text().notNull().default('vi'),
    active: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    /** A sign-in of the demonstration data set (fictional person). */
    demo: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    index('users_unit_idx').on(t.unitId),
    index('users_partner_idx').on(t.partnerId),
    check('users_partner_business_ck', sql`${t.partnerId} IS NULL OR ${t.role} = 'business'`),
    check('users_role_ck', oneOf(t.role, ROLES)),
    check('users_locale_ck', oneOf(t.locale, LOCALES)),
    index('users_search_idx').using('gin', sql`(f_unaccent(lower(${t.name} || ' ' || ${t.email}))) gin_trgm_ops`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    prefix: text().notNull(),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/** Failed sign-ins per e-mail, so throttling holds across processes and restarts. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid().primaryKey(),
    email: text().notNull(),
    ip: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_at_idx').on(t.email, t.at)],
);
