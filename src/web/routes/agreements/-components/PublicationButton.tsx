import { Button } from '@mantine/core';
import { IconWorldUpload, IconWorldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../shared/schemas/agreements.js';
import { notifyError } from '../../../lib/errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSetPublication } from '../-api.js';

/** HQ publishes a signed agreement on the open-data page, or withdraws it. */
export function PublicationButton({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const publication = useSetPublication(agreement.id);
  const published = agreement.publishedAt !== null;
  const Icon = published ? IconWorldX : IconWorldUpload;
  return (
    <Button
      variant="default"
      leftSection={<Icon size={16} aria-hidden />}
      loading={publication.isPending}
      onClick={() =>
        publication.mutate(
          { published: !published, version: agreement.version },
          {
            onSuccess: () => notifySuccess(t, t(published ? 'agreements.publication.withdrawn' : 'agreements.publication.done')),
            onError: (error) => notifyError(t, error),
          },
        )
      }
    >
      {t(published ? 'agreements.publication.withdraw' : 'agreements.publication.publish')}
    </Button>
  );
}
