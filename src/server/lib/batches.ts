/**
 * Long work on the request path (an import of thousands of rows) must leave the server answering meanwhile: PGlite
 * resolves a query without giving timers or sockets a turn, so a loop of queries or of CPU work starves every other
 * request unless it hands the event loop back now and then.
 */

/** Lets the event loop run timers and I/O (other requests) before the caller goes on. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The items in consecutive slices of at most `size`. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Maps the items one by one, yielding to the event loop after every `every` items and telling `onStep` how many are done. */
export async function mapYielding<T, R>(items: readonly T[], every: number, map: (item: T, index: number) => R | Promise<R>, onStep?: (done: number) => void): Promise<R[]> {
  const results: R[] = [];
  for (const [index, item] of items.entries()) {
    results.push(await map(item, index));
    if ((index + 1) % every === 0) {
      onStep?.(index + 1);
      await yieldToEventLoop();
    }
  }
  onStep?.(items.length);
  return results;
}
