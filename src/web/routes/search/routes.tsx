import { createRoute } from '@tanstack/react-router';
import { SEARCH_TYPES, type SearchType } from '../../../shared/schemas/search.js';
import { lazyPage } from '../../lib/lazy.js';
import { optionalEnum, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute } from '../root.js';

const SearchPage = lazyPage(() => import('./SearchPage.js'), 'SearchPage');

interface SearchPageSearch {
  q?: string;
  type?: SearchType;
  page?: number;
}

export const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  validateSearch: (search: Record<string, unknown>): SearchPageSearch => ({
    q: optionalString(search.q),
    type: optionalEnum(SEARCH_TYPES, search.type),
    page: optionalPage(search.page),
  }),
  component: function SearchRoute() {
    const { q, type, page } = searchRoute.useSearch();
    const navigate = searchRoute.useNavigate();
    return (
      <SearchPage
        q={q}
        type={type}
        page={page ?? 1}
        onChange={(values) => void navigate({ search: values, replace: values.q === q && values.type === type })}
      />
    );
  },
});
