import type {
  SupportRequest,
  SupportRequestDetail,
  SupportRequestInput,
  SupportRequestListQuery,
  SupportRequestStatus,
  SupportRequestUpdate,
} from '../../../shared/schemas/support-requests.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Executor } from '../../db/client.js';
import { isWithin, todayIso, toIso } from '../../lib/dates.js';
import { forbidden, invalidField, notFound, ruleViolated, staleVersion } from '../../lib/errors.js';
import { editsEverything, isInternal } from '../../policy/roles.js';
import { inScope, readScope, type UnitScope } from '../../policy/scope.js';
import { auditRepo, changedFields } from '../audit/audit.repo.js';
import { isCountryCode } from '../countries/countries.service.js';
import { notify } from '../notifications/notices.js';
import { notificationsRepo } from '../notifications/notifications.repo.js';
import { orgUnitsRepo } from '../org-units/org-units.repo.js';
import { toUnitRef } from '../periods/periods.service.js';
import { supportRequestsPolicy as can, TRANSITIONS, type Parties, type SupportRequestAction } from './support-requests.policy.js';
import { supportRequestsRepo, type SupportRequestRow } from './support-requests.repo.js';
import { unitsInView } from '../org-units/unit-view.js';

type Found = NonNullable<Awaited<ReturnType<typeof supportRequestsRepo.findById>>>;

/** What the actor may do with the request, speaking for `own`. */
const abilitiesOf = (actor: Actor, own: Parties, row: SupportRequestRow): SupportRequest['abilities'] => ({
  update: can.update(actor, own, row),
  accept: can.transition(actor, own, row, 'accept'),
  decline: can.transition(actor, own, row, 'decline'),
  answer: can.transition(actor, own, row, 'answer'),
  close: can.transition(actor, own, row, 'close'),
});

const toDto = ({ request, requesting, business, target }: Found, abilities: SupportRequest['abilities']): SupportRequest => ({
  id: request.id,
  requestingUnit: requesting ? toUnitRef(requesting) : null,
  requestingBusiness: business ? { id: business.id, name: { vi: business.nameVi, en: business.nameEn } } : null,
  targetUnit: toUnitRef(target),
  title: request.title,
  description: request.description,
  countryCode: request.countryCode,
  neededFrom: request.neededFrom,
  neededTo: request.neededTo,
  status: request.status as SupportRequestStatus,
  answer: request.answer,
  answeredAt: toIso(request.answeredAt),
  createdAt: toIso(request.createdAt)!,
  version: request.version,
  abilities,
});

/** Whom the actor speaks for: their unit and those it succeeded, or a business user's company. */
async function partiesOf(ex: Executor, actor: Actor): Promise<Parties> {
  if (!isInternal(actor)) return { unitIds: [], partnerId: actor.role === 'business' ? actor.partnerId : null };
  return { unitIds: actor.unitId ? await orgUnitsRepo.lineageIds(ex, actor.unitId) : [], partnerId: null };
}

/** The requests the actor reads: a business user its company's, everyone else by their read scope. */
async function scopeOf(ex: Executor, actor: Actor): Promise<UnitScope | { partnerId: string }> {
  if (isInternal(actor)) return readScope(ex, actor);
  return actor.role === 'business' && actor.partnerId ? { partnerId: actor.partnerId } : { all: false, unitIds: [] };
}

const isReadableIn = (scope: UnitScope | { partnerId: string }, request: SupportRequestRow) =>
  'partnerId' in scope ? request.requestingPartnerId === scope.partnerId : inScope(scope, [request.requestingUnitId, request.targetUnitId]);

function checkCountry(countryCode: string | null | undefined) {
  if (countryCode && !isCountryCode(countryCode)) throw invalidField('countryCode', `Unknown country code ${countryCode}`);
}

/** A request the actor may read, else `not_found` (ids do not leak). */
export async function findReadableSupportRequest(ex: Executor, actor: Actor, id: string): Promise<Found> {
  if (!can.read(actor)) throw forbidden();
  const found = await supportRequestsRepo.findById(ex, id);
  if (!found || !isReadableIn(await scopeOf(ex, actor), found.request)) throw notFound('Support request');
  return found;
}

type Side = 'target' | 'requester';
export type { SupportRequestAction };

/** The asking party: a business user's company, else the actor's unit (HQ may name another). Throws `forbidden`, `invalid`. */
async function requesterOf(ex: Executor, actor: Actor, input: SupportRequestInput): Promise<{ requestingUnitId: string | null; requestingPartnerId: string | null }> {
  if (actor.role === 'business') {
    if (input.requestingUnitId) throw forbidden('A business asks for its own company only');
    return { requestingUnitId: null, requestingPartnerId: actor.partnerId };
  }
  const requestingUnitId = (editsEverything(actor) ? input.requestingUnitId : undefined) ?? actor.unitId;
  if (!requestingUnitId) throw invalidField('requestingUnitId', 'Name the unit asking for support');
  if (input.requestingUnitId && input.requestingUnitId !== requestingUnitId) throw forbidden('You can ask on behalf of your own unit only');
  if (!(await orgUnitsRepo.findById(ex, requestingUnitId))) throw invalidField('requestingUnitId', 'Unknown unit');
  return { requestingUnitId, requestingPartnerId: null };
}

/** Tells the other side: the mission of a new or closed request, the requester (unit or business users) of an answer. */
async function tell(ex: Executor, actor: Actor, row: SupportRequestRow, kind: 'support_request.created' | `support_request.${SupportRequestStatus}`) {
  if (kind === 'support_request.open') return;
  const { requesting, business, target } = (await supportRequestsRepo.findById(ex, row.id))!;
  const requester = business ? { vi: business.nameVi, en: business.nameEn } : { vi: requesting!.nameVi, en: requesting!.nameEn };
  const toMission = kind === 'support_request.created' || kind === 'support_request.closed';
  const recipients = toMission
    ? await notificationsRepo.usersOfUnit(ex, row.targetUnitId)
    : row.requestingPartnerId
      ? await notificationsRepo.usersOfPartner(ex, row.requestingPartnerId)
      : await notificationsRepo.usersOfUnit(ex, row.requestingUnitId!);
  const facts = { title: row.title, requester, targetUnit: { vi: target.nameVi, en: target.nameEn }, answer: row.answer };
  await notify(ex, recipients, { kind, facts, entity: 'support_request', entityId: row.id }, { except: actor });
}

export function supportRequestsService(db: Db) {
  const load = findReadableSupportRequest;

  const requireSide = async (ex: Executor, actor: Actor, row: SupportRequestRow, side: Side) => {
    if (!can.speaksFor(actor, await partiesOf(ex, actor), row, side)) {
      throw forbidden(side === 'target' ? 'Only the mission asked answers this request' : 'Only the requesting unit changes or closes this request');
    }
  };

  const detail = async (ex: Executor, actor: Actor, id: string): Promise<SupportRequestDetail> => {
    const found = (await supportRequestsRepo.findById(ex, id))!;
    return { ...toDto(found, abilitiesOf(actor, await partiesOf(ex, actor), found.request)), activities: await supportRequestsRepo.linkedActivities(ex, id) };
  };

  return {
    list: async (actor: Actor, query: SupportRequestListQuery) => {
      if (!can.read(actor)) throw forbidden();
      const own = await partiesOf(db, actor);
      const [targetUnitIds, requestingUnitIds] = await Promise.all([query.targetUnitId, query.requestingUnitId].map((unitId) => unitsInView(db, unitId, query.view)));
      const { rows, total } = await supportRequestsRepo.list(db, { ...query, targetUnitIds, requestingUnitIds, scope: await scopeOf(db, actor), own });
      return { items: rows.map((found) => toDto(found, abilitiesOf(actor, own, found.request))), total, page: query.page, pageSize: query.pageSize };
    },

    /** The request with the activities that answered it. Throws `not_found` outside the actor's units. */
    get: async (actor: Actor, id: string) => {
      await load(db, actor, id);
      return detail(db, actor, id);
    },

    /** Asks a current mission for support. Throws `forbidden`, `invalid` (country, unit), `rule_violated` (not a mission). */
    create: (actor: Actor, input: SupportRequestInput) =>
      db.transaction(async (tx) => {
        if (!can.create(actor)) throw forbidden();
        const requester = await requesterOf(tx, actor, input);
        checkCountry(input.countryCode);
        const target = await orgUnitsRepo.findById(tx, input.targetUnitId);
        if (!target) throw invalidField('targetUnitId', 'Unknown unit');
        if (target.type !== 'mission' || !isWithin(todayIso(), target.validFrom, target.validTo)) {
          throw ruleViolated(`${target.nameEn} is not a current mission abroad`, { targetUnitId: 'not_a_current_mission' });
        }
        const row = await supportRequestsRepo.insert(tx, {
          ...requester,
          targetUnitId: target.id,
          title: input.title,
          description: input.description,
          countryCode: input.countryCode ?? target.countryCode,
          neededFrom: input.neededFrom ?? null,
          neededTo: input.neededTo ?? null,
          status: 'open',
          createdBy: actor.userId,
        });
        await auditRepo.insert(tx, { actor, action: 'support_request.created', entity: 'support_request', entityId: row.id, after: row });
        await tell(tx, actor, row, 'support_request.created');
        return detail(tx, actor, row.id);
      }),

    /** The requester edits an open request. Throws `conflict` when stale. */
    update: (actor: Actor, id: string, input: SupportRequestUpdate) =>
      db.transaction(async (tx) => {
        await load(tx, actor, id);
        const before = (await supportRequestsRepo.findByIdForUpdate(tx, id))!;
        await requireSide(tx, actor, before, 'requester');
        if (before.status !== 'open') throw ruleViolated(`Only an open request can be edited; this one is ${before.status}`, { status: before.status });
        if (before.version !== input.version) throw staleVersion('This request');
        checkCountry(input.countryCode);
        const neededFrom = input.neededFrom === undefined ? before.neededFrom : input.neededFrom;
        const neededTo = input.neededTo === undefined ? before.neededTo : input.neededTo;
        if (neededFrom && neededTo && neededTo < neededFrom) throw invalidField('neededTo', 'The end of the needed dates is before their start');
        const { version, ...values } = input;
        const after = await supportRequestsRepo.update(tx, id, version, values);
        if (!after) throw staleVersion('This request');
        await auditRepo.insert(tx, { actor, action: 'support_request.updated', entity: 'support_request', entityId: id, ...changedFields(before, after) });
        return detail(tx, actor, id);
      }),

    /**
     * Moves the request on: the target mission accepts, declines or answers; the requester closes.
     * Throws `forbidden` (wrong side), `rule_violated` (wrong status), `conflict` (stale).
     */
    act: (actor: Actor, id: string, action: SupportRequestAction, input: { answer?: string; version: number }) =>
      db.transaction(async (tx) => {
        const rule = TRANSITIONS[action];
        await load(tx, actor, id);
        const before = (await supportRequestsRepo.findByIdForUpdate(tx, id))!;
        await requireSide(tx, actor, before, rule.side);
        if (!rule.from.includes(before.status as SupportRequestStatus)) {
          throw ruleViolated(`Cannot ${action} a request that is ${before.status}`, { status: before.status });
        }
        if (action === 'decline' && !input.answer) throw invalidField('answer', 'Say why the request is declined');
        if (before.version !== input.version) throw staleVersion('This request');
        const answered = input.answer ? { answer: input.answer, answeredAt: new Date() } : {};
        const after = await supportRequestsRepo.update(tx, id, input.version, { status: rule.to, ...answered });
        if (!after) throw staleVersion('This request');
        await auditRepo.insert(tx, { actor, action: `support_request.${rule.to}`, entity: 'support_request', entityId: id, ...changedFields(before, after) });
        await tell(tx, actor, after, `support_request.${rule.to}`);
        return detail(tx, actor, id);
      }),
  };
}
