/** The task statuses that end a task, and those that deliver it; dashboard.repo.ts turns them into SQL. */
export const CLOSED_TASK_STATUSES = ['completed', 'completed_with_changes', 'not_pursued'] as const;
export const DONE_TASK_STATUSES = ['completed', 'completed_with_changes'] as const;
