import { DEFAULT_TIME_ZONE, dayIn, isTimeZone } from '../../shared/dates.js';

/** The configured zone of "today", overdue and default as-of dates (env ECONDIP_TIME_ZONE). */
export function timeZoneFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.ECONDIP_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone)) throw new Error(`ECONDIP_TIME_ZONE: unknown time zone "${zone}"; use an IANA name such as ${DEFAULT_TIME_ZONE}`);
  return zone;
}

let zone = timeZoneFromEnv();
let clock: () => Date = () => new Date();

/** The current instant: the wall clock, unless a test has set another. */
export const now = (): Date => clock();

/** The zone every "today" of the server is computed in. */
export const timeZone = (): string => zone;

/** Today (or the day of `instant`) in the configured zone, as YYYY-MM-DD. */
export const todayIso = (instant: Date = now()): string => dayIn(instant, zone);

/** Sets the instant the server lives at and, optionally, its zone; for tests. Returns a function restoring both. */
export function setClock(at: () => Date, inZone = zone): () => void {
  const before = { clock, zone };
  clock = at;
  zone = inZone;
  return () => {
    clock = before.clock;
    zone = before.zone;
  };
}
