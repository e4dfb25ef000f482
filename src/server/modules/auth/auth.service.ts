import type { ApiToken, LoginInput, PasswordChange } from '../../../shared/schemas/auth.js';
import type { Locale } from '../../../shared/schemas/users.js';
import { SYSTEM_ACTOR, type Actor } from '../../auth/actor.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { Db } from '../../db/client.js';
import { timeZone } from '../../lib/clock.js';
import { toIso } from '../../lib/dates.js';
import { DomainError, invalidField, notFound, TooManyAttempts } from '../../lib/errors.js';
import { newSecret, sha256 } from '../../lib/ids.js';
import { abilitiesOf } from '../../policy/index.js';
import { auditRepo } from '../audit/audit.repo.js';
import { notificationsRepo } from '../notifications/notifications.repo.js';
import { demoDataRepo } from '../settings/demo-data.repo.js';
import { usersRepo, type UserRow } from '../users/users.repo.js';
import { toUserDto } from '../users/users.service.js';
import { apiTokensRepo, loginAttemptsRepo, sessionsRepo } from './sessions.repo.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Failures of one account from one address counted over this window… */
const LOGIN_WINDOW_MS = 60 * 60 * 1000;
/** …of which this many are free; each further one doubles the wait after it, from a minute up to 15. */
const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 60 * 1000;
const LONGEST_WAIT_MS = 15 * 60 * 1000;

/** When the pair may try again after `failures` recent failures, the latest at `latest`; null when it may now. */
export function retryAt(failures: number, latest: Date | null): Date | null {
  if (failures < FREE_FAILURES || !latest) return null;
  return new Date(latest.getTime() + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES)));
}
const API_TOKEN_PREFIX = 'edp_';

export const actorOf = (user: UserRow): Actor => ({ userId: user.id, unitId: user.unitId, role: user.role as Actor['role'], email: user.email, partnerId: user.partnerId });

export function authService(db: Db, now: () => Date = () => new Date()) {
  const me = async (userId: string) => {
    const found = await usersRepo.findById(db, userId);
    if (!found) throw notFound('User');
    return {
      user: toUserDto(found.user, found.unit),
      abilities: abilitiesOf(actorOf(found.user)),
      // One indexed count (notifications_user_idx), so the header badge needs no second call.
      unreadNotifications: await notificationsRepo.countUnread(db, userId),
      timeZone: timeZone(),
    };
  };

  // Asked on every start of the web app: read at most every half minute (loading demo data takes longer than that).
  let demoData: { present: boolean; at: number } | null = null;

  return {
    me,

    /** The zone of "today", for the web app to compute it the same way. */
    timeZone,

    /** Whether records invented for the demonstration are loaded, for the web app's banner. */
    demoData: async () => {
      const at = now().getTime();
      if (!demoData || at - demoData.at > 30_000) demoData = { present: await demoDataRepo.present(db), at };
      return demoData.present;
    },

    /**
     * Checks the password and opens a session; returns its token (only its hash is stored).
     * Throws `unauthenticated` with one message for every failure, and `rate_limited` after repeated failures of
     * this account from this address (so that someone else's failures never lock the owner out).
     */
    login: async (input: LoginInput, ip: string | null) => {
      const since = new Date(now().getTime() - LOGIN_WINDOW_MS);
      const failures = await loginAttemptsRepo.countSince(db, input.email, ip, since);
      const waitUntil = retryAt(failures.total, failures.latest);
      if (waitUntil && waitUntil > now()) throw new TooManyAttempts(Math.max(1, Math.ceil((waitUntil.getTime() - now().getTime()) / 1000)));
      const user = await usersRepo.findByEmail(db, input.email);
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
      if (!user || !passwordOk || !user.active) {
        // One entry for every reason (unknown e-mail, wrong password, inactive account), keyed by the e-mail tried:
        // the log says no more about the account than the answer does. The password is never written.
        await db.transaction(async (tx) => {
          await loginAttemptsRepo.recordFailure(tx, input.email, ip);
          await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'user.sign_in_failed', entity: 'sign_in', entityId: input.email, after: { email: input.email, ip } });
        });
        throw new DomainError('unauthenticated', 'Wrong e-mail or password');
      }
      const token = newSecret();
      const at = now();
      await db.transaction(async (tx) => {
        await loginAttemptsRepo.clear(tx, input.email, ip);
        await sessionsRepo.insert(tx, { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(at.getTime() + SESSION_TTL_MS) });
        await usersRepo.touch(tx, user.id, { lastLoginAt: at });
        await sessionsRepo.deleteExpired(tx, at);
        await auditRepo.insert(tx, { actor: actorOf(user), action: 'user.signed_in', entity: 'user', entityId: user.id, after: { ip } });
      });
      return { token, me: await me(user.id) };
    },

    /** Ends the session behind the token; the user's sign-out is audited with the address it came from. */
    logout: (token: string, ip: string | null) =>
      db.transaction(async (tx) => {
        const ended = await sessionsRepo.delete(tx, sha256(token));
        const found = ended ? await usersRepo.findById(tx, ended.userId) : undefined;
        if (found) await auditRepo.insert(tx, { actor: actorOf(found.user), action: 'user.signed_out', entity: 'user', entityId: found.user.id, after: { ip } });
      }),

    /** The actor behind an API token, else a session cookie (never both), or null. Sliding sessions are extended at most once a minute. */
    authenticate: async (credential: { session?: string; bearer?: string }): Promise<Actor | null> => {
      const at = now();
      if (credential.bearer !== undefined) {
        if (!credential.bearer.startsWith(API_TOKEN_PREFIX)) return null;
        const found = await apiTokensRepo.findUser(db, sha256(credential.bearer), at);
        if (!found) return null;
        if (!found.token.lastUsedAt || at.getTime() - found.token.lastUsedAt.getTime() > 60_000) await apiTokensRepo.markUsed(db, found.token.id, at);
        return actorOf(found.user);
      }
      if (!credential.session) return null;
      const tokenHash = sha256(credential.session);
      const found = await sessionsRepo.findUser(db, tokenHash, at);
      if (!found) return null;
      if (at.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
        await sessionsRepo.extend(db, tokenHash, at, new Date(at.getTime() + SESSION_TTL_MS));
      }
      return actorOf(found.user);
    },

    updateProfile: (actor: Actor, input: { name?: string; locale?: Locale }) =>
      db.transaction(async (tx) => {
        const before = await usersRepo.findByIdForUpdate(tx, actor.userId);
        if (!before) throw notFound('User');
        const after = await usersRepo.update(tx, actor.userId, before.version, input);
        await auditRepo.insert(tx, { actor, action: 'user.profile_updated', entity: 'user', entityId: actor.userId, before: { name: before.name, locale: before.locale }, after: input });
        return after;
      }).then(() => me(actor.userId)),

    /** Changes one's own password after checking the current one; other sessions and every API token end. */
    changePassword: async (actor: Actor, input: PasswordChange, currentSession?: string) => {
      const user = await usersRepo.findByEmail(db, actor.email);
      if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw invalidField('currentPassword', 'The current password is wrong');
      }
      if (input.currentPassword === input.newPassword) throw invalidField('newPassword', 'Choose a password different from the current one');
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await usersRepo.touch(tx, user.id, { passwordHash });
        await sessionsRepo.revokeAllFor(tx, user.id, now(), currentSession ? sha256(currentSession) : undefined);
        await auditRepo.insert(tx, { actor, action: 'user.password_changed', entity: 'user', entityId: user.id });
      });
    },

    listTokens: async (actor: Actor): Promise<{ items: ApiToken[] }> => ({
      items: (await apiTokensRepo.listFor(db, actor.userId)).map(toTokenDto),
    }),

    /** Creates a personal API token; the secret is returned once and only its hash is kept. */
    createToken: (actor: Actor, input: { name: string; expiresInDays?: number }) =>
      db.transaction(async (tx) => {
        const token = `${API_TOKEN_PREFIX}${newSecret()}`;
        const expiresAt = input.expiresInDays ? new Date(now().getTime() + input.expiresInDays * 86_400_000) : null;
        const row = await apiTokensRepo.insert(tx, { userId: actor.userId, name: input.name, prefix: token.slice(0, 10), tokenHash: sha256(token), expiresAt });
        await auditRepo.insert(tx, { actor, action: 'api_token.created', entity: 'api_token', entityId: row.id, after: { name: row.name, expiresAt } });
        return { ...toTokenDto(row), token };
      }),

    revokeToken: (actor: Actor, id: string) =>
      db.transaction(async (tx) => {
        const row = await apiTokensRepo.revoke(tx, actor.userId, id, now());
        if (!row) throw notFound('API token');
        await auditRepo.insert(tx, { actor, action: 'api_token.revoked', entity: 'api_token', entityId: id });
      }),
  };
}

type TokenRow = Awaited<ReturnType<typeof apiTokensRepo.listFor>>[number];
const toTokenDto = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: toIso(row.createdAt)!,
  lastUsedAt: toIso(row.lastUsedAt),
  expiresAt: toIso(row.expiresAt),
});

export type AuthService = ReturnType<typeof authService>;
