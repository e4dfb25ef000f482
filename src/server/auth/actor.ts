import type { Role } from '../../shared/schemas/users.js';

/** Who is acting: set on every authenticated request, passed to every service call. */
export interface Actor {
  userId: string;
  unitId: string | null;
  role: Role;
  email: string;
}

/** The system itself (migrations, seeds, scheduled jobs): audited as such, never reaches HTTP. */
export const SYSTEM_ACTOR: Actor = { userId: '00000000-0000-0000-0000-000000000000', unitId: null, role: 'admin', email: 'system' };
