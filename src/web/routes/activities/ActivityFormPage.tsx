import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/schemas/activities.js';
import { useMe } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { isApiError } from '../../lib/api.js';
import { notifySuccess } from '../../lib/notify.js';
import { activityQuery, useCreateActivity, useUpdateActivity } from './-api.js';
import { ActivityForm, activityBody, activityValues, emptyActivityValues, type ActivityBody } from './-components/ActivityForm.js';

/** HQ records activities for any unit; everyone else for their own. */
export function useChoosesUnit(): boolean {
  const me = useMe();
  return me.abilities['activities.chooseUnit'] ?? (me.user.role === 'admin' || me.user.role === 'hq_coordinator');
}

export function ActivityCreatePage({ supportRequestId }: { supportRequestId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateActivity();
  const chooseUnit = useChoosesUnit();
  return (
    <Page title={t('activities.create.title')} subtitle={t('activities.create.subtitle')}>
      <ActivityForm
        initialValues={emptyActivityValues({ supportRequestId: supportRequestId ?? null })}
        chooseUnit={chooseUnit}
        submitLabel={t('activities.create.submit')}
        pending={create.isPending}
        onCancel={() => void navigate({ to: '/activities' })}
        onSubmit={(body) =>
          create.mutateAsync(body).then((activity) => {
            notifySuccess(t, t('activities.create.done'));
            return navigate({ to: '/activities/$activityId', params: { activityId: activity.id } });
          })
        }
      />
    </Page>
  );
}

export function ActivityEditPage({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  // Always edit the latest version.
  const query = useQuery({ ...activityQuery(activityId), staleTime: 0 });
  if (query.isPending || query.isError) {
    return (
      <Page title={t('activities.edit.title')}>
        {query.isPending ? <Loading lines={10} /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      </Page>
    );
  }
  return <ActivityEditView activity={query.data} />;
}

/** Only the fields that changed, so the audit log shows the real edit. */
function changedFields(body: ActivityBody, original: ActivityBody): Partial<ActivityBody> {
  const result: Partial<ActivityBody> = {};
  for (const key of Object.keys(body) as (keyof ActivityBody)[]) {
    if (JSON.stringify(body[key]) !== JSON.stringify(original[key])) Object.assign(result, { [key]: body[key] });
  }
  return result;
}

function ActivityEditView({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdateActivity(activity.id);
  const [original, setOriginal] = useState(activity);
  const [conflict, setConflict] = useState(false);
  const toDetail = () => navigate({ to: '/activities/$activityId', params: { activityId: activity.id } });

  return (
    <Page title={t('activities.edit.title')} subtitle={original.title}>
      <ActivityForm
        // A reload after a conflict starts the form again from the latest version.
        key={original.version}
        initial={original}
        initialValues={activityValues(original)}
        chooseUnit={false}
        conflict={conflict}
        submitLabel={t('common.save')}
        pending={update.isPending}
        onCancel={() => void toDetail()}
        onSubmit={async (body) => {
          setConflict(false);
          const changed = changedFields(body, activityBody(activityValues(original)));
          if (Object.keys(changed).length === 0) return toDetail();
          try {
            await update.mutateAsync({ ...changed, version: original.version });
          } catch (error) {
            if (isApiError(error, 'conflict')) {
              const latest = await queryClient.fetchQuery({ ...activityQuery(activity.id), staleTime: 0 });
              setOriginal(latest);
              setConflict(true);
            }
            throw error;
          }
          notifySuccess(t, t('activities.edit.done'));
          return toDetail();
        }}
      />
    </Page>
  );
}
