import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on first visit, so each route's code is its own chunk and the first load stays small.
 * Renders inside the Suspense boundaries of the root and the app layout.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as unknown as ComponentType<object> })) as unknown as M[K];
}
