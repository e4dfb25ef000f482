import { z } from 'zod';

/** MOFA's regional groupings of foreign countries (data/reference/country_regions.csv assigns each country). */
export const REGIONS = [
  'northeast_asia',
  'southeast_asia',
  'south_asia',
  'middle_east',
  'africa',
  'central_asia',
  'western_europe',
  'central_eastern_europe',
  'north_america',
  'latin_america',
  'oceania',
] as const;
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

export const RegionCountries = z.object({ items: z.array(z.object({ region: Region, countryCodes: z.array(z.string()) })) });
export type RegionCountries = z.infer<typeof RegionCountries>;
