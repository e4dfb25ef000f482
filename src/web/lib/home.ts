import type { Role } from '../../shared/schemas/users.js';

export type Home = '/dashboard' | '/inbox' | '/workspace';

/** Where each role lands after sign-in: HQ and leadership on the overview, units on their inbox, businesses on their workspace. */
export function homeOf(role: Role): Home {
  switch (role) {
    case 'admin':
    case 'hq_coordinator':
    case 'leader':
      return '/dashboard';
    case 'unit_editor':
    case 'unit_viewer':
      return '/inbox';
    case 'business':
      return '/workspace';
  }
}
