import type { Role } from '../../shared/schemas/users.js';

/** Who is acting: set on every authenticated request, passed to every service call. */
export interface Actor {
  userId: string;
  unitId: string | null;
  role: Role;
  email: string;
  /** A business user's company (a partner of kind company); null for everyone else. */
  partnerId: string | null;
}

/** The system itself (migrations, seeds, scheduled jobs): audited as such, never reaches HTTP. */
export const SYSTEM_ACTOR: Actor = { userId: '00000000-0000-0000-0000-000000000000', unitId: null, role: 'admin', email: 'system', partnerId: null };
