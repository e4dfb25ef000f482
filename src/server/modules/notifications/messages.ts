import type { Locale } from '../../../shared/schemas/users.js';

export type TaskNoticeKind = 'task.due_soon' | 'task.overdue';

export interface TaskNoticeFacts {
  taskTitle: string;
  dueDate: string;
  responsibleUnit: { vi: string; en: string };
  /** Days left (due soon) or days past the due date (overdue). */
  days: number;
}

const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date as people read it: 05/03/2026 in Vietnamese, 5 Mar 2026 in English. */
export const formatDay = (day: string, locale: Locale): string => DATE_FORMATS[locale].format(new Date(`${day}T00:00:00Z`));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TEMPLATES: Record<TaskNoticeKind, Record<Locale, (f: TaskNoticeFacts, date: string) => { title: string; body: string }>> = {
  'task.due_soon': {
    vi: (f, date) => ({
      title: `Nhắc hạn: nhiệm vụ "${f.taskTitle}" đến hạn ngày ${date}`,
      body: `Nhiệm vụ "${f.taskTitle}" do ${f.responsibleUnit.vi} chủ trì đến hạn ngày ${date} (còn ${f.days} ngày). Đề nghị cập nhật tiến độ và kết quả trên hệ thống.`,
    }),
    en: (f, date) => ({
      title: `Reminder: task "${f.taskTitle}" is due on ${date}`,
      body: `The task "${f.taskTitle}" led by ${f.responsibleUnit.en} is due on ${date} (${plural(f.days, 'day', 'days')} left). Please update its progress and results.`,
    }),
  },
  'task.overdue': {
    vi: (f, date) => ({
      title: `Quá hạn: nhiệm vụ "${f.taskTitle}"`,
      body: `Nhiệm vụ "${f.taskTitle}" do ${f.responsibleUnit.vi} chủ trì đã quá hạn ${f.days} ngày (hạn ngày ${date}). Đề nghị đôn đốc và báo cáo.`,
    }),
    en: (f, date) => ({
      title: `Overdue: task "${f.taskTitle}"`,
      body: `The task "${f.taskTitle}" led by ${f.responsibleUnit.en} is ${plural(f.days, 'day', 'days')} overdue (due on ${date}). Please follow up and report.`,
    }),
  },
};

/** The notification's title and body in the recipient's language. */
export const renderTaskNotice = (kind: TaskNoticeKind, locale: Locale, facts: TaskNoticeFacts) =>
  TEMPLATES[kind][locale](facts, formatDay(facts.dueDate, locale));
