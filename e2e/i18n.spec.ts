import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  const folder = new URL(`../src/web/i18n/${language}/`, import.meta.url);
  const tree: Tree = {};
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    tree[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Tree;
  }
  return tree;
}

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
