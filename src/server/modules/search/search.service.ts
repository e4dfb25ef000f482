import { SEARCH_TYPES, type SearchGroup, type SearchQuery, type SearchResults } from '../../../shared/schemas/search.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { DomainError, forbidden } from '../../lib/errors.js';
import { SEARCH_SOURCES } from './search.sources.js';

export function searchService(db: Db) {
  /** The type's hits as its own list answers `q` for this actor; null when the actor may not read that list. */
  const searchType = async (actor: Actor, type: SearchGroup['type'], { q, page, pageSize }: SearchQuery): Promise<SearchGroup | null> => {
    const source = SEARCH_SOURCES[type];
    const query = source.query.parse({ q, page, pageSize });
    const list = source.list(db) as (actor: Actor, query: Record<string, unknown>) => Promise<{ items: unknown[]; total: number }>;
    try {
      const { items, total } = await list(actor, { ...query, ...source.extra });
      return { type, total, items: items.map(source.hit) };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'forbidden') return null;
      throw error;
    }
  };

  return {
    /**
     * Every record type at once (or one type, paged), accents and case ignored; each group holds what that type's
     * list shows the actor for the same text, so permissions match the lists exactly. Throws `forbidden` when the
     * actor reads none of the types.
     */
    search: async (actor: Actor, query: SearchQuery): Promise<SearchResults> => {
      const types = query.type ? [query.type] : SEARCH_TYPES;
      const page = query.type ? query.page : 1;
      // One after another: the embedded database has a single connection, and each list already runs its own queries.
      const groups: SearchGroup[] = [];
      for (const type of types) {
        const group = await searchType(actor, type, { ...query, page });
        if (group) groups.push(group);
      }
      if (groups.length === 0) throw forbidden('You cannot search these records');
      return { q: query.q, page, pageSize: query.pageSize, groups };
    },
  };
}
