import { describe, expect, it } from 'vitest';
import { findDueDate, splitCommitments, type SplitOptions } from './commitments.split.js';

const vi: SplitOptions = { locale: 'vi', referenceDate: '2024-12-20' };
const en: SplitOptions = { locale: 'en', referenceDate: '2024-12-20' };

const due = (text: string, options = en) => findDueDate(text, options)?.dueDate ?? null;

describe('findDueDate', () => {
  it.each([
    ['by 30/6/2025', '2025-06-30'],
    ['no later than 31.12.2025', '2025-12-31'],
    ['before 2025-09-15', '2025-09-15'],
    ['by 30 June 2025', '2025-06-30'],
    ['by June 30, 2025', '2025-06-30'],
    ['by the end of March 2026', '2026-03-31'],
    ['in Q3 2025', '2025-09-30'],
    ['in Q1/2026', '2026-03-31'],
    ['in the second quarter of 2025', '2025-06-30'],
    ['in H1 2025', '2025-06-30'],
    ['in the second half of 2025', '2025-12-31'],
    ['within 6 months', '2025-06-20'],
    ['within two years', '2026-12-20'],
    ['within 90 days', '2025-03-20'],
    ['by the end of 2025', '2025-12-31'],
    ['by 2030', '2030-12-31'],
    ['by the end of 2027', '2027-12-31'],
    ['by June 2026', '2026-06-30'],
    ['before 2027', '2026-12-31'],
  ])('reads "%s" as %s (en)', (text, iso) => expect(due(text)).toBe(iso));

  it.each([
    ['trước 31/12/2025', '2025-12-31'],
    ['chậm nhất ngày 15 tháng 8 năm 2025', '2025-08-15'],
    ['trong tháng 6/2025', '2025-06-30'],
    ['trong tháng 9 năm 2025', '2025-09-30'],
    ['trong quý III/2025', '2025-09-30'],
    ['trong quý 4 năm 2025', '2025-12-31'],
    ['trong 6 tháng đầu năm 2025', '2025-06-30'],
    ['trong vòng 6 tháng', '2025-06-20'],
    ['trong 2 năm tới', '2026-12-20'],
    ['đến năm 2030', '2030-12-31'],
    ['đến hết năm 2027', '2027-12-31'],
    ['trong quý II/2026', '2026-06-30'],
    ['trước 30/6/2026', '2026-06-30'],
    ['trước năm 2026', '2025-12-31'],
    ['trong năm 2025', '2025-12-31'],
  ])('reads "%s" as %s (vi)', (text, iso) => expect(due(text, vi)).toBe(iso));

  it('reads an impossible day/month as month/day only in English', () => {
    expect(due('by 6/30/2025', en)).toBe('2025-06-30');
    expect(due('trước 6/30/2025', vi)).toBeNull();
  });

  it('prefers the date introduced as a deadline over, say, the signing date', () => {
    expect(findDueDate('The MoU signed on 20/12/2024 will be implemented by 30/6/2026', en)).toEqual({ dueDate: '2026-06-30', dueText: '30/6/2026' });
  });

  it('keeps within-month day limits when adding months', () => {
    expect(findDueDate('within 6 months', { locale: 'en', referenceDate: '2025-08-31' })?.dueDate).toBe('2026-02-28');
  });

  it('ignores invalid dates and bare years', () => {
    expect(due('by 31/2/2025')).toBeNull();
    expect(due('the 2024 conference reviewed 700 activities')).toBeNull();
  });
});

describe('splitCommitments', () => {
  it('splits English sentences and keeps only those with a deadline or an obligation', () => {
    const text =
      'The two leaders reviewed bilateral relations. Viet Nam will open a trade office in Dubai by 30/6/2025. ' +
      'The U.S. side shall consider removing Viet Nam from the D1–D3 export-control groups. Trade reached US$ 31.4 billion.';
    const result = splitCommitments(text, en);
    expect(result).toEqual([
      { text: 'Viet Nam will open a trade office in Dubai by 30/6/2025', title: 'Viet Nam will open a trade office in Dubai by 30/6/2025', dueDate: '2025-06-30', dueText: '30/6/2025', signals: ['deadline', 'obligation'], assignee: null, countryCodes: [] },
      expect.objectContaining({ text: 'The U.S. side shall consider removing Viet Nam from the D1–D3 export-control groups', dueDate: null, signals: ['obligation'] }),
    ]);
  });

  it('splits a Vietnamese text with bullets, and reads each deadline', () => {
    const text = [
      'Hai bên nhất trí các nội dung sau:',
      '- Nâng cấp quan hệ lên Đối tác chiến lược toàn diện trong năm 2025;',
      '- Bộ Công Thương phấn đấu ký kết Hiệp định thương mại trước 31/12/2025;',
      '• Thúc đẩy kết nối đường sắt Lào Cai – Hà Nội – Hải Phòng trong quý III/2025.',
      'Tình hình kinh tế thế giới còn nhiều biến động.',
    ].join('\n');
    const result = splitCommitments(text, vi);
    expect(result.map((c) => [c.text, c.dueDate])).toEqual([
      ['Nâng cấp quan hệ lên Đối tác chiến lược toàn diện trong năm 2025', '2025-12-31'],
      ['Bộ Công Thương phấn đấu ký kết Hiệp định thương mại trước 31/12/2025', '2025-12-31'],
      ['Thúc đẩy kết nối đường sắt Lào Cai – Hà Nội – Hải Phòng trong quý III/2025', '2025-09-30'],
    ]);
    expect(result.every((c) => c.signals.includes('obligation'))).toBe(true);
  });

  it('splits numbered lists, joins wrapped lines, and lets a lead-in make its bullets obligations', () => {
    const text = [
      'The two sides agreed to:',
      '1. a feasibility study on the Lao Cai–Hanoi railway',
      '   connection within 6 months;',
      '2) cooperation in digital transformation;',
      '(3) exchanges of trade delegations in Q3 2025.',
      '',
      'Trade rose 12.4% in 2023.',
    ].join('\n');
    const result = splitCommitments(text, en);
    expect(result.map((c) => [c.text, c.dueDate, c.signals])).toEqual([
      ['a feasibility study on the Lao Cai–Hanoi railway connection within 6 months', '2025-06-20', ['deadline', 'obligation']],
      ['cooperation in digital transformation', null, ['obligation']],
      ['exchanges of trade delegations in Q3 2025', '2025-09-30', ['deadline', 'obligation']],
    ]);
  });

  it('splits semicolon-separated clauses and inline (i), (ii) lists', () => {
    const text = 'The statement notes: (i) a market opening for Halal products by 2026; (ii) upgrade the joint committee; (iii) the weather was fine.';
    const result = splitCommitments(text, en);
    expect(result.map((c) => c.text)).toEqual(['a market opening for Halal products by 2026', 'upgrade the joint committee']);
    expect(result[0]).toMatchObject({ dueDate: '2026-12-31', dueText: 'by 2026', signals: ['deadline'] });
    // Under a lead-in that obliges, every listed item is an obligation.
    const obliged = splitCommitments('Viet Nam commits to: (i) Halal certification; (ii) tourism promotion.', en);
    expect(obliged.map((c) => [c.text, c.signals])).toEqual([
      ['Halal certification', ['obligation']],
      ['tourism promotion', ['obligation']],
    ]);
  });

  it('handles Vietnamese sentences, abbreviations and Unicode word boundaries', () => {
    const text =
      'Đại sứ quán sẽ vận động Hoa Kỳ công nhận quy chế kinh tế thị trường trong vòng 6 tháng. ' +
      'TP. Hồ Chí Minh triển khai Trung tâm tài chính quốc tế. Kinh tế mở cửa là thế mạnh.';
    const result = splitCommitments(text, vi);
    expect(result.map((c) => c.text)).toEqual([
      'Đại sứ quán sẽ vận động Hoa Kỳ công nhận quy chế kinh tế thị trường trong vòng 6 tháng',
      'TP. Hồ Chí Minh triển khai Trung tâm tài chính quốc tế',
      'Kinh tế mở cửa là thế mạnh',
    ]);
    // "mở" inside "mở cửa" is a whole word; "sẽ" must not match inside other words.
    expect(splitCommitments('Chúng ta sẽn sàng.', vi)).toEqual([]);
  });

  it('reads decomposed (NFD) Vietnamese the same as composed text', () => {
    const composed = splitCommitments('Bộ sẽ hoàn thành trước 31/12/2025.', vi);
    expect(splitCommitments('Bộ sẽ hoàn thành trước 31/12/2025.'.normalize('NFD'), vi)).toEqual(composed);
    expect(composed).toHaveLength(1);
  });

  it('shortens long titles on a word boundary but keeps the full text', () => {
    const long = `Viet Nam will ${'promote investment cooperation '.repeat(20)}by 2030`;
    const [candidate] = splitCommitments(long, en);
    expect(candidate!.text).toBe(long);
    expect(candidate!.title.length).toBeLessThanOrEqual(300);
    expect(candidate!.title.endsWith('…')).toBe(true);
  });

  it('gives each task of a directive its assignee and the countries it names (Viet Nam and regions left out)', () => {
    const text =
      'The Prime Minister assigned specific tasks to Vietnamese Ambassadors and Heads of Missions Abroad, including: lobbying the United States to recognize Vietnam as a market economy; promoting railway connections with China; cooperating with Middle Eastern countries, and lifting the EC\'s yellow card.';
    expect(splitCommitments(text, en).map((c) => [c.text.split(' ').slice(0, 2).join(' '), c.assignee, c.countryCodes])).toEqual([
      ['lobbying the', 'Vietnamese Ambassadors and Heads of Missions Abroad', ['US']],
      ['promoting railway', 'Vietnamese Ambassadors and Heads of Missions Abroad', ['CN']],
      ['cooperating with', 'Vietnamese Ambassadors and Heads of Missions Abroad', []],
      ['lifting the', 'Vietnamese Ambassadors and Heads of Missions Abroad', []],
    ]);
    const vi2025 = splitCommitments('Thủ tướng giao Bộ Ngoại giao chủ trì xây dựng nghị quyết. Thủ tướng yêu cầu mở rộng thị trường Mỹ Latinh, Ấn Độ, Brazil và Hoa Kỳ.', vi);
    expect(vi2025.map((c) => [c.assignee, c.countryCodes])).toEqual([
      ['Bộ Ngoại giao', []],
      [null, ['IN', 'BR', 'US']],
    ]);
  });

  it('does not take results already achieved for commitments', () => {
    expect(splitCommitments('Apple has completed the relocation of 11 factories. More than 170 agreements were signed.', en)).toEqual([]);
    expect(splitCommitments('Apple đã hoàn thành chuyển 11 nhà máy sang Việt Nam. Hơn 170 thỏa thuận đã được ký kết.', vi)).toEqual([]);
    // Unless the sentence also promises: "đã cam kết", "have agreed to".
    expect(splitCommitments('Hai bên đã nhất trí hoàn thành đàm phán trước 31/12/2026.', vi)).toHaveLength(1);
  });

  it('returns nothing for text without deadlines or obligations', () => {
    expect(splitCommitments('Trade reached about US$ 800 billion. Growth exceeded 7%.', en)).toEqual([]);
  });
});
