import type { Role } from '../../shared/schemas/users.js';

export type Home = '/overview' | '/inbox' | '/workspace';

/** Where each role lands after sign-in: HQ (its administrators too) and leadership on the national overview, units on their inbox, businesses on their workspace. */
export function homeOf(role: Role): Home {
  switch (role) {
    case 'admin':
    case 'hq_coordinator':
    case 'leader':
      return '/overview';
    case 'unit_editor':
    case 'unit_viewer':
      return '/inbox';
    case 'business':
      return '/workspace';
  }
}
