import { z } from 'zod';
import { Email, Password, User } from './users.js';

export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof LoginInput>;

export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export type PasswordChange = z.infer<typeof PasswordChange>;

export const Abilities = z.record(z.string(), z.boolean());

/** The server's one time zone: it decides "today", overdue and default as-of dates everywhere. */
export const TimeZone = z.string().describe('IANA time zone of "today" (ECONDIP_TIME_ZONE), e.g. Asia/Ho_Chi_Minh');

export const Me = z.object({
  user: User,
  abilities: Abilities,
  /** Unread in-app notifications, for the header badge. */
  unreadNotifications: z.int(),
  timeZone: TimeZone,
});
export type Me = z.infer<typeof Me>;

/** Whether a session is open, answered without an error either way (the web app asks it on every start). */
export const SessionState = z.object({
  me: Me.nullable(),
  timeZone: TimeZone,
  demoData: z.boolean().describe('Records invented for the demonstration are loaded: every page says so'),
});
export type SessionState = z.infer<typeof SessionState>;

export const ApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.int().min(1).max(730).optional(),
});
export const ApiTokenCreated = ApiToken.extend({ token: z.string() });
