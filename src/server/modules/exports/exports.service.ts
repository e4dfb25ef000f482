import type { ExportableList, ExportOptions } from '../../../shared/schemas/exports.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { todayIso } from '../../lib/dates.js';
import { ruleViolated } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { auditRepo } from '../audit/audit.repo.js';
import { currentSettings } from '../settings/settings.service.js';
import { LIST_EXPORTS } from './exports.lists.js';
import { EXPORT_MEDIA_TYPES, writeExport } from './exports.writer.js';
import { uiText } from './ui-text.js';

/** The largest page the list services serve. */
const PAGE_SIZE = 500;

export { EXPORT_MEDIA_TYPES };

/** The query a list's export takes: the list's own filters, search and sort. */
export const exportQuery = (list: ExportableList) => LIST_EXPORTS[list].query;

export function exportsService(db: Db) {
  return {
    /**
     * The list as its page shows it to this actor (the list's own service checks permissions and filters), as one
     * file; a selection over the admins' row cap is refused (422) rather than cut short. Every export is audited.
     */
    exportList: async (actor: Actor, list: ExportableList, { format, lang, ...filters }: ExportOptions & Record<string, unknown>) => {
      const definition = LIST_EXPORTS[list];
      const fetchPage = definition.fetch(db) as (actor: Actor, query: Record<string, unknown>) => Promise<{ items: unknown[]; total: number }>;
      const { exportRowCap } = await currentSettings(db);
      const first = await fetchPage(actor, { ...filters, page: 1, pageSize: PAGE_SIZE });
      if (first.total > exportRowCap) {
        throw ruleViolated(`${first.total} rows match; an export holds at most ${exportRowCap}: narrow the filters`, { total: String(first.total), cap: String(exportRowCap) });
      }
      const items = [...first.items];
      for (let page = 2; items.length < first.total; page += 1) {
        const next = await fetchPage(actor, { ...filters, page, pageSize: PAGE_SIZE });
        if (next.items.length === 0) break;
        items.push(...next.items);
      }
      const table = {
        title: uiText(lang, definition.title),
        headers: definition.columns.map((column) => uiText(lang, column.header)),
        rows: items.map((item) => definition.columns.map((column) => column.cell(item, lang))),
      };
      const file = await writeExport(format, table);
      await db.transaction((tx) =>
        auditRepo.insert(tx, { actor, action: 'export.created', entity: 'export', entityId: newId(), after: { list, format, lang, filters, rows: items.length } }),
      );
      return { file, mediaType: EXPORT_MEDIA_TYPES[format], filename: `econdip-${list}-${todayIso()}.${format}` };
    },
  };
}
