import { addDays } from '../../shared/dates.js';

export { addDays };

/** The last day of a half-open range [start, end): a reporting period, a unit's validity. */
export const lastDayBefore = (exclusiveEnd: string): string => addDays(exclusiveEnd, -1);

/**
 * The one place where date ranges cross to the API. In the interface (filters, URLs) a range ends on
 * the last day it includes, as people say it; every API list filter takes `to` exclusive: [from, to).
 */
export function toApiRange<T extends { to?: string }>(params: T): { [K in keyof T]: T[K] } {
  return params.to ? { ...params, to: addDays(params.to, 1) } : { ...params };
}

/** The reverse of `toApiRange`, for a range the API hands out (e.g. a drill-down link) that the interface shows. */
export function fromApiRange<T extends { to?: string }>(params: T): { [K in keyof T]: T[K] } {
  return params.to ? { ...params, to: lastDayBefore(params.to) } : { ...params };
}
