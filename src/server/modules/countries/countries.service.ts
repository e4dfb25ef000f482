import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/vi.json'));

export interface Country {
  code: string;
  name: { vi: string; en: string };
}

// Common names where the package gives the formal one ("Hợp chủng quốc Hoa Kỳ").
const COMMON_NAMES: Record<string, Partial<Country['name']>> = {
  US: { vi: 'Hoa Kỳ', en: 'United States' },
  GB: { vi: 'Vương quốc Anh', en: 'United Kingdom' },
  AE: { vi: 'Các Tiểu vương quốc Ả Rập Thống nhất', en: 'United Arab Emirates' },
  KR: { vi: 'Hàn Quốc', en: 'South Korea' },
  KP: { vi: 'Triều Tiên', en: 'North Korea' },
  RU: { vi: 'Nga', en: 'Russia' },
  MY: { vi: 'Malaysia', en: 'Malaysia' },
  CN: { en: 'China' },
  KW: { vi: 'Kuwait' },
  AT: { vi: 'Áo' },
  SA: { vi: 'Ả Rập Xê Út', en: 'Saudi Arabia' },
  IR: { vi: 'Iran', en: 'Iran' },
  LA: { vi: 'Lào', en: 'Laos' },
  TZ: { vi: 'Tanzania', en: 'Tanzania' },
  RO: { vi: 'Romania', en: 'Romania' },
  BN: { vi: 'Brunei', en: 'Brunei' },
  DO: { vi: 'Cộng hòa Dominicana', en: 'Dominican Republic' },
  TW: { vi: 'Đài Loan (Trung Quốc)', en: 'Taiwan (China)' },
};

export function countryName(code: string): Country['name'] | null {
  const en = countries.getName(code, 'en', { select: 'official' });
  if (!en) return null;
  const vi = countries.getName(code, 'vi', { select: 'official' }) ?? en;
  return { vi, en, ...COMMON_NAMES[code] };
}

export const isCountryCode = (code: string): boolean => countries.isValid(code);

export function allCountries(): Country[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: countryName(code)! }))
    .sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi'));
}
