import type { Locale } from '../../../shared/schemas/users.js';
import type { NOTICE_KINDS } from '../../../shared/schemas/notifications.js';

/** A name as the records keep it, in both languages. */
export interface Names {
  vi: string;
  en: string;
}

export interface TaskNoticeFacts {
  taskTitle: string;
  dueDate: string;
  responsibleUnit: Names;
  /** Days left (due soon) or days past the due date (overdue). */
  days: number;
}

interface DueDateFacts {
  taskTitle: string;
  fromDate: string;
  toDate: string;
  responsibleUnit: Names;
  note: string | null;
}

interface SupportRequestFacts {
  title: string;
  requester: Names;
  targetUnit: Names;
  answer: string | null;
}

interface SubmissionFacts {
  periodId: string;
  period: Names;
  unit: Names;
  comment: string | null;
}

interface MarketNoteFacts {
  title: string;
  /** market_report, sector_brief or alert. */
  noteKind: string;
  countryCode: string | null;
  unit: Names;
}

interface ConfirmationFacts {
  activityId: string;
  activityTitle: string;
  business: string | null;
  note: string | null;
}

/**
 * What each kind of notice says, by kind. A notification stores its kind and these facts, and is worded when
 * read, in the reader's language; an e-mail is worded once, in the recipient's language when it is sent.
 */
export interface NoticeFacts {
  'task.assigned': { taskTitle: string; dueDate: string; assigningUnit: Names };
  'task.due_soon': TaskNoticeFacts;
  'task.overdue': TaskNoticeFacts;
  'due_date_change.requested': DueDateFacts;
  'due_date_change.approved': DueDateFacts;
  'due_date_change.rejected': DueDateFacts;
  'support_request.created': SupportRequestFacts;
  'support_request.accepted': SupportRequestFacts;
  'support_request.declined': SupportRequestFacts;
  'support_request.answered': SupportRequestFacts;
  'support_request.closed': SupportRequestFacts;
  'period.reminder': { period: Names; unit: Names; dueDate: string | null };
  'period_submission.approved': SubmissionFacts;
  'period_submission.returned': SubmissionFacts;
  'period_submission.reopened': SubmissionFacts;
  'outcome.confirmed': ConfirmationFacts;
  'outcome.corrected': ConfirmationFacts;
  'outcome.denied': ConfirmationFacts;
  'market_note.published': MarketNoteFacts;
}
export type NoticeKind = keyof NoticeFacts;

/** The shared list people choose deliveries from names exactly the kinds worded here (a compile error otherwise). */
export type NoticeKindsAgree = [NoticeKind, (typeof NOTICE_KINDS)[number]] extends [(typeof NOTICE_KINDS)[number], NoticeKind] ? true : never;
export const NOTICE_KINDS_AGREE: NoticeKindsAgree = true;
export type TaskNoticeKind = 'task.due_soon' | 'task.overdue';

export interface Message {
  title: string;
  body: string;
}

const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date as people read it: 05/03/2026 in Vietnamese, 5 Mar 2026 in English. */
export const formatDay = (day: string, locale: Locale): string => DATE_FORMATS[locale].format(new Date(`${day}T00:00:00Z`));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const withNote = (body: string, label: string, note: string | null) => (note ? `${body} ${label}: ${note}` : body);

type Templates = { [K in NoticeKind]: Record<Locale, (facts: NoticeFacts[K], day: (iso: string) => string) => Message> };

const NOTE_KINDS: Record<Locale, Record<string, string>> = {
  vi: { market_report: 'Báo cáo thị trường', sector_brief: 'Thông tin ngành', alert: 'Cảnh báo' },
  en: { market_report: 'Market report', sector_brief: 'Sector brief', alert: 'Alert' },
};

const TEMPLATES: Templates = {
  'task.assigned': {
    vi: (f, day) => ({
      title: `Nhiệm vụ mới: "${f.taskTitle}"`,
      body: `${f.assigningUnit.vi} giao cho đơn vị nhiệm vụ "${f.taskTitle}", hạn ngày ${day(f.dueDate)}. Đề nghị xem chi tiết và cập nhật tiến độ trên hệ thống.`,
    }),
    en: (f, day) => ({
      title: `New task: "${f.taskTitle}"`,
      body: `${f.assigningUnit.en} assigned your unit the task "${f.taskTitle}", due on ${day(f.dueDate)}. Please read it and keep its progress up to date.`,
    }),
  },
  'task.due_soon': {
    vi: (f, day) => ({
      title: `Nhắc hạn: nhiệm vụ "${f.taskTitle}" đến hạn ngày ${day(f.dueDate)}`,
      body: `Nhiệm vụ "${f.taskTitle}" do ${f.responsibleUnit.vi} chủ trì đến hạn ngày ${day(f.dueDate)} (còn ${f.days} ngày). Đề nghị cập nhật tiến độ và kết quả trên hệ thống.`,
    }),
    en: (f, day) => ({
      title: `Reminder: task "${f.taskTitle}" is due on ${day(f.dueDate)}`,
      body: `The task "${f.taskTitle}" led by ${f.responsibleUnit.en} is due on ${day(f.dueDate)} (${plural(f.days, 'day', 'days')} left). Please update its progress and results.`,
    }),
  },
  'task.overdue': {
    vi: (f, day) => ({
      title: `Quá hạn: nhiệm vụ "${f.taskTitle}"`,
      body: `Nhiệm vụ "${f.taskTitle}" do ${f.responsibleUnit.vi} chủ trì đã quá hạn ${f.days} ngày (hạn ngày ${day(f.dueDate)}). Đề nghị đôn đốc và báo cáo.`,
    }),
    en: (f, day) => ({
      title: `Overdue: task "${f.taskTitle}"`,
      body: `The task "${f.taskTitle}" led by ${f.responsibleUnit.en} is ${plural(f.days, 'day', 'days')} overdue (due on ${day(f.dueDate)}). Please follow up and report.`,
    }),
  },
  'due_date_change.requested': {
    vi: (f, day) => ({
      title: `Đề nghị gia hạn: "${f.taskTitle}"`,
      body: withNote(`${f.responsibleUnit.vi} đề nghị chuyển hạn nhiệm vụ "${f.taskTitle}" từ ngày ${day(f.fromDate)} sang ngày ${day(f.toDate)}. Đề nghị xem xét, quyết định.`, 'Lý do', f.note),
    }),
    en: (f, day) => ({
      title: `Due-date change requested: "${f.taskTitle}"`,
      body: withNote(`${f.responsibleUnit.en} asks to move the task "${f.taskTitle}" from ${day(f.fromDate)} to ${day(f.toDate)}. Please decide.`, 'Reason', f.note),
    }),
  },
  'due_date_change.approved': {
    vi: (f, day) => ({
      title: `Đồng ý gia hạn: "${f.taskTitle}"`,
      body: withNote(`Đề nghị chuyển hạn nhiệm vụ "${f.taskTitle}" sang ngày ${day(f.toDate)} đã được đồng ý (hạn cũ ${day(f.fromDate)}).`, 'Ghi chú', f.note),
    }),
    en: (f, day) => ({
      title: `Due-date change approved: "${f.taskTitle}"`,
      body: withNote(`The task "${f.taskTitle}" is now due on ${day(f.toDate)} (was ${day(f.fromDate)}).`, 'Note', f.note),
    }),
  },
  'due_date_change.rejected': {
    vi: (f, day) => ({
      title: `Không đồng ý gia hạn: "${f.taskTitle}"`,
      body: withNote(`Đề nghị chuyển hạn nhiệm vụ "${f.taskTitle}" sang ngày ${day(f.toDate)} không được đồng ý; hạn vẫn là ngày ${day(f.fromDate)}.`, 'Ghi chú', f.note),
    }),
    en: (f, day) => ({
      title: `Due-date change rejected: "${f.taskTitle}"`,
      body: withNote(`The request to move the task "${f.taskTitle}" to ${day(f.toDate)} was rejected; it stays due on ${day(f.fromDate)}.`, 'Note', f.note),
    }),
  },
  'support_request.created': {
    vi: (f) => ({ title: `Đề nghị hỗ trợ mới: "${f.title}"`, body: `${f.requester.vi} đề nghị ${f.targetUnit.vi} hỗ trợ: "${f.title}". Đề nghị xem và trả lời.` }),
    en: (f) => ({ title: `New support request: "${f.title}"`, body: `${f.requester.en} asks ${f.targetUnit.en} for support: "${f.title}". Please read and answer it.` }),
  },
  'support_request.accepted': {
    vi: (f) => ({ title: `Đề nghị hỗ trợ được tiếp nhận: "${f.title}"`, body: withNote(`${f.targetUnit.vi} đã tiếp nhận đề nghị "${f.title}".`, 'Ghi chú', f.answer) }),
    en: (f) => ({ title: `Support request accepted: "${f.title}"`, body: withNote(`${f.targetUnit.en} accepted the request "${f.title}".`, 'Note', f.answer) }),
  },
  'support_request.declined': {
    vi: (f) => ({ title: `Đề nghị hỗ trợ bị từ chối: "${f.title}"`, body: withNote(`${f.targetUnit.vi} từ chối đề nghị "${f.title}".`, 'Lý do', f.answer) }),
    en: (f) => ({ title: `Support request declined: "${f.title}"`, body: withNote(`${f.targetUnit.en} declined the request "${f.title}".`, 'Reason', f.answer) }),
  },
  'support_request.answered': {
    vi: (f) => ({ title: `Đề nghị hỗ trợ đã được trả lời: "${f.title}"`, body: withNote(`${f.targetUnit.vi} đã trả lời đề nghị "${f.title}".`, 'Trả lời', f.answer) }),
    en: (f) => ({ title: `Support request answered: "${f.title}"`, body: withNote(`${f.targetUnit.en} answered the request "${f.title}".`, 'Answer', f.answer) }),
  },
  'support_request.closed': {
    vi: (f) => ({ title: `Đề nghị hỗ trợ đã đóng: "${f.title}"`, body: `${f.requester.vi} đã đóng đề nghị "${f.title}".` }),
    en: (f) => ({ title: `Support request closed: "${f.title}"`, body: `${f.requester.en} closed the request "${f.title}".` }),
  },
  'period.reminder': {
    vi: (f, day) => ({
      title: `Nhắc nộp báo cáo ${f.period.vi}`,
      body: `${f.unit.vi} chưa nộp báo cáo ${f.period.vi}${f.dueDate ? ` (hạn ngày ${day(f.dueDate)})` : ''}. Đề nghị cập nhật hoạt động, kết quả trong kỳ và nộp báo cáo.`,
    }),
    en: (f, day) => ({
      title: `Reminder: submit the ${f.period.en} report`,
      body: `${f.unit.en} has not yet submitted its report for ${f.period.en}${f.dueDate ? `, due on ${day(f.dueDate)}` : ''}. Please record the period's activities and outcomes and submit the report.`,
    }),
  },
  'period_submission.approved': {
    vi: (f) => ({ title: `Báo cáo ${f.period.vi} đã được duyệt`, body: `Báo cáo ${f.period.vi} của ${f.unit.vi} đã được duyệt; số liệu trong kỳ được khóa.` }),
    en: (f) => ({ title: `${f.period.en} report approved`, body: `The ${f.period.en} report of ${f.unit.en} was approved; the period's records are now locked.` }),
  },
  'period_submission.returned': {
    vi: (f) => ({ title: `Báo cáo ${f.period.vi} bị trả lại`, body: withNote(`Báo cáo ${f.period.vi} của ${f.unit.vi} được trả lại để chỉnh sửa và nộp lại.`, 'Ý kiến', f.comment) }),
    en: (f) => ({ title: `${f.period.en} report returned`, body: withNote(`The ${f.period.en} report of ${f.unit.en} was returned for changes; please edit and submit it again.`, 'Comment', f.comment) }),
  },
  'period_submission.reopened': {
    vi: (f) => ({ title: `Báo cáo ${f.period.vi} được mở lại`, body: withNote(`Báo cáo ${f.period.vi} của ${f.unit.vi} được mở lại để chỉnh sửa và nộp lại.`, 'Lý do', f.comment) }),
    en: (f) => ({ title: `${f.period.en} report reopened`, body: withNote(`The ${f.period.en} report of ${f.unit.en} was reopened for changes; please edit and submit it again.`, 'Reason', f.comment) }),
  },
  'outcome.confirmed': {
    vi: (f) => ({ title: `Doanh nghiệp xác nhận kết quả: "${f.activityTitle}"`, body: withNote(`${f.business ?? 'Doanh nghiệp'} đã xác nhận kết quả báo cáo của hoạt động "${f.activityTitle}".`, 'Ghi chú', f.note) }),
    en: (f) => ({ title: `Business confirmed a result: "${f.activityTitle}"`, body: withNote(`${f.business ?? 'The business'} confirmed the reported result of "${f.activityTitle}".`, 'Note', f.note) }),
  },
  'outcome.corrected': {
    vi: (f) => ({ title: `Doanh nghiệp điều chỉnh kết quả: "${f.activityTitle}"`, body: withNote(`${f.business ?? 'Doanh nghiệp'} đã điều chỉnh số liệu kết quả của hoạt động "${f.activityTitle}"; số liệu điều chỉnh được dùng để tổng hợp.`, 'Ghi chú', f.note) }),
    en: (f) => ({ title: `Business corrected a result: "${f.activityTitle}"`, body: withNote(`${f.business ?? 'The business'} corrected the figure of a result of "${f.activityTitle}"; the corrected figure now counts.`, 'Note', f.note) }),
  },
  'outcome.denied': {
    vi: (f) => ({ title: `Doanh nghiệp bác bỏ kết quả: "${f.activityTitle}"`, body: withNote(`${f.business ?? 'Doanh nghiệp'} bác bỏ kết quả báo cáo của hoạt động "${f.activityTitle}"; kết quả không được tính.`, 'Ghi chú', f.note) }),
    en: (f) => ({ title: `Business denied a result: "${f.activityTitle}"`, body: withNote(`${f.business ?? 'The business'} denied the reported result of "${f.activityTitle}"; it no longer counts.`, 'Note', f.note) }),
  },
  'market_note.published': {
    vi: (f) => ({ title: `${NOTE_KINDS.vi[f.noteKind] ?? f.noteKind}: "${f.title}"`, body: `${f.unit.vi} vừa đăng ${(NOTE_KINDS.vi[f.noteKind] ?? f.noteKind).toLowerCase()} "${f.title}" theo chủ đề anh/chị đăng ký theo dõi.` }),
    en: (f) => ({ title: `${NOTE_KINDS.en[f.noteKind] ?? f.noteKind}: "${f.title}"`, body: `${f.unit.en} published the ${(NOTE_KINDS.en[f.noteKind] ?? f.noteKind).toLowerCase()} "${f.title}" on a topic you follow.` }),
  },
};

export const isNoticeKind = (kind: string): kind is NoticeKind => Object.hasOwn(TEMPLATES, kind);

/** A notice worded in `locale`. */
export const renderNotice = <K extends NoticeKind>(kind: K, locale: Locale, facts: NoticeFacts[K]): Message =>
  TEMPLATES[kind][locale](facts, (iso) => formatDay(iso, locale));

/** The notice the reminders send about a task, in the recipient's language. */
export const renderTaskNotice = (kind: TaskNoticeKind, locale: Locale, facts: TaskNoticeFacts) => renderNotice(kind, locale, facts);

/** The page of the app that shows a notice's record (an outcome on its activity's page, a submission under its period). */
export function recordPath(entity: string | null, entityId: string | null, facts: unknown): string | null {
  if (!entity || !entityId) return null;
  const fact = (name: string) => (typeof facts === 'object' && facts !== null && name in facts ? String((facts as Record<string, unknown>)[name]) : null);
  switch (entity) {
    case 'task':
      return `/tasks/${entityId}`;
    case 'support_request':
      return `/support-requests/${entityId}`;
    case 'reporting_period':
      return `/periods/${entityId}`;
    case 'period_submission':
      return fact('periodId') ? `/periods/${fact('periodId')}/submissions/${entityId}` : null;
    case 'market_note':
      return `/market-notes/${entityId}`;
    case 'outcome':
      return fact('activityId') ? `/activities/${fact('activityId')}` : null;
    default:
      return null;
  }
}
