import { createContext, useContext } from 'react';
import type { Me } from '../../shared/schemas/auth.js';

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only inside the signed-in layout. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside the signed-in layout');
  return me;
}

export function useCan(ability: string): boolean {
  return useMe().abilities[ability] === true;
}
