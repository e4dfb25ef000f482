import { REGIONS, type RegionCountries } from '../../../shared/schemas/regions.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { forbidden } from '../../lib/errors.js';
import { isInternal } from '../../policy/roles.js';
import { regionsRepo } from './regions.repo.js';

export function regionsService(db: Db) {
  return {
    /** MOFA's regional groupings with their countries; internal users only. Throws `forbidden`. */
    list: async (actor: Actor): Promise<RegionCountries> => {
      if (!isInternal(actor)) throw forbidden();
      const rows = await regionsRepo.all(db);
      return { items: REGIONS.map((region) => ({ region, countryCodes: rows.filter((r) => r.region === region).map((r) => r.countryCode) })) };
    },
  };
}
