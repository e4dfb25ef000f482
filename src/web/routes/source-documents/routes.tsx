import { createRoute } from '@tanstack/react-router';
import { SOURCE_DOCUMENT_KINDS } from '../../../shared/schemas/source-documents.js';
import { lazyPage } from '../../lib/lazy.js';
import { optionalEnum, optionalPage, optionalString } from '../../lib/search.js';
import { appRoute, requireAbility } from '../root.js';
import type { SourceDocumentListParams } from './-api.js';

const SourceDocumentPage = lazyPage(() => import('./SourceDocumentPage.js'), 'SourceDocumentPage');
const SourceDocumentsPage = lazyPage(() => import('./SourceDocumentsPage.js'), 'SourceDocumentsPage');

type SourceDocumentsSearch = Omit<SourceDocumentListParams, 'pageSize'>;

export const sourceDocumentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/source-documents',
  beforeLoad: requireAbility('sourceDocuments.read'),
  validateSearch: (search: Record<string, unknown>): SourceDocumentsSearch => ({
    q: optionalString(search.q),
    kind: optionalEnum(SOURCE_DOCUMENT_KINDS, search.kind),
    page: optionalPage(search.page),
  }),
  component: function SourceDocumentsRoute() {
    const { page, ...filters } = sourceDocumentsRoute.useSearch();
    const navigate = sourceDocumentsRoute.useNavigate();
    return (
      <SourceDocumentsPage
        filters={filters}
        page={page ?? 1}
        onFiltersChange={(values) => void navigate({ search: (previous) => ({ ...previous, ...values, page: undefined }), replace: true })}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      />
    );
  },
});

export const sourceDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/source-documents/$sourceDocumentId',
  beforeLoad: requireAbility('sourceDocuments.read'),
  component: function SourceDocumentRoute() {
    const { sourceDocumentId } = sourceDocumentRoute.useParams();
    return <SourceDocumentPage sourceDocumentId={sourceDocumentId} />;
  },
});
