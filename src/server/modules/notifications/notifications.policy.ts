import type { Actor } from '../../auth/actor.js';
import { isAdmin } from '../../policy/roles.js';

export const notificationsPolicy = {
  /** Anyone signed in has an inbox; it holds only their own notifications. */
  readOwn: (_actor: Actor) => true,
  /** E-mails waiting or sent: for admins, who check delivery when no SMTP server is configured. */
  readOutbox: (actor: Actor) => isAdmin(actor),
};
