import enActivities from '../../../web/i18n/en/activities.json' with { type: 'json' };
import enAgreements from '../../../web/i18n/en/agreements.json' with { type: 'json' };
import enEngagements from '../../../web/i18n/en/engagements.json' with { type: 'json' };
import enOutcomes from '../../../web/i18n/en/outcomes.json' with { type: 'json' };
import viActivities from '../../../web/i18n/vi/activities.json' with { type: 'json' };
import viAgreements from '../../../web/i18n/vi/agreements.json' with { type: 'json' };
import viEngagements from '../../../web/i18n/vi/engagements.json' with { type: 'json' };
import viOutcomes from '../../../web/i18n/vi/outcomes.json' with { type: 'json' };
import type { ImportOption } from './imports.columns.js';

type Labels = Record<string, string>;

/** The codes with the labels the web app shows for them, so a template's drop-downs read as the screens do. */
const labelled = (codes: readonly string[], vi: Labels, en: Labels): ImportOption[] => codes.map((code) => ({ code, label: { vi: vi[code] ?? code, en: en[code] ?? code } }));

export const optionLabels = {
  engagementTypes: (codes: readonly string[]) => labelled(codes, viEngagements.types, enEngagements.types),
  leaderLevels: (codes: readonly string[]) => labelled(codes, viEngagements.levels, enEngagements.levels),
  agreementKinds: (codes: readonly string[]) => labelled(codes, viAgreements.kinds, enAgreements.kinds),
  agreementStatuses: (codes: readonly string[]) => labelled(codes, viAgreements.statuses, enAgreements.statuses),
  renewals: (codes: readonly string[]) => labelled(codes, viAgreements.renewals, enAgreements.renewals),
  activityTypes: (codes: readonly string[]) => labelled(codes, viActivities.types, enActivities.types),
  outcomeKinds: (codes: readonly string[]) => labelled(codes, viOutcomes.kinds, enOutcomes.kinds),
};
