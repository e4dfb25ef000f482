import type {
  MarketNote,
  MarketNoteInput,
  MarketNoteListQuery,
  MarketNoteUpdate,
  MarketSubscription,
  MarketSubscriptionInput,
} from '../../../shared/schemas/market-notes.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { toIso } from '../../lib/dates.js';
import { DomainError, forbidden, invalidField, notFound, staleVersion } from '../../lib/errors.js';
import { isInternal, readsEverything } from '../../policy/roles.js';
import { inScope, readScope, writeScope, type UnitScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { isCountryCode } from '../countries/countries.service.js';
import { notify } from '../notifications/notices.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { toUnitRef } from '../periods/periods.service.js';
import { marketNotesPolicy as can } from './market-notes.policy.js';
import { marketNotesRepo, type MarketNoteRow, type NoteReader } from './market-notes.repo.js';

type Found = NonNullable<Awaited<ReturnType<typeof marketNotesRepo.findReadable>>>;

/** What decides the notes a user receives: a business user, a province, or another government user and its scope. */
async function readerOf(ex: Executor, actor: Actor, unitType?: string | null): Promise<NoteReader> {
  if (!isInternal(actor)) return { business: true };
  const type = unitType !== undefined ? unitType : actor.unitId ? ((await orgUnitsRepo.findById(ex, actor.unitId))?.type ?? null) : null;
  return { business: false, scope: await readScope(ex, actor), province: !readsEverything(actor) && type === 'province' };
}

const toDto = ({ note, unit }: Found, scope: UnitScope | null, actor: Actor): MarketNote => ({
  id: note.id,
  unit: toUnitRef(unit),
  kind: note.kind as MarketNote['kind'],
  title: note.title,
  summary: note.summary,
  body: note.body,
  countryCode: note.countryCode,
  sectors: note.sectors as MarketNote['sectors'],
  hsCodes: note.hsCodes,
  classification: note.classification as MarketNote['classification'],
  toBusinesses: note.toBusinesses,
  toProvinces: note.toProvinces,
  status: note.status as MarketNote['status'],
  publishedAt: toIso(note.publishedAt),
  source: note.source,
  demo: note.demo,
  createdAt: toIso(note.createdAt)!,
  updatedAt: toIso(note.updatedAt)!,
  version: note.version,
  abilities: { update: scope !== null && can.update(actor, scope, note), publish: scope !== null && can.publish(actor, scope, note) },
});

function checkCountry(countryCode: string | null | undefined) {
  if (countryCode && !isCountryCode(countryCode)) throw invalidField('countryCode', `Unknown country code ${countryCode}`);
}

/** A note the actor receives, else `not_found`: a classified note answers exactly like a missing one. */
export async function findReadableMarketNote(ex: Executor, actor: Actor, id: string): Promise<Found> {
  const found = await marketNotesRepo.findReadable(ex, await readerOf(ex, actor), id);
  if (!found) throw notFound('Market note');
  return found;
}

const toSubscription = (row: { id: string; countryCode: string | null; sector: string | null; createdAt: Date }): MarketSubscription => ({
  id: row.id,
  countryCode: row.countryCode,
  sector: row.sector as MarketSubscription['sector'],
  createdAt: toIso(row.createdAt)!,
});

/** Market information written by missions: classification enforced on every read, publication and subscriptions. */
export function marketNotesService(db: Db) {
  const detail = async (ex: Executor, actor: Actor, id: string) => toDto(await findReadableMarketNote(ex, actor, id), can.create(actor) ? await writeScope(ex, actor) : null, actor);

  /** Tells the subscribers who may read the note, each once. */
  async function tellSubscribers(tx: Executor, actor: Actor, note: MarketNoteRow, unitNames: { vi: string; en: string }) {
    const readers = [];
    for (const subscriber of await marketNotesRepo.subscribersOf(tx, note)) {
      const subscriberActor: Actor = { userId: subscriber.id, role: subscriber.role as Actor['role'], unitId: subscriber.unitId, partnerId: subscriber.partnerId, email: subscriber.email };
      const reader = await readerOf(tx, subscriberActor, subscriber.unitType);
      if (await marketNotesRepo.findReadable(tx, reader, note.id)) readers.push(subscriber);
    }
    return notify(tx, readers, { kind: 'market_note.published', entity: 'market_note', entityId: note.id, facts: { title: note.title, noteKind: note.kind, countryCode: note.countryCode, unit: unitNames } }, { except: actor });
  }

  return {
    /** The notes the actor receives, by the same rule as every other read (search included). */
    list: async (actor: Actor, query: MarketNoteListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const reader = await readerOf(db, actor);
      const scope = can.create(actor) ? await writeScope(db, actor) : null;
      const { rows, total } = await marketNotesRepo.list(db, reader, { ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
      return { items: rows.map((row) => toDto(row, scope, actor)), total, page: query.page, pageSize: query.pageSize };
    },

    get: (actor: Actor, id: string) => detail(db, actor, id),

    /** Writes a draft for the actor's unit (HQ: any unit). Throws `forbidden`, `invalid`. */
    create: (actor: Actor, input: MarketNoteInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden('Only a unit\'s editors write market notes');
        const unitId = input.unitId ?? actor.unitId;
        if (!unitId) throw invalidField('unitId', 'Choose the writing unit');
        const scope = await writeScope(tx, actor);
        const unit = inScope(scope, [unitId]) ? await orgUnitsRepo.findById(tx, unitId) : undefined;
        if (!unit) throw invalidField('unitId', 'Unknown unit');
        checkCountry(input.countryCode);
        const { unitId: _unit, ...fields } = input;
        const row = await marketNotesRepo.insert(tx, {
          ...fields,
          summary: fields.summary ?? null,
          source: fields.source ?? null,
          countryCode: input.countryCode === undefined ? unit.countryCode : input.countryCode,
          unitId,
          status: 'draft',
          createdBy: actor.userId,
        });
        await auditRepo.insert(tx, { actor, action: 'market_note.created', entity: 'market_note', entityId: row.id, after: row });
        return detail(tx, actor, row.id);
      }),

    /** Edits a note of the actor's units; send the version read. Throws `forbidden`, `invalid`, `conflict`. */
    update: (actor: Actor, id: string, input: MarketNoteUpdate) =>
      db.transaction(async (tx) => {
        await findReadableMarketNote(tx, actor, id);
        const before = (await marketNotesRepo.findByIdForUpdate(tx, id))!;
        if (!can.update(actor, await writeScope(tx, actor), before)) throw forbidden('Only the writing unit edits this note');
        if (before.version !== input.version) throw staleVersion('This note');
        checkCountry(input.countryCode);
        const { version, ...values } = input;
        const classification = values.classification ?? before.classification;
        const toBusinesses = values.toBusinesses ?? before.toBusinesses;
        if (toBusinesses && classification !== 'public') throw invalidField('toBusinesses', 'Only a public note can be published to businesses');
        const after = await marketNotesRepo.update(tx, id, version, values);
        if (!after) throw staleVersion('This note');
        await auditRepo.insert(tx, { actor, action: 'market_note.updated', entity: 'market_note', entityId: id, ...changedFields(before, after) });
        return detail(tx, actor, id);
      }),

    /** Publishes a draft to its readers and tells the subscribers who may read it. Throws `forbidden`, `conflict`. */
    publish: (actor: Actor, id: string, version: number) =>
      db.transaction(async (tx) => {
        const { unit } = await findReadableMarketNote(tx, actor, id);
        const before = (await marketNotesRepo.findByIdForUpdate(tx, id))!;
        if (!can.publish(actor, await writeScope(tx, actor), before)) throw forbidden('Only the writing unit publishes a draft');
        if (before.version !== version) throw staleVersion('This note');
        const after = (await marketNotesRepo.update(tx, id, version, { status: 'published', publishedAt: new Date() }))!;
        await auditRepo.insert(tx, { actor, action: 'market_note.published', entity: 'market_note', entityId: id, ...changedFields(before, after) });
        await tellSubscribers(tx, actor, after, { vi: unit.nameVi, en: unit.nameEn });
        return detail(tx, actor, id);
      }),

    subscriptions: async (actor: Actor) => ({ items: (await marketNotesRepo.subscriptionsOf(db, actor.userId)).map(toSubscription) }),

    /** Subscribes the actor to a country and/or a sector; the same subscription twice is `conflict`. */
    subscribe: (actor: Actor, input: MarketSubscriptionInput) =>
      db.transaction(async (tx) => {
        checkCountry(input.countryCode);
        const row = await marketNotesRepo.insertSubscription(tx, actor.userId, input);
        if (!row) throw new DomainError('conflict', 'You already have this subscription');
        await auditRepo.insert(tx, { actor, action: 'market_subscription.created', entity: 'market_subscription', entityId: row.id, after: row });
        return toSubscription(row);
      }),

    unsubscribe: (actor: Actor, id: string) =>
      db.transaction(async (tx) => {
        const row = await marketNotesRepo.deleteSubscription(tx, actor.userId, id);
        if (!row) throw notFound('Subscription');
        await auditRepo.insert(tx, { actor, action: 'market_subscription.deleted', entity: 'market_subscription', entityId: id, before: row });
      }),
  };
}
