import type { SplitCandidate } from '../../../shared/schemas/commitments.js';
import type { Locale } from '../../../shared/schemas/users.js';
import { allCountries } from '../countries/countries.service.js';

/**
 * Splits pasted text (a joint statement, a speech, meeting minutes) into candidate commitments: one per
 * sentence, bullet or semicolon-separated clause that has a deadline or an obligation verb. Pure and
 * deterministic, so it is unit-tested without a database; a person accepts, edits or drops each candidate.
 */
export interface SplitOptions {
  /** How ambiguous numeric dates read: `vi` always day/month; `en` day/month, or month/day when day/month is impossible. */
  locale: Locale;
  /** Start of relative deadlines ("within 6 months"), YYYY-MM-DD. */
  referenceDate: string;
}

// JavaScript's \b only knows ASCII letters, so Vietnamese words need Unicode-aware boundaries.
const wordsRegex = (alternatives: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const OBLIGATION = wordsRegex([
  'sẽ', 'cam kết', 'phấn đấu', 'thúc đẩy', 'triển khai', 'hoàn thành', 'ký kết', 'mở', 'nâng cấp',
  'will', 'shall', 'commit(?:s|ted)?', 'agree(?:s|d)?\\s+to', 'undertakes?', 'promotes?', 'completes?', 'signs?', 'opens?', 'upgrades?',
]);

// A sentence led by a directive gives tasks in all its clauses ("The Prime Minister requested X; Y; and Z").
const DIRECTIVE = wordsRegex([
  'yêu cầu', 'đề nghị', 'chỉ đạo', 'giao cho', 'giao nhiệm vụ', 'giao\\s+(?:Bộ|các|Ủy ban|UBND|Cơ quan|Văn phòng|Ngân hàng)', 'nhấn mạnh', 'cần', 'phải', 'chủ trì',
  'request(?:s|ed)?', 'ask(?:s|ed)?', 'direct(?:s|ed)', 'assign(?:s|ed)?', 'instruct(?:s|ed)?', 'urge(?:s|d)?', 'call(?:s|ed)?\\s+(?:for|on)', 'stress(?:es|ed)?', 'emphasi[sz](?:es|ed)',
  'the need to', 'needs?\\s+to', 'must', 'should', 'tasked',
]);
// A sentence continuing the directive before it ("At the same time, ..."), when it has no directive word of its own.
const CONTINUES = /^(?:đồng thời|ngoài ra|bên cạnh đó|at the same time|in addition)(?![\p{L}])/iu;
// A sentence reporting what was done ("has completed", "were signed", "đã hoàn thành") or what fell short is no
// commitment, unless it also promises something.
const REPORTED = wordsRegex([
  'đã', 'đến nay', 'còn (?:một số |những )?hạn chế', 'hạn chế, tồn tại', 'tồn tại, hạn chế',
  '(?:has|have|had)\\s+(?!to(?![\\p{L}]))\\p{L}+', '(?:was|were)\\s+\\p{L}+ed', 'to date', 'limitations', 'shortcomings', 'weaknesses',
]);
const PROMISES = wordsRegex(['sẽ', 'cam kết', 'nhất trí', 'thống nhất', 'đồng ý', 'will', 'shall', 'commit(?:s|ted)?', 'undertakes?', 'agree(?:s|d)?\\s+to']);
// In a list of clauses, a last item joined by ", and lifting ..." is an item of its own.
const LAST_ITEM_AND = /,\s+and\s+(?=\p{L}+ing(?![\p{L}]))/u;
// The lead-in of a list ("... assigned tasks, including:") is not itself a task.
const LIST_LEAD_IN = /^[^:]*(?:including|in particular|notably|as follows|namely|trong đó có|gồm|bao gồm|như sau|cụ thể)\s*:\s*/iu;

// Who a directive gives its tasks to: "assigned (specific) tasks to X, including:", "asked the missions to",
// "giao nhiệm vụ cho X, trong đó có:", "giao Bộ Ngoại giao chủ trì", "đề nghị các cơ quan đại diện tiếp tục".
const ASSIGNEE = [
  /(?:assign(?:s|ed)?|gave|give[sn]?)\s+(?:specific\s+|the\s+following\s+)?tasks?\s+to\s+(.+?)(?:,?\s*(?:including|in particular|namely|as follows)\b|\s*:|$)/iu,
  /(?:ask(?:s|ed)?|request(?:s|ed)?|direct(?:s|ed)|urge(?:s|d)?|instruct(?:s|ed)?|call(?:s|ed)?\s+on|tasked)\s+((?:the|all|Vietnamese|Viet Nam's|Vietnam's)\s+[^,;:]+?)\s+to\s/iu,
  /giao(?:\s+nhiệm\s+vụ(?:\s+cụ\s+thể)?)?\s+cho\s+(.+?)(?:,?\s*(?:trong\s+đó(?:\s+có)?|gồm|bao\s+gồm|cụ\s+thể)|\s*:|$)/iu,
  /giao\s+((?:Bộ|Ủy ban|UBND|Cơ quan|Văn phòng|Ngân hàng|các)[^,;:]*?)\s+(?:chủ\s+trì|thực\s+hiện|phối\s+hợp|nghiên\s+cứu|xây\s+dựng|khẩn\s+trương|tiếp\s+tục)/iu,
  /(?:yêu\s+cầu|đề\s+nghị)\s+(các\s+[^,;:]+?)\s+(?:tiếp\s+tục|khẩn\s+trương|phát\s+huy|thực\s+hiện|tăng\s+cường|chủ\s+động|tập\s+trung)/iu,
];
const assigneeOf = (lead: string): string | null => {
  for (const pattern of ASSIGNEE) {
    const found = pattern.exec(lead)?.[1]?.trim();
    if (found) return found;
  }
  return null;
};

// Country names as written in either language (Viet Nam left out: every text is about it), longest first so that
// "South Sudan" is not also read as "Sudan". Capitalised as names are, so "áo" (a shirt) is not Austria.
const COUNTRY_ALIASES: Record<string, string[]> = { US: ['Mỹ', 'United States', 'the US', 'U.S.', 'USA'], GB: ['UK', 'Britain'], AE: ['UAE'], KR: ['Korea', 'RoK'] };
// Regions that contain a country's name ("Mỹ Latinh" is not the United States): read as no country.
const REGION_NAMES = ['Mỹ Latinh', 'châu Mỹ', 'Châu Mỹ', 'Bắc Mỹ', 'Nam Mỹ', 'Trung Mỹ', 'Latin America'];
const COUNTRY_NAMES: [string, string][] = [
  ...allCountries()
    .filter((c) => c.code !== 'VN')
    .flatMap((c): [string, string][] => [...new Set([c.name.vi, c.name.en, ...(COUNTRY_ALIASES[c.code] ?? [])])].map((name) => [name, c.code])),
  ...REGION_NAMES.map((name): [string, string] => [name, '']),
].sort((a, b) => b[0].length - a[0].length);
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COUNTRY_REGEX = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COUNTRY_NAMES.map(([name]) => escapeRegex(name)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const COUNTRY_BY_NAME = new Map(COUNTRY_NAMES);

/** The countries a clause names, in the order it names them. */
export function countriesIn(text: string): string[] {
  const codes = [...text.matchAll(COUNTRY_REGEX)].map((match) => COUNTRY_BY_NAME.get(match[0])).filter((code): code is string => Boolean(code));
  return [...new Set(codes)];
}

// Words just before a date that make it a deadline rather than, say, the date something was signed.
const DEADLINE_MARKER =
  /(?<![\p{L}\p{N}])(?:by|before|until|till|no later than|not later than|deadline|due|trước|đến|tới|chậm nhất|hạn|hạn chót)(?:\s+(?:the\s+)?end\s+of)?(?:\s+(?:ngày|tháng|năm))?[\s,:]*$/iu;

const BULLET = /^\s*(?:[-–—•*+·▪●○◦]+|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[ivx]{1,5})[.)]|\(\s*(?:\d{1,3}|[a-z]|[ivx]{1,5})\s*\))\s+/iu;
const INLINE_LIST_AFTER_COLON = /(?<=:)\s+(?=\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})\)\s)/iu;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'no', 'st', 'vs', 'tp', 'ts', 'ths', 'pgs', 'gs', 'inc', 'ltd', 'co', 'jr', 'corp']);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, thirty: 30 };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
const monthEnd = (year: number, month: number) => isoOf(year, month, lastDayOfMonth(year, month));
const quarterEnd = (year: number, quarter: number) => monthEnd(year, quarter * 3);

function addToDate(reference: string, amount: number, unit: string): string | null {
  const [y, m, d] = reference.split('-').map(Number) as [number, number, number];
  if (/^(day|ngày)/i.test(unit)) return new Date(Date.UTC(y, m - 1, d + amount)).toISOString().slice(0, 10);
  if (/^(week|tuần)/i.test(unit)) return new Date(Date.UTC(y, m - 1, d + 7 * amount)).toISOString().slice(0, 10);
  const months = /^(year|năm)/i.test(unit) ? 12 * amount : amount;
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const year = target.getUTCFullYear();
  const month = target.getUTCMonth() + 1;
  // "within 6 months" of 31 Aug is 28/29 Feb, not 2 or 3 March.
  return isoOf(year, month, Math.min(d, lastDayOfMonth(year, month)));
}

interface DatePattern {
  regex: RegExp;
  /** Whether the pattern itself says "by/within", so the date is a deadline wherever it stands. */
  marked?: boolean;
  read(match: RegExpExecArray, options: SplitOptions): string | null;
}

const n = (value: string | undefined) => Number(value);
const monthIndex = (name: string | undefined) => MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;

// Ordered from the most to the least specific: where two overlap, the earlier-starting, longer one wins.
const DATE_PATTERNS: DatePattern[] = [
  { regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/giu, read: (m) => isoOf(n(m[1]), n(m[2]), n(m[3])) },
  { regex: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, read: (m) => isoOf(n(m[3]), n(m[2]), n(m[1])) },
  {
    regex: /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/giu,
    read: (m, { locale }) => isoOf(n(m[3]), n(m[2]), n(m[1])) ?? (locale === 'en' ? isoOf(n(m[3]), n(m[1]), n(m[2])) : null),
  },
  { regex: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\s*,?\\s+(\\d{4})`, 'giu'), read: (m) => isoOf(n(m[3]), monthIndex(m[2]), n(m[1])) },
  { regex: new RegExp(`${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'giu'), read: (m) => isoOf(n(m[3]), monthIndex(m[1]), n(m[2])) },
  { regex: new RegExp(`(?<![\\p{L}])${MONTH_NAME}\\s*,?\\s+(\\d{4})`, 'giu'), read: (m) => monthEnd(n(m[2]), monthIndex(m[1])) },
  { regex: /tháng\s+(\d{1,2})\s*(?:[/-]|năm)\s*(\d{4})/giu, read: (m) => monthEnd(n(m[2]), n(m[1])) },
  { regex: /(?<![\d/.-])(\d{1,2})\/(\d{4})(?!\d)/giu, read: (m) => monthEnd(n(m[2]), n(m[1])) },
  { regex: /(?<![\p{L}])(?:q|quý\s*)(iv|i{1,3}|[1-4])\s*(?:[/-]|năm|of)?\s*(\d{4})/giu, read: (m) => quarterEnd(n(m[2]), ROMAN[(m[1] ?? '').toLowerCase()] ?? n(m[1])) },
  { regex: /(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(\d{4})/giu, read: (m) => quarterEnd(n(m[2]), ORDINAL[(m[1] ?? '').toLowerCase()] ?? 0) },
  { regex: /(?<![\p{L}])h([12])\s*[/-]?\s*(\d{4})/giu, read: (m) => monthEnd(n(m[2]), m[1] === '1' ? 6 : 12) },
  { regex: /(first|second)\s+half\s+(?:of\s+)?(\d{4})/giu, read: (m) => monthEnd(n(m[2]), m[1]?.toLowerCase() === 'first' ? 6 : 12) },
  { regex: /6\s+tháng\s+(đầu|cuối)\s+năm\s*(\d{4})/giu, read: (m) => monthEnd(n(m[2]), m[1]?.toLowerCase() === 'đầu' ? 6 : 12) },
  {
    regex: new RegExp(`within\\s+(?:the\\s+next\\s+)?(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(day|week|month|year)s?`, 'giu'),
    marked: true,
    read: (m, { referenceDate }) => addToDate(referenceDate, NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? n(m[1]), m[2] ?? ''),
  },
  {
    regex: /trong\s+(?:vòng\s+|thời\s+hạn\s+)?(\d{1,3})\s+(ngày|tuần|tháng|năm)(?!\s+(?:đầu|cuối|qua|trước))/giu,
    marked: true,
    read: (m, { referenceDate }) => addToDate(referenceDate, n(m[1]), m[2] ?? ''),
  },
  {
    regex: /(?<![\p{L}])(?:(by|before|until|in|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?|(?:the\s+)?end\s+of\s+)(\d{4})(?!\d|[/.-]\d)/giu,
    marked: true,
    read: (m, { referenceDate }) => {
      const word = m[1]?.toLowerCase();
      const iso = word === 'before' && !/end/i.test(m[0]) ? monthEnd(n(m[2]) - 1, 12) : monthEnd(n(m[2]), 12);
      // "rose 12% in 2024" reports the past; "in 2025" is a deadline only when still ahead.
      return word === 'in' && iso && iso < referenceDate ? null : iso;
    },
  },
  {
    regex: /(?<![\p{L}])(đến|trước|trong|cuối|tới|vào)\s+(?:(?:cuối|hết)\s+)?năm\s+(\d{4})(?!\d|[/.-]\d)/giu,
    marked: true,
    read: (m) => (m[1]?.toLowerCase() === 'trước' ? monthEnd(n(m[2]) - 1, 12) : monthEnd(n(m[2]), 12)),
  },
];

interface FoundDate {
  start: number;
  end: number;
  iso: string;
  text: string;
  marked: boolean;
}

/** The due date a clause states: the first one introduced as a deadline, else the first date in it. */
export function findDueDate(text: string, options: SplitOptions): { dueDate: string; dueText: string } | null {
  const found: FoundDate[] = [];
  for (const pattern of DATE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const iso = pattern.read(match, options);
      if (!iso) continue;
      const start = match.index;
      const marked = Boolean(pattern.marked) || DEADLINE_MARKER.test(text.slice(Math.max(0, start - 40), start));
      found.push({ start, end: start + match[0].length, iso, text: match[0].trim(), marked });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) if (!kept.some((k) => date.start < k.end && k.start < date.end)) kept.push(date);
  const chosen = kept.find((date) => date.marked) ?? kept[0];
  return chosen ? { dueDate: chosen.iso, dueText: chosen.text } : null;
}

/** Splits a paragraph into sentences, but not after abbreviations such as "U.S." or "TP." */
function sentences(paragraph: string): string[] {
  const parts: string[] = [];
  let from = 0;
  const boundary = /[.!?…]+["”')]?\s+(?=["“(]?[\p{Lu}\p{N}])/gu;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const before = paragraph.slice(from, match.index);
    const token = (before.match(/(\S+)$/u)?.[1] ?? '').toLowerCase();
    if (/^(?:\p{L}\.)*\p{L}$/u.test(token) || ABBREVIATIONS.has(token)) continue;
    parts.push(paragraph.slice(from, match.index + match[0].trimEnd().length));
    from = match.index + match[0].length;
  }
  parts.push(paragraph.slice(from));
  return parts;
}

interface Block {
  text: string;
  bullet: boolean;
}

/** Lines to blocks: a bullet or numbered line starts one; wrapped lines of a paragraph or bullet are joined. */
function blocks(text: string): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.test(line);
    const continues = current && !bullet && (!current.bullet || /^\s*\p{Ll}/u.test(line)) && !/[:]\s*$/.test(current.text);
    if (current && continues) {
      current.text += ` ${line.trim()}`;
    } else {
      current = { text: line.trim(), bullet };
      result.push(current);
    }
  }
  return result;
}

const stripMarker = (clause: string) => clause.replace(BULLET, '').trim();
const cleanEnd = (clause: string) => clause.replace(/[\s;,.]+$/u, '').trim();

function shorten(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** A candidate as read from the text alone; the service adds what needs the agreement and the units. */
export type ReadCandidate = Omit<SplitCandidate, 'deadlineWarnings' | 'suggestedOwnerUnit'>;

export function splitCommitments(text: string, options: SplitOptions): ReadCandidate[] {
  const candidates: ReadCandidate[] = [];
  // A lead-in such as "The two sides agreed to:" makes every bullet under it an obligation.
  let leadInObliges = false;
  for (const block of blocks(text.normalize('NFC'))) {
    if (!block.bullet) leadInObliges = false;
    let previousDirective = false;
    for (const sentence of sentences(block.text)) {
      const parts = sentence.split(INLINE_LIST_AFTER_COLON).flatMap((part) => part.split(/;\s*/u));
      const lead = stripMarker(parts[0] ?? '');
      const directive: boolean = DIRECTIVE.test(lead) || (previousDirective && CONTINUES.test(lead));
      previousDirective = directive;
      const assignee = directive ? assigneeOf(lead) : null;
      // A report of results or shortcomings gives no commitment, whatever verbs or dates it holds.
      if (!directive && REPORTED.test(lead) && !PROMISES.test(sentence)) continue;
      const clauses = parts.length > 1 ? parts.flatMap((part, i) => (i === 0 ? [part.replace(LIST_LEAD_IN, '')] : [part])).flatMap((part) => part.split(LAST_ITEM_AND)) : parts;
      for (const raw of clauses) {
        const clause = cleanEnd(stripMarker(raw)).replace(/^(?:and|và)\s+/iu, '');
        if (clause.length < 3) continue;
        const obliges = directive || OBLIGATION.test(clause);
        if (clause.endsWith(':')) {
          leadInObliges = obliges;
          continue;
        }
        const due = findDueDate(clause, options);
        const signals: SplitCandidate['signals'] = [];
        if (due) signals.push('deadline');
        if (obliges || ((block.bullet || BULLET.test(raw)) && leadInObliges)) signals.push('obligation');
        if (signals.length === 0) continue;
        candidates.push({ text: clause, title: shorten(clause), dueDate: due?.dueDate ?? null, dueText: due?.dueText ?? null, signals, assignee, countryCodes: countriesIn(clause) });
      }
    }
  }
  return candidates;
}
