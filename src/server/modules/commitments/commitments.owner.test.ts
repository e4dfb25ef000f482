import { describe, expect, it } from 'vitest';
import { suggestOwnerUnit, type SuggestableUnit } from './commitments.owner.js';

const unit = (id: string, type: string, kind: string, nameVi: string, nameEn: string, countryCode: string | null = null): SuggestableUnit => ({ id, type, kind, nameVi, nameEn, countryCode });
const units = [
  unit('mofa', 'hq', 'ministry', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs'),
  unit('mofa-eco', 'hq', 'office', 'Vụ Tổng hợp kinh tế, Bộ Ngoại giao', 'Department of Economic Affairs, MOFA'),
  unit('moit', 'ministry', 'ministry', 'Bộ Công Thương', 'Ministry of Industry and Trade'),
  unit('emb-us', 'mission', 'embassy', 'Đại sứ quán Việt Nam tại Hoa Kỳ', 'Embassy of Viet Nam in the United States', 'US'),
  unit('cg-us', 'mission', 'consulate_general', 'Tổng Lãnh sự quán Việt Nam tại Houston', 'Consulate General of Viet Nam in Houston', 'US'),
  unit('emb-cn', 'mission', 'embassy', 'Đại sứ quán Việt Nam tại Trung Quốc', 'Embassy of Viet Nam in China', 'CN'),
];
const id = (assignee: string | null, countryCodes: string[] = []) => suggestOwnerUnit({ assignee, countryCodes }, units)?.id ?? null;

describe('suggestOwnerUnit', () => {
  it('reads the unit the assignee names, in either language, the longest name winning', () => {
    expect(id('Bộ Ngoại giao')).toBe('mofa');
    expect(id('the Ministry of Foreign Affairs', ['US'])).toBe('mofa');
    expect(id('Vụ Tổng hợp kinh tế, Bộ Ngoại giao')).toBe('mofa-eco');
    expect(id('Bộ Ngoại giao và Bộ Công Thương')).toBeNull();
  });

  it('gives a task to missions or ambassadors to the embassy in the one country it names', () => {
    expect(id('Vietnamese Ambassadors and Heads of Missions Abroad', ['US'])).toBe('emb-us');
    expect(id('các cơ quan đại diện Việt Nam ở nước ngoài', ['CN'])).toBe('emb-cn');
    expect(id('the Embassy in China')).toBe('emb-cn');
    expect(id('Vietnamese Ambassadors and Heads of Missions Abroad', ['US', 'CN'])).toBeNull();
    expect(id('Vietnamese Ambassadors and Heads of Missions Abroad', [])).toBeNull();
    expect(id('Vietnamese Ambassadors and Heads of Missions Abroad', ['BR'])).toBeNull();
    // A country alone, with no one given the task, is not enough.
    expect(id(null, ['US'])).toBeNull();
    expect(id('the provinces', ['US'])).toBeNull();
  });
});
