import { countriesIn, type ReadCandidate } from './commitments.split.js';

/** What the suggestion needs to know of a unit valid today. */
export interface SuggestableUnit {
  id: string;
  type: string;
  kind: string;
  nameVi: string;
  nameEn: string;
  countryCode: string | null;
}

// A task given to the missions abroad, their heads or ambassadors: the mission in the country it names follows it up.
const TO_MISSIONS = /(?<![\p{L}])(?:missions?|ambassadors?|embass(?:y|ies)|cơ\s+quan\s+đại\s+diện|đại\s+sứ)(?![\p{L}])/iu;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a unit's full name (Vietnamese or English) stands in the text, ignoring case; null when it does not. */
function spanOf(text: string, unit: SuggestableUnit): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const name of [unit.nameVi, unit.nameEn]) {
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name.normalize('NFC'))}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (found && (!best || found[0].length > best.end - best.start)) best = { start: found.index, end: found.index + found[0].length };
  }
  return best;
}

/**
 * The one unit a candidate points at, or null: a unit whose full name the assignee writes ("giao Bộ Ngoại giao chủ
 * trì" → the Ministry; a name inside a longer one that also matched, such as "Bộ Ngoại giao" in "Vụ Tổng hợp kinh tế,
 * Bộ Ngoại giao", does not count), else, for a task given to missions or ambassadors that names exactly one country,
 * the embassy in that country. Two or more candidates, or none, give null: the reviewer chooses.
 * `units` are all those valid today; whether the caller may choose the one found is the service's to check.
 */
export function suggestOwnerUnit<U extends SuggestableUnit>(candidate: Pick<ReadCandidate, 'assignee' | 'countryCodes'>, units: readonly U[]): U | null {
  const assignee = candidate.assignee?.normalize('NFC');
  if (!assignee) return null;
  const named = units.flatMap((unit) => {
    const span = spanOf(assignee, unit);
    return span ? [{ unit, ...span }] : [];
  });
  const outermost = named.filter((a) => !named.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start));
  const byName = [...new Set(outermost.map((match) => match.unit))];
  if (byName.length > 0) return byName.length === 1 ? byName[0]! : null;
  if (!TO_MISSIONS.test(assignee)) return null;
  const countries = candidate.countryCodes.length > 0 ? candidate.countryCodes : countriesIn(assignee);
  if (countries.length !== 1) return null;
  const embassies = units.filter((unit) => unit.type === 'mission' && unit.kind === 'embassy' && unit.countryCode === countries[0]);
  return embassies.length === 1 ? embassies[0]! : null;
}
