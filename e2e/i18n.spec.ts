import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

const load = (language: string): Tree =>
  JSON.parse(readFileSync(new URL(`../src/web/i18n/${language}.json`, import.meta.url), 'utf8')) as Tree;

/** Keys without plural suffixes: Vietnamese has only `_other`, English `_one` and `_other`. */
function keys(tree: Tree, prefix = ''): Set<string> {
  const result = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const nested of keys(value, path)) result.add(nested);
  }
  return result;
}

describe('translations', () => {
  it('Vietnamese and English have the same keys', () => {
    const vi = [...keys(load('vi'))].sort();
    const en = [...keys(load('en'))].sort();
    expect(en).toEqual(vi);
  });
});
