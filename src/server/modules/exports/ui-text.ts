import enActivities from '../../../web/i18n/en/activities.json' with { type: 'json' };
import enAgreements from '../../../web/i18n/en/agreements.json' with { type: 'json' };
import enCommitments from '../../../web/i18n/en/commitments.json' with { type: 'json' };
import enEngagements from '../../../web/i18n/en/engagements.json' with { type: 'json' };
import enExports from '../../../web/i18n/en/exports.json' with { type: 'json' };
import enIndicators from '../../../web/i18n/en/indicators.json' with { type: 'json' };
import enMarketNotes from '../../../web/i18n/en/marketNotes.json' with { type: 'json' };
import enOutcomes from '../../../web/i18n/en/outcomes.json' with { type: 'json' };
import enPartners from '../../../web/i18n/en/partners.json' with { type: 'json' };
import enSupportRequests from '../../../web/i18n/en/supportRequests.json' with { type: 'json' };
import enTasks from '../../../web/i18n/en/tasks.json' with { type: 'json' };
import viActivities from '../../../web/i18n/vi/activities.json' with { type: 'json' };
import viAgreements from '../../../web/i18n/vi/agreements.json' with { type: 'json' };
import viCommitments from '../../../web/i18n/vi/commitments.json' with { type: 'json' };
import viEngagements from '../../../web/i18n/vi/engagements.json' with { type: 'json' };
import viExports from '../../../web/i18n/vi/exports.json' with { type: 'json' };
import viIndicators from '../../../web/i18n/vi/indicators.json' with { type: 'json' };
import viMarketNotes from '../../../web/i18n/vi/marketNotes.json' with { type: 'json' };
import viOutcomes from '../../../web/i18n/vi/outcomes.json' with { type: 'json' };
import viPartners from '../../../web/i18n/vi/partners.json' with { type: 'json' };
import viSupportRequests from '../../../web/i18n/vi/supportRequests.json' with { type: 'json' };
import viTasks from '../../../web/i18n/vi/tasks.json' with { type: 'json' };

export type Language = 'vi' | 'en';

/** The web app's own wording, so an exported file reads as the screen it came from. */
const TEXT: Record<Language, Record<string, unknown>> = {
  vi: { activities: viActivities, agreements: viAgreements, commitments: viCommitments, engagements: viEngagements, exports: viExports, indicators: viIndicators, marketNotes: viMarketNotes, outcomes: viOutcomes, partners: viPartners, supportRequests: viSupportRequests, tasks: viTasks },
  en: { activities: enActivities, agreements: enAgreements, commitments: enCommitments, engagements: enEngagements, exports: enExports, indicators: enIndicators, marketNotes: enMarketNotes, outcomes: enOutcomes, partners: enPartners, supportRequests: enSupportRequests, tasks: enTasks },
};

/** The text at a dotted key (`agreements.kinds.mou`), or the fallback when there is none. */
export function uiText(lang: Language, key: string, fallback = key): string {
  let node: unknown = TEXT[lang];
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : fallback;
}
