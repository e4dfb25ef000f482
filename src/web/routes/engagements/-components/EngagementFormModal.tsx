import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  ENGAGEMENT_TYPES,
  EngagementInput,
  EngagementUpdate,
  LEADER_LEVELS,
  type Engagement,
  type EngagementType,
  type LeaderLevel,
} from '../../../../shared/schemas/engagements.js';
import { AppModal } from '../../../components/AppModal.js';
import { ConflictAlert } from '../../../components/ConflictAlert.js';
import { LatestVersion, useSaveState } from '../../../components/edit-form.js';
import { DateInput } from '../../../components/DateInput.js';
import { FormError } from '../../../components/FormError.js';
import { NumberInput } from '../../../components/NumberInput.js';
import { useMe } from '../../../components/me-context.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { CountryMultiSelect, OrgUnitMultiPicker, PartnerMultiPicker } from '../../../components/pickers.js';
import { zodValidate } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { engagementQuery, useCreateEngagement, useUpdateEngagement } from '../-api.js';

interface Values {
  title: { vi: string; en: string };
  type: EngagementType;
  leaderName: string;
  leaderLevel: LeaderLevel;
  startDate: string;
  endDate: string;
  countryCodes: string[];
  partnerIds: string[];
  leadUnitId: string | null;
  participatingUnitIds: string[];
  summary: string;
  /** Typed digits; '' for none. */
  missionsAttending: string;
  provincesAttending: string;
}

const toValues = (e: Engagement): Values => ({
  title: e.title,
  type: e.type,
  leaderName: e.leader.name,
  leaderLevel: e.leader.level,
  startDate: e.startDate,
  endDate: e.endDate,
  countryCodes: e.countryCodes,
  partnerIds: e.partners.map((p) => p.id),
  leadUnitId: e.leadUnit.id,
  participatingUnitIds: e.participatingUnits.map((u) => u.id),
  summary: e.summary ?? '',
  missionsAttending: e.missionsAttending === null ? '' : String(e.missionsAttending),
  provincesAttending: e.provincesAttending === null ? '' : String(e.provincesAttending),
});

const count = (text: string) => (text.trim() === '' ? null : Number(text));
const toInput = (v: Values) => ({
  ...v,
  summary: v.summary.trim() === '' ? null : v.summary,
  // Attendance is a conference's; another type keeps none.
  missionsAttending: v.type === 'conference' ? count(v.missionsAttending) : null,
  provincesAttending: v.type === 'conference' ? count(v.provincesAttending) : null,
});

/** Creates an engagement (no `engagementId`) or edits one (always from its latest version). */
export function EngagementFormModal({ opened, onClose, engagementId }: { opened: boolean; onClose: () => void; engagementId?: string }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t(engagementId ? 'engagements.edit.title' : 'engagements.create.title')} size="xl">
      {opened ? engagementId ? <LatestVersion options={engagementQuery(engagementId)} lines={8}>{(engagement) => <EngagementForm engagement={engagement} onClose={onClose} />}</LatestVersion> : <EngagementForm onClose={onClose} /> : null}
    </AppModal>
  );
}

function EngagementForm({ engagement, onClose }: { engagement?: Engagement; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateEngagement();
  const update = useUpdateEngagement(engagement?.id ?? '');
  const save = useSaveState(engagement, (latest) => queryClient.fetchQuery({ ...engagementQuery(latest.id), staleTime: 0 }), toValues);
  const { original } = save;
  const form = useForm<Values>({
    initialValues: engagement
      ? toValues(engagement)
      : {
          title: { vi: '', en: '' },
          type: 'official_visit_abroad',
          leaderName: '',
          leaderLevel: 'prime_minister',
          startDate: '',
          endDate: '',
          countryCodes: [],
          partnerIds: [],
          leadUnitId: me.user.unit?.id ?? null,
          participatingUnitIds: [],
          summary: '',
          missionsAttending: '',
          provincesAttending: '',
        },
    validate: zodValidate(t, EngagementInput, toInput),
  });

  const submit = form.onSubmit((values) => {
    save.start();
    const onError = save.fail(form);
    if (original) {
      update.mutate(EngagementUpdate.parse({ ...toInput(values), version: original.version }), {
        onSuccess: () => {
          notifySuccess(t, t('engagements.edit.done'));
          onClose();
        },
        onError,
      });
      return;
    }
    create.mutate(EngagementInput.parse(toInput(values)), {
      onSuccess: (saved) => {
        notifySuccess(t, t('engagements.create.done'));
        onClose();
        void navigate({ to: '/engagements/$engagementId', params: { engagementId: saved.id } });
      },
      onError,
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ConflictAlert show={save.conflict} />
        <FormError message={save.formError} />
        <TextInput label={t('engagements.fields.titleVi')} required lang="vi" {...form.getInputProps('title.vi')} />
        <TextInput label={t('engagements.fields.titleEn')} required lang="en" {...form.getInputProps('title.en')} />
        <NativeSelect
          label={t('engagements.fields.type')}
          required
          data={ENGAGEMENT_TYPES.map((type) => ({ value: type, label: t(`engagements.types.${type}`) }))}
          {...form.getInputProps('type')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('engagements.fields.leaderName')} required {...form.getInputProps('leaderName')} />
          <NativeSelect
            label={t('engagements.fields.leaderLevel')}
            required
            data={LEADER_LEVELS.map((level) => ({ value: level, label: t(`engagements.levels.${level}`) }))}
            {...form.getInputProps('leaderLevel')}
          />
          <DateInput label={t('engagements.fields.startDate')} required {...form.getInputProps('startDate')} />
          <DateInput label={t('engagements.fields.endDate')} required {...form.getInputProps('endDate')} />
        </SimpleGrid>
        {form.values.type === 'conference' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput label={t('engagements.fields.missionsAttending')} maxDecimals={0} {...form.getInputProps('missionsAttending')} />
            <NumberInput label={t('engagements.fields.provincesAttending')} maxDecimals={0} {...form.getInputProps('provincesAttending')} />
          </SimpleGrid>
        ) : null}
        <CountryMultiSelect label={t('engagements.fields.countries')} {...form.getInputProps('countryCodes')} />
        <PartnerMultiPicker label={t('engagements.fields.partners')} initialPartners={original?.partners} {...form.getInputProps('partnerIds')} />
        <OrgUnitPicker label={t('engagements.fields.leadUnit')} required initialUnit={original?.leadUnit ?? me.user.unit} {...form.getInputProps('leadUnitId')} />
        <OrgUnitMultiPicker
          label={t('engagements.fields.participatingUnits')}
          initialUnits={original?.participatingUnits}
          {...form.getInputProps('participatingUnitIds')}
        />
        <Textarea label={t('engagements.fields.summary')} autosize minRows={3} maxRows={10} {...form.getInputProps('summary')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(original ? 'common.save' : 'engagements.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
