import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXED_UNITS } from '../src/server/seed/reference-data.js';

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

  it('name the HQ department as the reference organisation does, in both languages', () => {
    const department = FIXED_UNITS.find((unit) => unit.code === 'MOFA-ECO')!;
    const shortVi = department.vi.split(',')[0]!;
    const texts = (language: string) => JSON.stringify(load(language));
    const departmentsVi = [...texts('vi').matchAll(/Vụ [A-ZĐ]?[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ ]+?kinh tế/g)].map((m) => m[0]);
    expect(new Set(departmentsVi)).toEqual(new Set([shortVi]));
    expect(texts('en')).not.toMatch(/economic diplomacy department/i);
    expect(texts('en')).toContain(department.en.split(',')[0]);
  });
});
