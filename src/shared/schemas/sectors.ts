import { z } from 'zod';

/**
 * The controlled list of sectors shared by engagements, agreements, commitments, activities and outcomes: the
 * broad fields, and the directions the conferences name (Halal, semiconductors, AI, cloud and IoT, green economy).
 */
export const SECTORS = [
  'trade',
  'investment',
  'science_technology',
  'digital',
  'energy',
  'agriculture',
  'labour',
  'tourism',
  'finance',
  'education',
  'health',
  'transport',
  'environment',
  'defence_security',
  'culture',
  'halal',
  'semiconductors',
  'artificial_intelligence',
  'cloud_iot',
  'green_economy',
  'other',
] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;
