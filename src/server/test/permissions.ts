/**
 * Who may call each operation of the API, written once per OpenAPI operationId. `permission-matrix.test.ts` sends
 * every operation as every actor below and fails on an operation missing here, so a new endpoint needs an entry.
 *
 * The records probed are a mission's (EMB-US, `test/mission-records.ts`); "own" actors work in that mission, "other"
 * ones in another (EMB-DE). HQ roles and leaders have no own/other side. The business user speaks for a company that
 * has nothing to do with the mission's records.
 */

export const ACTORS = ['admin', 'hq_coordinator', 'leader', 'editor_own', 'editor_other', 'viewer_own', 'viewer_other', 'business', 'anonymous'] as const;
export type MatrixActor = (typeof ACTORS)[number];

/**
 * `allowed`: the operation's own answer when the permission check passes (see Entry.allowed); 401 before any input
 * is read; 403 for a role refused outright, which reveals nothing since it holds for every id; 404 for a record
 * outside the actor's reach, exactly as for a missing one.
 */
export type Outcome = 'allowed' | 401 | 403 | 404;

/** The rules; each maps every actor to an outcome. */
export const RULES = {
  /** No credential needed (sign-in, health, open data, a confirmation link's token). */
  public: { admin: 'allowed', hq_coordinator: 'allowed', leader: 'allowed', editor_own: 'allowed', editor_other: 'allowed', viewer_own: 'allowed', viewer_other: 'allowed', business: 'allowed', anonymous: 'allowed' },
  /** Anyone signed in, business users included (their own account, inbox, market notes meant for them). */
  signedIn: { admin: 'allowed', hq_coordinator: 'allowed', leader: 'allowed', editor_own: 'allowed', editor_other: 'allowed', viewer_own: 'allowed', viewer_other: 'allowed', business: 'allowed', anonymous: 401 },
  /** Internal roles; lists and figures are filtered to the actor's units (checked by `lists`), businesses refused. */
  internal: { admin: 'allowed', hq_coordinator: 'allowed', leader: 'allowed', editor_own: 'allowed', editor_other: 'allowed', viewer_own: 'allowed', viewer_other: 'allowed', business: 403, anonymous: 401 },
  /** One of the mission's records: HQ, leadership and the mission read it; another unit gets a 404. */
  unitRecord: { admin: 'allowed', hq_coordinator: 'allowed', leader: 'allowed', editor_own: 'allowed', editor_other: 404, viewer_own: 'allowed', viewer_other: 404, business: 403, anonymous: 401 },
  /** A record businesses may hold too (support requests): a business not party to it gets a 404 like another unit. */
  sharedRecord: { admin: 'allowed', hq_coordinator: 'allowed', leader: 'allowed', editor_own: 'allowed', editor_other: 404, viewer_own: 'allowed', viewer_other: 404, business: 404, anonymous: 401 },
  /** Changing one of the mission's records: HQ and the mission's editors; its viewers and leadership are refused. */
  unitEdit: { admin: 'allowed', hq_coordinator: 'allowed', leader: 403, editor_own: 'allowed', editor_other: 404, viewer_own: 403, viewer_other: 404, business: 403, anonymous: 401 },
  /** Changing a record businesses may hold too, by a unit that is no party to it or by a business that is not. */
  sharedEdit: { admin: 'allowed', hq_coordinator: 'allowed', leader: 403, editor_own: 'allowed', editor_other: 404, viewer_own: 403, viewer_other: 404, business: 404, anonymous: 401 },
  /** The requester's side of a support request (the mission asked for help): only the asking unit, not HQ. */
  requesterEdit: { admin: 403, hq_coordinator: 403, leader: 403, editor_own: 'allowed', editor_other: 404, viewer_own: 403, viewer_other: 404, business: 404, anonymous: 401 },
  /** The asked mission's side of a support request: refused to the asking mission, HQ and everyone who cannot read it. */
  targetEdit: { admin: 403, hq_coordinator: 403, leader: 403, editor_own: 403, editor_other: 404, viewer_own: 403, viewer_other: 404, business: 404, anonymous: 401 },
  /** HQ decides on a unit's record (approve, return, reopen a report); the unit itself reads it but may not. */
  hqDecides: { admin: 'allowed', hq_coordinator: 'allowed', leader: 403, editor_own: 403, editor_other: 404, viewer_own: 403, viewer_other: 404, business: 403, anonymous: 401 },
  /** A user account: an admin reads any; everyone else only their own, so another's answers like a missing one. */
  adminRecord: { admin: 'allowed', hq_coordinator: 404, leader: 404, editor_own: 404, editor_other: 404, viewer_own: 404, viewer_other: 404, business: 404, anonymous: 401 },
  /** Creating a record for one's own unit (editors) or any unit (HQ). */
  unitCreate: { admin: 'allowed', hq_coordinator: 'allowed', leader: 403, editor_own: 'allowed', editor_other: 'allowed', viewer_own: 403, viewer_other: 403, business: 403, anonymous: 401 },
  /** HQ's views across units (completeness board, formalism share). */
  readsEverything: { admin: 'allowed', hq_coordinator: 'allowed', leader: 'allowed', editor_own: 403, editor_other: 403, viewer_own: 403, viewer_other: 403, business: 403, anonymous: 401 },
  /** HQ's writes: reference data, periods, targets, figures, publication. */
  hqOnly: { admin: 'allowed', hq_coordinator: 'allowed', leader: 403, editor_own: 403, editor_other: 403, viewer_own: 403, viewer_other: 403, business: 403, anonymous: 401 },
  adminOnly: { admin: 'allowed', hq_coordinator: 403, leader: 403, editor_own: 403, editor_other: 403, viewer_own: 403, viewer_other: 403, business: 403, anonymous: 401 },
  /** A business user's workspace. */
  businessOnly: { admin: 403, hq_coordinator: 403, leader: 403, editor_own: 403, editor_other: 403, viewer_own: 403, viewer_other: 403, business: 'allowed', anonymous: 401 },
  /** Support requests: editors ask for their unit, businesses for their company. */
  requestCreate: { admin: 'allowed', hq_coordinator: 'allowed', leader: 403, editor_own: 'allowed', editor_other: 'allowed', viewer_own: 403, viewer_other: 403, business: 'allowed', anonymous: 401 },
} as const satisfies Record<string, Record<MatrixActor, Outcome>>;
export type Rule = keyof typeof RULES;

/** What the test knows when it builds a request: the records' ids and the acting user's unit. */
export interface MatrixContext {
  ids: Record<string, string>;
  /** The actor's unit; for HQ roles and leaders, the mission's (so HQ acts on the mission's behalf). */
  unitId: string;
  /** A number unique to this request, for codes and years that must not repeat. */
  n: number;
}

export interface Entry {
  rule: Rule;
  /**
   * The answer when the permission check passes: 'ok' is any 2xx. Writes to existing records send a version no record reaches, so an
   * allowed actor gets 409 and the records stay as they are for the next actor (the permission check comes before
   * the version check). 'passes' is any answer below 500 other than 401, 403 and 404: for writes whose outcome depends
   * on state (the first allowed actor decides, the next is refused by a rule), the refusals being what is checked.
   */
  allowed?: 'ok' | 'passes' | 401 | 404 | 409;
  query?: string;
  body?: (c: MatrixContext) => object;
  /** A multipart upload of this file name and bytes. */
  file?: { name: string; type: string; data: () => Buffer };
  /** The mission's record a list must show to its readers and hide from other units. */
  lists?: string;
  /**
   * Ids of the mission's records the body carries: sent by the other mission's editor, each must answer exactly as an
   * unknown id does (no existence oracle, nothing written).
   */
  bodyIds?: string[];
  /** The request ends the credential it is sent with: it gets a session of its own. */
  endsSession?: true;
  /** Path parameters that are the actor's own (a token, a subscription), made before the request. */
  own?: 'token' | 'subscription';
  note?: string;
}

const PDF = () => Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const NOT_XLSX = () => Buffer.from('this is not a workbook');
const pdf = { name: 'minutes.pdf', type: 'application/pdf', data: PDF };
const workbook = { name: 'rows.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: NOT_XLSX };
/** A version no record reaches: an allowed write is a 409 and changes nothing. */
const STALE = 999_999;
const v0 = { version: STALE };

export const PERMISSIONS: Record<string, Entry> = {
  // system, auth, own account
  getHealth: { rule: 'public' },
  postAuthLogin: { rule: 'public', allowed: 401, body: (c) => ({ email: `nobody${c.n}@example.com`, password: 'not the password' }), note: 'a wrong password is a 401 for everyone; the throttle is tested in auth' },
  postAuthLogout: { rule: 'public', endsSession: true },
  getAuthSession: { rule: 'public' },
  getMe: { rule: 'signedIn' },
  patchMe: { rule: 'signedIn', body: () => ({ locale: 'vi' }) },
  postMePassword: { rule: 'signedIn', allowed: 'passes', body: () => ({ currentPassword: 'not the password', newPassword: 'another long passphrase' }), note: 'the wrong current password keeps the account as it is' },
  getMeTokens: { rule: 'signedIn' },
  postMeTokens: { rule: 'signedIn', body: (c) => ({ name: `matrix ${c.n}` }) },
  deleteMeTokensByTokenId: { rule: 'signedIn', own: 'token' },

  // users, organisation, reference
  getUsers: { rule: 'adminOnly' },
  postUsers: { rule: 'adminOnly', body: (c) => ({ email: `matrix${c.n}@test.local`, name: 'Matrix', role: 'unit_viewer', unitId: c.ids.orgUnitId, password: 'a long enough passphrase' }) },
  getUsersByUserId: { rule: 'adminRecord' },
  patchUsersByUserId: { rule: 'adminOnly', allowed: 409, body: () => ({ name: 'Changed', ...v0 }) },
  postUsersByUserIdPassword: { rule: 'adminOnly', body: () => ({ password: 'a reset passphrase 1' }) },
  getOrgUnits: { rule: 'signedIn' },
  postOrgUnits: { rule: 'hqOnly', body: (c) => ({ code: `MX-${c.n}`, type: 'mission', kind: 'embassy', name: { vi: `Đại sứ quán ${c.n}`, en: `Embassy ${c.n}` }, countryCode: 'FR' }) },
  getOrgUnitsByOrgUnitId: { rule: 'signedIn' },
  patchOrgUnitsByOrgUnitId: { rule: 'hqOnly', allowed: 409, body: () => ({ city: 'Washington', ...v0 }) },
  postOrgUnitsReorganisations: {
    rule: 'hqOnly',
    allowed: 'passes',
    body: (c) => ({ kind: 'rename', effectiveDate: '2020-01-01', predecessorIds: [c.ids.unknownUnitA!], successorIds: [c.ids.unknownUnitB!] }),
    note: 'unknown units, so an allowed call changes nothing',
  },
  getCountries: { rule: 'public' },
  getRegionsByRegion: { rule: 'internal', note: 'counts through the lists, as the country page' },
  getCountriesByIso2: { rule: 'internal', note: 'its counts come from the lists, which filter to the actor\'s units (tested in countries)' },
  getAudit: { rule: 'hqOnly' },
  getPartners: { rule: 'internal' },
  postPartners: { rule: 'unitCreate', body: (c) => ({ kind: 'foreign_company', name: { vi: `Công ty ${c.n}`, en: `Company ${c.n}` }, countryCode: 'US' }) },
  getPartnersByPartnerId: { rule: 'internal' },
  patchPartnersByPartnerId: { rule: 'hqOnly', allowed: 409, body: () => ({ notes: 'changed', ...v0 }) },
  getFtas: { rule: 'internal' },
  getPartnerships: { rule: 'internal' },
  getPartnershipChanges: { rule: 'internal' },
  postPartnershipChanges: { rule: 'hqOnly', body: (c) => ({ countryCode: 'NO', toLevel: (['comprehensive', 'strategic', 'comprehensive_strategic'] as const)[c.n % 3], date: `19${String(c.n % 100).padStart(2, '0')}-01-01`, datePrecision: 'year' }) },
  patchPartnershipChangesByChangeId: { rule: 'hqOnly', allowed: 409, body: () => ({ source: 'changed', ...v0 }) },
  deletePartnershipChangesByChangeId: { rule: 'hqOnly', allowed: 409, query: `version=${STALE}` },
  getRegions: { rule: 'internal' },

  // engagements and their files
  getEngagements: { rule: 'internal', lists: 'engagementId' },
  postEngagements: {
    rule: 'unitCreate',
    body: (c) => ({ title: { vi: 'Đoàn công tác', en: 'Working visit' }, type: 'working_visit_abroad', leaderName: 'Bộ trưởng', leaderLevel: 'minister', startDate: '2025-05-05', endDate: '2025-05-06', countryCodes: ['US'], leadUnitId: c.unitId }),
  },
  getEngagementsByEngagementId: { rule: 'unitRecord' },
  patchEngagementsByEngagementId: { rule: 'unitEdit', allowed: 409, body: () => ({ summary: 'changed', ...v0 }) },
  postEngagementsByEngagementIdAttachments: { rule: 'unitEdit', file: pdf },
  getEngagementsByEngagementIdAttachments: { rule: 'unitRecord' },
  getEngagementsByEngagementIdAttachmentsByAttachmentId: { rule: 'unitRecord' },
  getEngagementsByEngagementIdPromisedVsDelivered: { rule: 'unitRecord' },

  // agreements
  getAgreements: { rule: 'internal', lists: 'agreementId' },
  postAgreements: {
    rule: 'unitCreate',
    body: (c) => ({ title: { vi: 'Thỏa thuận', en: 'Agreement' }, kind: 'mou', signedDate: '2025-05-05', unitIds: [c.unitId], partnerIds: [c.ids.countryPartnerId], engagementId: c.ids.engagementId }),
    bodyIds: ['engagementId'],
  },
  getAgreementsStats: { rule: 'internal', query: 'groupBy=unit' },
  getAgreementsByAgreementId: { rule: 'unitRecord' },
  patchAgreementsByAgreementId: { rule: 'unitEdit', allowed: 409, body: () => ({ summary: 'changed', ...v0 }) },
  postAgreementsByAgreementIdStatus: { rule: 'unitEdit', allowed: 409, body: () => ({ status: 'in_force', effectiveDate: '2025-04-01', ...v0 }) },
  putAgreementsByAgreementIdPublication: {
    rule: 'unitEdit',
    allowed: 409,
    body: () => ({ published: true, ...v0 }),
    note: 'HQ publishes; a mission editor is refused (403) though they edit the agreement',
  },

  // commitments
  getCommitments: { rule: 'internal', lists: 'commitmentId' },
  postCommitments: { rule: 'unitCreate', body: (c) => ({ title: 'Cam kết', engagementId: c.ids.engagementId, ownerUnitId: c.unitId, dueDate: '2030-01-01' }), bodyIds: ['engagementId'] },
  postCommitmentsBulk: {
    rule: 'unitCreate',
    body: (c) => ({ items: [{ title: 'Cam kết', agreementId: c.ids.agreementId, ownerUnitId: c.unitId, dueDate: '2030-01-01' }] }),
    bodyIds: ['agreementId'],
  },
  postCommitmentsSplit: { rule: 'unitCreate', body: (c) => ({ text: 'Hai bên sẽ tăng kim ngạch thương mại.', agreementId: c.ids.agreementId }), bodyIds: ['agreementId'] },
  getCommitmentsByCommitmentId: { rule: 'unitRecord' },
  patchCommitmentsByCommitmentId: { rule: 'unitEdit', allowed: 409, body: () => ({ title: 'changed', ...v0 }) },

  // tasks
  getTasks: { rule: 'internal', lists: 'taskId' },
  postTasks: {
    rule: 'unitCreate',
    body: (c) => ({
      title: 'Nhiệm vụ',
      objective: 'Mục tiêu',
      responsibleUnitId: c.unitId,
      responsiblePerson: 'Tham tán',
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      accountableTo: 'Đại sứ',
      checkedBy: 'Vụ Tổng hợp',
      expectedOutput: 'Báo cáo',
      expectedOutcome: 'Kết quả',
      commitmentId: c.ids.commitmentId,
    }),
    bodyIds: ['commitmentId'],
  },
  getTasksByTaskId: { rule: 'unitRecord' },
  patchTasksByTaskId: { rule: 'unitEdit', allowed: 409, body: () => ({ title: 'changed', ...v0 }) },
  postTasksByTaskIdStatus: { rule: 'unitEdit', allowed: 409, body: () => ({ status: 'on_track', rationale: 'changed', ...v0 }) },
  getTasksByTaskIdTimeline: { rule: 'unitRecord' },
  getTasksByTaskIdDueDateChanges: { rule: 'unitRecord' },
  postTasksByTaskIdDueDateChanges: {
    rule: 'unitEdit',
    allowed: 'passes',
    body: () => ({ toDate: '2030-10-31', reason: 'changed' }),
    note: 'the task already has a pending request, so an allowed one is refused by that rule',
  },
  postTasksByTaskIdDueDateChangesByChangeIdDecision: {
    rule: 'unitEdit',
    allowed: 'passes',
    body: () => ({ decision: 'rejected', note: 'matrix' }),
    note: 'the first allowed actor decides; after that the request is no longer pending',
  },
  postTasksByTaskIdAttachments: { rule: 'unitEdit', file: pdf },
  getTasksByTaskIdAttachments: { rule: 'unitRecord' },
  getTasksByTaskIdAttachmentsByAttachmentId: { rule: 'unitRecord' },

  // imports (multipart)
  getImportsTemplatesEngagementsXlsx: { rule: 'unitCreate' },
  postImportsEngagements: { rule: 'unitCreate', allowed: 'passes', query: 'dryRun=true', file: workbook },
  getImportsTemplatesAgreementsXlsx: { rule: 'unitCreate' },
  postImportsAgreements: { rule: 'unitCreate', allowed: 'passes', query: 'dryRun=true', file: workbook },
  getImportsTemplatesActivitiesXlsx: { rule: 'unitCreate' },
  postImportsActivities: { rule: 'unitCreate', allowed: 'passes', query: 'dryRun=true', file: workbook },
  getImportsById: { rule: 'adminRecord', note: 'an import is followed by its uploader (and admins); anyone else\'s answers like a missing one' },

  // notifications
  getNotifications: { rule: 'signedIn' },
  postNotificationsByNotificationIdRead: { rule: 'signedIn', allowed: 404, note: 'only one\'s own notifications: an unknown id is a 404 for everyone' },
  postNotificationsReadAll: { rule: 'signedIn' },
  getInbox: { rule: 'signedIn', note: 'a business user\'s inbox holds its notifications only' },
  getOutbox: { rule: 'adminOnly' },
  getMeNotificationPreferences: { rule: 'signedIn' },
  putMeNotificationPreferences: { rule: 'signedIn', body: () => ({ items: [{ kind: 'task.overdue', inApp: true, email: 'daily' }] }) },

  // dashboard
  getDashboardImplementation: { rule: 'internal' },
  getDashboardImplementationRecords: { rule: 'internal', query: 'metric=commitments.total' },

  // periods and submissions
  getPeriods: { rule: 'internal' },
  postPeriods: { rule: 'hqOnly', body: (c) => ({ kind: 'year', year: 2040 + (c.n % 50) }) },
  getPeriodsByPeriodId: { rule: 'internal' },
  patchPeriodsByPeriodId: { rule: 'hqOnly', allowed: 409, body: () => ({ open: true, ...v0 }) },
  getPeriodsByPeriodIdCompleteness: { rule: 'readsEverything' },
  postPeriodsByPeriodIdReminders: { rule: 'hqOnly', body: (c) => ({ unitIds: [c.ids.orgUnitId] }) },
  getPeriodsByPeriodIdSubmissions: { rule: 'internal' },
  postPeriodsByPeriodIdSubmissions: { rule: 'unitCreate', allowed: 'passes', body: (c) => ({ unitId: c.unitId, summary: 'Báo cáo' }), note: 'the mission has its submission already' },
  getPeriodsByPeriodIdSubmissionsBySubmissionId: { rule: 'unitRecord' },
  patchPeriodsByPeriodIdSubmissionsBySubmissionId: { rule: 'unitEdit', allowed: 409, body: () => ({ summary: 'changed', ...v0 }) },
  postPeriodsByPeriodIdSubmissionsBySubmissionIdSubmit: { rule: 'unitEdit', allowed: 409, body: () => v0 },
  postPeriodsByPeriodIdSubmissionsBySubmissionIdApprove: { rule: 'hqDecides', allowed: 'passes', body: () => v0 },
  postPeriodsByPeriodIdSubmissionsBySubmissionIdReturn: { rule: 'hqDecides', allowed: 'passes', body: () => ({ comment: 'changed', ...v0 }) },
  postPeriodsByPeriodIdSubmissionsBySubmissionIdReopen: { rule: 'hqDecides', allowed: 'passes', body: () => ({ reason: 'changed', ...v0 }) },

  // support requests
  getSupportRequests: { rule: 'signedIn', lists: 'supportRequestId', note: 'businesses see their company\'s requests only' },
  postSupportRequests: { rule: 'requestCreate', body: (c) => ({ targetUnitId: c.ids.targetMissionId, title: 'Hỗ trợ', description: 'Mô tả' }) },
  getSupportRequestsBySupportRequestId: { rule: 'sharedRecord' },
  patchSupportRequestsBySupportRequestId: { rule: 'requesterEdit', allowed: 409, body: () => ({ title: 'changed', ...v0 }) },
  postSupportRequestsBySupportRequestIdAccept: { rule: 'targetEdit', body: () => ({ answer: 'changed', ...v0 }), note: 'the asked mission (EMB-JP) accepts, declines and answers' },
  postSupportRequestsBySupportRequestIdDecline: { rule: 'targetEdit', body: () => ({ answer: 'changed', ...v0 }) },
  postSupportRequestsBySupportRequestIdAnswer: { rule: 'targetEdit', body: () => ({ answer: 'changed', ...v0 }) },
  postSupportRequestsBySupportRequestIdClose: { rule: 'requesterEdit', allowed: 409, body: () => v0 },

  // business workspace
  getBusinessOutcomes: { rule: 'businessOnly' },
  getBusinessCompany: { rule: 'businessOnly' },
  patchBusinessCompany: { rule: 'businessOnly', allowed: 409, body: () => ({ notes: 'changed', ...v0 }) },

  // activities and outcomes
  getActivities: { rule: 'internal', lists: 'activityId' },
  postActivities: {
    rule: 'unitCreate',
    body: (c) => ({ unitId: c.unitId, type: 'trade_promotion', title: 'Hội chợ', startDate: '2025-06-01', endDate: '2025-06-02', engagementId: c.ids.engagementId, outputs: [] }),
    bodyIds: ['engagementId'],
  },
  getActivitiesSummary: { rule: 'internal' },
  getActivitiesFormalism: { rule: 'readsEverything' },
  getActivitiesByActivityId: { rule: 'unitRecord' },
  patchActivitiesByActivityId: { rule: 'unitEdit', allowed: 409, body: () => ({ title: 'changed', ...v0 }) },
  deleteActivitiesByActivityId: { rule: 'unitEdit', allowed: 409, query: `version=${STALE}` },
  getOutcomes: { rule: 'internal', lists: 'outcomeId' },
  postOutcomes: { rule: 'unitCreate', body: (c) => ({ activityId: c.ids.activityId, kind: 'jobs', quantity: 3 }), bodyIds: ['activityId'] },
  getOutcomesTotals: { rule: 'internal' },
  getOutcomesByOutcomeId: { rule: 'unitRecord' },
  patchOutcomesByOutcomeId: { rule: 'unitEdit', allowed: 409, body: () => ({ contactName: 'changed', ...v0 }) },
  deleteOutcomesByOutcomeId: { rule: 'unitEdit', allowed: 409, query: `version=${STALE}` },
  postOutcomesByOutcomeIdConfirmationRequests: { rule: 'unitEdit', allowed: 'passes' },
  getOutcomesByOutcomeIdConfirmationRequestsOpen: { rule: 'unitEdit', note: 'the link itself: for those who may ask for the confirmation' },
  getConfirmationsByToken: { rule: 'public', allowed: 404, note: 'a link is its token: an unknown one is a 404 for everyone' },
  postConfirmationsByToken: { rule: 'public', allowed: 404, body: () => ({ decision: 'confirm' }) },

  // settings, exports
  getSettings: { rule: 'adminOnly' },
  patchSettings: { rule: 'adminOnly', allowed: 409, body: () => v0 },
  getExportsEngagements: { rule: 'internal' },
  getExportsAgreements: { rule: 'internal' },
  getExportsCommitments: { rule: 'internal' },
  getExportsTasks: { rule: 'internal' },
  getExportsActivities: { rule: 'internal' },
  getExportsOutcomes: { rule: 'internal' },
  getExportsPartners: { rule: 'internal' },
  getExportsSupportRequests: { rule: 'signedIn', note: 'like the list: a business user exports its company\'s requests' },
  getExportsIndicatorRecords: { rule: 'internal', query: 'code=agreements.signed' },
  getExportsMarketNotes: { rule: 'signedIn' },

  // indicators, targets, reported values
  getIndicators: { rule: 'internal' },
  getIndicatorsByCode: { rule: 'internal' },
  getIndicatorsByCodeValues: { rule: 'internal' },
  getIndicatorsByCodeRecords: { rule: 'internal' },
  getHistoryByEntityByEntityId: { rule: 'unitRecord', note: 'the mission\'s task: its history goes with reading it' },
  getOrgUnitsByOrgUnitIdRanking: { rule: 'unitRecord', note: 'a unit sees its own place among its peers; another unit\'s answers like a missing one' },
  getTargets: { rule: 'internal' },
  postTargets: { rule: 'hqOnly', body: (c) => ({ indicatorCode: c.ids.code, year: 2000 + (c.n % 50), low: '10' }) },
  getTargetsScorecard: { rule: 'internal', query: 'year=2025' },
  getTargetsById: { rule: 'internal' },
  patchTargetsById: { rule: 'hqOnly', allowed: 409, body: () => ({ low: '11', ...v0 }) },
  deleteTargetsById: { rule: 'hqOnly', allowed: 409, query: `version=${STALE}` },
  getReportedValues: { rule: 'internal' },
  postReportedValues: {
    rule: 'hqOnly',
    body: (c) => ({ indicatorCode: 'macro.gdp_growth', from: `${1900 + (c.n % 100)}-01-01`, to: `${1901 + (c.n % 100)}-01-01`, value: '7.1', source: 'GSO', publishedOn: `${1901 + (c.n % 100)}-01-01` }),
  },
  getReportedValuesTemplateXlsx: { rule: 'hqOnly' },
  postReportedValuesImport: { rule: 'hqOnly', allowed: 'passes', file: workbook },
  getReportedValuesById: { rule: 'internal' },
  patchReportedValuesById: { rule: 'hqOnly', allowed: 409, body: () => ({ value: '7.2', source: 'GSO', publishedOn: '2025-01-07', ...v0 }) },
  deleteReportedValuesById: { rule: 'hqOnly', allowed: 409, query: `version=${STALE}` },

  // reports: the report probed is the mission's own unit report; national, country and commitments reports are HQ's (reports.test.ts)
  getReports: { rule: 'internal', note: "a unit lists its own unit reports only (reports.test.ts)" },
  postReports: { rule: 'unitCreate', allowed: 'ok', body: (c) => ({ template: 'unit_report', period: '2024', language: 'vi', unitId: c.unitId }) },
  getReportsByReportId: { rule: 'unitRecord' },
  patchReportsByReportId: { rule: 'unitEdit', allowed: 'passes', body: () => ({ narrative: { proposals: 'Đề xuất' }, ...v0 }), note: 'the report is still generating: 422, or 409 for the stale version' },
  postReportsByReportIdReview: { rule: 'hqOnly', allowed: 'passes', body: () => v0, note: 'not a draft yet: 422' },
  postReportsByReportIdIssue: { rule: 'hqOnly', allowed: 'passes', body: () => v0, note: 'not reviewed: 422' },
  postReportsByReportIdReturn: { rule: 'hqOnly', allowed: 'passes', body: () => ({ reason: 'Số liệu cần rà soát lại', ...v0 }), note: 'not reviewed: 422' },
  postReportsByReportIdRegenerate: { rule: 'unitEdit', allowed: 'passes', body: () => v0, note: 'still generating: 422, or 409 for the stale version' },
  getReportsByReportIdChanges: { rule: 'unitRecord', allowed: 'passes', note: 'no figures while generating: 422' },
  getReportsByReportIdFilesByFormat: { rule: 'unitRecord', allowed: 'passes', note: 'no figures while generating: 422' },

  // open data
  getPublicDatasets: { rule: 'public' },
  getPublicDatasetsAgreementsJson: { rule: 'public' },
  getPublicDatasetsAgreementsCsv: { rule: 'public' },
  getPublicDatasetsAgreementStatisticsJson: { rule: 'public' },
  getPublicDatasetsAgreementStatisticsCsv: { rule: 'public' },

  // market notes
  getMarketNotes: { rule: 'signedIn' },
  postMarketNotes: { rule: 'unitCreate', body: (c) => ({ kind: 'alert', title: 'Cảnh báo', body: 'Nội dung', classification: 'internal', unitId: c.unitId }) },
  getMarketSubscriptions: { rule: 'signedIn' },
  postMarketSubscriptions: { rule: 'signedIn', body: () => ({ countryCode: 'US' }) },
  deleteMarketSubscriptionsBySubscriptionId: { rule: 'signedIn', own: 'subscription' },
  getMarketNotesByMarketNoteId: { rule: 'sharedRecord', note: 'an internal note of the mission; business users read public notes sent to them' },
  patchMarketNotesByMarketNoteId: { rule: 'sharedEdit', allowed: 409, body: () => ({ title: 'changed', ...v0 }) },
  postMarketNotesByMarketNoteIdPublish: { rule: 'sharedEdit', allowed: 409, body: () => v0 },

  // market-access barriers
  getBarriers: { rule: 'internal', lists: 'barrierId' },
  postBarriers: {
    rule: 'unitCreate',
    body: (c) => ({ title: 'Rào cản', description: 'Mô tả', countryCode: 'US', measureType: 'sps', unitId: c.unitId, milestones: [{ title: 'Bước 1', commitmentId: c.ids.commitmentId }] }),
    bodyIds: ['commitmentId'],
  },
  getBarriersByBarrierId: { rule: 'unitRecord' },
  patchBarriersByBarrierId: { rule: 'unitEdit', allowed: 409, body: () => ({ title: 'changed', ...v0 }) },
  postBarriersByBarrierIdStatus: { rule: 'unitEdit', allowed: 409, body: () => ({ status: 'partly_resolved', effectiveDate: '2025-06-01', note: 'changed', ...v0 }) },

  getSearch: { rule: 'signedIn', query: 'q=matrix' },

  // source documents: national, HQ records them
  getSourceDocuments: { rule: 'internal' },
  postSourceDocuments: {
    rule: 'hqOnly',
    body: (c) => ({ kind: 'conference_conclusions', issuedDate: '2024-12-20', issuer: 'Thủ tướng Chính phủ', title: { vi: `Kết luận ${c.n}`, en: `Conclusions ${c.n}` } }),
  },
  getSourceDocumentsBySourceDocumentId: { rule: 'internal' },
  patchSourceDocumentsBySourceDocumentId: { rule: 'hqOnly', allowed: 409, body: () => ({ issuer: 'changed', ...v0 }) },
  getSourceDocumentsBySourceDocumentIdPromisedVsDelivered: { rule: 'internal' },
  postSourceDocumentsBySourceDocumentIdAttachments: { rule: 'hqOnly', file: pdf },
  getSourceDocumentsBySourceDocumentIdAttachments: { rule: 'internal' },
  getSourceDocumentsBySourceDocumentIdAttachmentsByAttachmentId: { rule: 'internal' },
};
