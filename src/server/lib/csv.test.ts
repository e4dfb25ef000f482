import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { groupBy } from './collections.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = '\uFEFFcode,name,note\r\n01,"Hà Nội, thủ đô","said ""yes""\nthen left"\r\n02,Huế,\n';
    expect(parseCsv(text)).toEqual([
      { code: '01', name: 'Hà Nội, thủ đô', note: 'said "yes"\nthen left' },
      { code: '02', name: 'Huế', note: '' },
    ]);
  });

  it('skips blank lines and fills missing trailing cells', () => {
    expect(parseCsv('a,b\n\n1\n')).toEqual([{ a: '1', b: '' }]);
    expect(parseCsv('')).toEqual([]);
  });
});

describe('groupBy', () => {
  it('keeps first-seen order of keys and items', () => {
    const groups = groupBy(['b1', 'a1', 'b2'], (s) => s[0]);
    expect([...groups.entries()]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });
});
