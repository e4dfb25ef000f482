import { describe, expect, it } from 'vitest';
import { splitCommitments } from './commitments.split.js';
import { SPLIT_EVALUATION, type EvaluationItem } from './split-evaluation.data.js';

/**
 * Precision and recall of the commitment splitter on the labelled paragraphs (docs/splitter-evaluation.md).
 * A candidate is right when it holds the words of exactly one expected commitment not yet matched; a candidate
 * holding none (or two merged) is wrong, and an expected commitment no candidate holds is missed.
 */
const norm = (text: string) => text.normalize('NFC').toLowerCase();

function score(item: EvaluationItem) {
  const candidates = splitCommitments(item.text, { locale: item.locale, referenceDate: '2025-07-22' });
  const open = new Set(item.expected.map(norm));
  let right = 0;
  const wrong: string[] = [];
  for (const candidate of candidates) {
    const held = [...open].filter((words) => norm(candidate.text).includes(words));
    if (held.length === 1) {
      right += 1;
      open.delete(held[0]!);
    } else wrong.push(candidate.text);
  }
  return { candidates: candidates.length, expected: item.expected.length, right, wrong, missed: [...open] };
}

function evaluate(items: EvaluationItem[]) {
  const scored = items.map((item) => ({ id: item.id, ...score(item) }));
  const sum = (key: 'candidates' | 'expected' | 'right') => scored.reduce((total, s) => total + s[key], 0);
  return { scored, precision: sum('right') / sum('candidates'), recall: sum('right') / sum('expected'), candidates: sum('candidates'), expected: sum('expected'), right: sum('right') };
}

describe('commitment splitter evaluation', () => {
  it('the set is labelled in both languages, with directive and report-only paragraphs, every label found in its text', () => {
    for (const locale of ['vi', 'en'] as const) {
      const items = SPLIT_EVALUATION.filter((item) => item.locale === locale);
      expect(items.filter((item) => item.expected.length > 0).length, locale).toBeGreaterThanOrEqual(4);
      expect(items.filter((item) => item.expected.length === 0).length, locale).toBeGreaterThanOrEqual(3);
    }
    for (const item of SPLIT_EVALUATION) {
      expect(item.source, item.id).toMatch(/https:\/\//);
      for (const words of item.expected) expect(norm(item.text), `${item.id}: ${words}`).toContain(norm(words));
    }
  });

  for (const [label, items] of [
    ['all', SPLIT_EVALUATION],
    ['vi', SPLIT_EVALUATION.filter((item) => item.locale === 'vi')],
    ['en', SPLIT_EVALUATION.filter((item) => item.locale === 'en')],
  ] as const) {
    it(`keeps precision and recall above 0.8 (${label})`, () => {
      const result = evaluate(items);
      const report = result.scored.filter((s) => s.wrong.length > 0 || s.missed.length > 0).map((s) => ({ id: s.id, wrong: s.wrong, missed: s.missed }));
      console.info(`splitter ${label}: ${result.right}/${result.candidates} candidates right (precision ${result.precision.toFixed(3)}), ${result.right}/${result.expected} commitments found (recall ${result.recall.toFixed(3)})`);
      expect(result.precision, JSON.stringify(report, null, 1)).toBeGreaterThan(0.8);
      expect(result.recall, JSON.stringify(report, null, 1)).toBeGreaterThan(0.8);
    });
  }

  it('reports the held-out paragraphs on their own (never tuned on)', () => {
    const result = evaluate(SPLIT_EVALUATION.filter((item) => item.heldOut));
    console.info(`splitter held-out: ${result.right}/${result.candidates} candidates right (precision ${result.precision.toFixed(3)}), ${result.right}/${result.expected} commitments found (recall ${result.recall.toFixed(3)}); ${JSON.stringify(result.scored.filter((s) => s.wrong.length > 0 || s.missed.length > 0).map((s) => ({ id: s.id, wrong: s.wrong, missed: s.missed })))}`);
    expect(result.expected).toBeGreaterThan(0);
  });

  it('proposes one candidate per task given to heads of mission, and none for results already achieved', () => {
    for (const id of ['en-2024-heads-of-mission', 'vi-2024-heads-of-mission']) {
      const item = SPLIT_EVALUATION.find((i) => i.id === id)!;
      expect(score(item), id).toMatchObject({ candidates: 4, right: 4, missed: [] });
    }
    for (const id of ['en-2024-corporations-done', 'vi-2024-corporations-done', 'en-2024-ftas-done', 'vi-2024-ftas-done']) {
      const item = SPLIT_EVALUATION.find((i) => i.id === id)!;
      expect(score(item).wrong, id).toEqual([]);
    }
  });
});
