import type { Executor } from '../db/client.js';
import { commitmentCoOwners, commitments, dueDateChanges, engagementPartners, engagements, partners, tasks } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';

/**
 * Direct-insert builders for engagements, commitments and tasks, for tests of features that read them
 * (dashboard, reminders, inbox) without going through the modules that write them.
 */
export function implementationFixtures(db: Executor) {
  let sequence = 0;
  const next = () => (sequence += 1);
  return {
    partner: async (values: { nameEn?: string; kind?: string } = {}) => {
      const n = next();
      const [row] = await db
        .insert(partners)
        .values({ id: newId(), kind: values.kind ?? 'foreign_company', code: `TP-${n}-${newId().slice(-6)}`, nameVi: values.nameEn ?? `Đối tác ${n}`, nameEn: values.nameEn ?? `Partner ${n}` })
        .returning();
      return row!;
    },

    engagement: async (values: { leadUnitId: string; startDate?: string; partnerIds?: string[]; title?: string }) => {
      const n = next();
      const startDate = values.startDate ?? '2025-03-01';
      const [row] = await db
        .insert(engagements)
        .values({
          id: newId(),
          titleVi: values.title ?? `Chuyến thăm ${n}`,
          titleEn: values.title ?? `Visit ${n}`,
          type: 'official_visit_abroad',
          leaderName: 'Phạm Minh Chính',
          leaderLevel: 'prime_minister',
          startDate,
          endDate: startDate,
          leadUnitId: values.leadUnitId,
        })
        .returning();
      for (const partnerId of values.partnerIds ?? []) await db.insert(engagementPartners).values({ engagementId: row!.id, partnerId });
      return row!;
    },

    commitment: async (values: { ownerUnitId: string; engagementId: string; dueDate?: string | null; status?: string; fields?: string[]; coOwnerIds?: string[]; title?: string }) => {
      const [row] = await db
        .insert(commitments)
        .values({
          id: newId(),
          title: values.title ?? `Commitment ${next()}`,
          engagementId: values.engagementId,
          ownerUnitId: values.ownerUnitId,
          dueDate: values.dueDate ?? null,
          status: values.status ?? 'open',
          fields: values.fields ?? [],
        })
        .returning();
      for (const unitId of values.coOwnerIds ?? []) await db.insert(commitmentCoOwners).values({ commitmentId: row!.id, unitId });
      return row!;
    },

    task: async (values: { responsibleUnitId: string; assigningUnitId: string; dueDate: string; commitmentId?: string; status?: string; slipCount?: number; title?: string; originalDueDate?: string }) => {
      const n = next();
      const [row] = await db
        .insert(tasks)
        .values({
          id: newId(),
          commitmentId: values.commitmentId ?? null,
          title: values.title ?? `Task ${n}`,
          objective: 'Objective',
          responsibleUnitId: values.responsibleUnitId,
          responsiblePerson: 'Counsellor',
          assigningUnitId: values.assigningUnitId,
          accountableTo: 'Head of mission',
          checkedBy: 'MOFA economic department',
          expectedOutput: 'Report',
          expectedOutcome: 'Outcome',
          startDate: '2024-01-01',
          dueDate: values.dueDate,
          originalDueDate: values.originalDueDate ?? values.dueDate,
          slipCount: values.slipCount ?? 0,
          status: values.status ?? 'on_track',
        })
        .returning();
      return row!;
    },

    dueDateChange: async (values: { taskId: string; fromDate: string; toDate: string; decision?: string }) => {
      const [row] = await db
        .insert(dueDateChanges)
        .values({ id: newId(), taskId: values.taskId, fromDate: values.fromDate, toDate: values.toDate, reason: 'Partner postponed the meeting', decision: values.decision ?? 'pending' })
        .returning();
      return row!;
    },
  };
}
