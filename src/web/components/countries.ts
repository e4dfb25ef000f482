import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../lib/format.js';
import { countriesQuery } from '../routes/org-units/-api.js';

/** A country's name in the interface language from its ISO code ("US" → "Hoa Kỳ" / "United States"); "—" for none. */
export function useCountryName(): (code: string | null | undefined) => string {
  const format = useFormat();
  const countries = useQuery(countriesQuery);
  return (code) => {
    if (!code) return '—';
    const name = countries.data?.get(code);
    return name ? format.name(name) : code;
  };
}
