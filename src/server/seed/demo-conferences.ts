import { SYSTEM_ACTOR, type Actor } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { createdByOf } from '../modules/engagements/engagements.refs.js';
import { engagementsRepo } from '../modules/engagements/engagements.repo.js';
import { insertEngagement } from '../modules/engagements/engagements.service.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';
import { sourceDocumentsRepo } from '../modules/source-documents/source-documents.repo.js';

/**
 * The two economic-diplomacy review conferences the sources report (SOURCE_2024, SOURCE_2025), recorded as engagements of the
 * `conference` type with the missions and provinces connected as participating units (every mission and province
 * valid on the day: 94 and 63 in 2024, 94 and 34 in 2025, as the sources count them), so a unit's page and a list
 * filtered by unit show the conference it attended (they read it; only HQ and the lead unit edit it), and the Prime
 * Minister's conclusions at each as a source document: the heads-of-mission tasks (demo-commitments.ts) come from
 * these conclusions.
 *
 * Counting: the conferences report "nearly 60" (2024) and "nearly 50" (H1-2025) foreign-affairs activities of key
 * leaders; a conference reviewing those activities is not one of them. So a conference is an engagement (it has
 * a page, a leader, conclusions, commitments) but the high-level indicator (`engagements.high_level`) leaves the
 * `conference` type out, and the demo's 58 / 49 high-level engagements (DEMO_TARGETS) hold without them. No
 * agreement is signed at a conference, so the 176 / 253 agreement counts are untouched.
 *
 * Both are real events reported by the press: not demo records.
 */
export type ConferenceKey = 'review2024' | 'review2025';

interface Conference {
  titleVi: string;
  titleEn: string;
  date: string;
  missions: number;
  provinces: number;
  url: string;
  summary: string;
  conclusions: { titleVi: string; titleEn: string; text: string };
}

const SOURCE_2024 = 'https://baotainguyenmoitruong.vn/thu-tuong-tao-dot-pha-ve-ngoai-giao-kinh-te-de-gop-phan-tang-truong-2-con-so-384815.html';
const SOURCE_2025 = 'https://news.laodong.vn/thoi-su/thu-tuong-yeu-cau-ngoai-giao-kinh-te-phuc-vu-muc-tieu-tang-truong-83-85-1545092.ldo';

export const DEMO_CONFERENCES: Record<ConferenceKey, Conference> = {
  review2024: {
    titleVi: 'Hội nghị của Thủ tướng với Đại sứ, Trưởng Cơ quan đại diện Việt Nam ở nước ngoài: tổng kết ngoại giao kinh tế năm 2024, triển khai nhiệm vụ năm 2025',
    titleEn: 'PM conference with ambassadors and heads of missions abroad: economic diplomacy review of 2024 and tasks for 2025',
    date: '2024-12-20',
    missions: 94,
    provinces: 63,
    url: SOURCE_2024,
    summary:
      'Trực tiếp kết hợp trực tuyến: Trụ sở Chính phủ kết nối 94 cơ quan đại diện Việt Nam ở nước ngoài và 63 Ủy ban nhân dân tỉnh, thành phố. ' +
      `Hybrid: the Government Headquarters connected to 94 representative offices abroad and 63 provincial People's Committees. Nguồn / Source: ${SOURCE_2024}`,
    conclusions: {
      titleVi: 'Kết luận của Thủ tướng Phạm Minh Chính tại Hội nghị tổng kết công tác ngoại giao kinh tế năm 2024 (20/12/2024)',
      titleEn: 'Prime Minister Pham Minh Chinh\'s conclusions at the economic diplomacy review conference of 20 Dec 2024',
      // The directive paragraphs of the report (SOURCE_2024), as published.
      text: [
        'The Prime Minister requested that in the coming period, economic diplomacy should focus on promoting the signing of legal frameworks such as FTAs, IPAs, CEPAs, etc.; assessing the unique potential, outstanding opportunities, and competitive advantages of Vietnam and its partners to identify areas for cooperation, complementarity, and competition; and promoting connections between Vietnamese businesses and businesses in other countries.',
        'Accordingly, the Prime Minister emphasized the need to strengthen diplomacy in various fields, continuing to promote technology diplomacy, tea diplomacy, shrimp diplomacy, etc.; especially expanding cooperation in technology, particularly technology transfer such as semiconductor chips and artificial intelligence; and cooperation in the exploration of outer space, maritime space, and subsurface space. At the same time, the Prime Minister noted the need to continue reforming visa policies to facilitate investment and tourism attraction.',
        'The Prime Minister assigned specific tasks to Vietnamese Ambassadors and Heads of Missions Abroad, including: lobbying the United States to remove Vietnam from the list of countries restricted from exporting technology and to recognize Vietnam as a market economy as soon as possible; promoting cooperation with China in developing border trade, transportation connectivity, especially railway connections; cooperating with Middle Eastern countries to build an International Financial Center in Ho Chi Minh City, and lifting the EC\'s yellow card for IUU (Illegal, Unreported, and Unregulated) fishing…',
      ].join('\n\n'),
    },
  },
  review2025: {
    titleVi: 'Hội nghị của Thủ tướng với Trưởng Cơ quan đại diện Việt Nam ở nước ngoài: đẩy mạnh ngoại giao kinh tế phục vụ mục tiêu tăng trưởng 6 tháng cuối năm 2025',
    titleEn: 'PM conference with heads of missions abroad: economic diplomacy for the growth target of the second half of 2025',
    date: '2025-07-22',
    missions: 94,
    provinces: 34,
    url: SOURCE_2025,
    summary:
      'Trực tiếp kết hợp trực tuyến: Trụ sở Chính phủ tại Hà Nội kết nối 94 cơ quan đại diện ở nước ngoài và 34 Ủy ban nhân dân tỉnh, thành phố. ' +
      `Hybrid: the Government office in Hanoi connected to 94 missions abroad and 34 provincial People's Committees. Nguồn / Source: ${SOURCE_2025}`,
    conclusions: {
      titleVi: 'Kết luận của Thủ tướng Phạm Minh Chính tại Hội nghị với Trưởng Cơ quan đại diện Việt Nam ở nước ngoài (22/7/2025)',
      titleEn: 'Prime Minister Pham Minh Chinh\'s conclusions at the conference with heads of missions abroad of 22 Jul 2025',
      // An English rendering of the directive paragraphs of the report (SOURCE_2025).
      text: [
        'The Prime Minister asked the missions to continue to act as an effective bridge, providing market information and widening opportunities for cooperation between Vietnam and other countries in many fields, and to keep promoting the image of the country, its people and its investment potential abroad.',
        'To sustain the growth momentum, the Prime Minister stressed renewing the traditional growth drivers while developing new ones, including promoting outward and inward investment, and cooperation in science and technology, innovation, digital transformation, high-tech industry, semiconductors, artificial intelligence, cloud computing and the Internet of Things (IoT).',
        'The Prime Minister stressed expanding export markets, making use of the free trade agreements signed, and completing new agreements with potential markets such as the Middle East, Africa, Latin America, Central Asia, India and Brazil. He also called for support to businesses in key sectors such as electronics, automotive, textiles and machinery to raise exports and integrate into global supply chains.',
        'The Prime Minister asked for the swift implementation of National Assembly Resolution No. 222/2025/QH15 on the international financial centre in Vietnam, noting the interest of countries such as the United Arab Emirates and Kazakhstan in sharing their expertise. He also directed the Ministry of Foreign Affairs to lead the drafting of a National Assembly resolution on special mechanisms to implement Politburo Resolution 59 on proactive and comprehensive international integration.',
      ].join('\n\n'),
    },
  },
};

/**
 * The resolutions the 22 Jul 2025 conclusions refer to, recorded as source documents of their own so that the
 * directions implementing them come from them. Number, date, issuer and title as published:
 * - 222/2025/QH15: adopted by the 15th National Assembly at its 9th session on 27 Jun 2025 (signed by Chairman
 *   Trần Thanh Mẫn), in force from 1 Sep 2025; the centre is in Hồ Chí Minh City and Đà Nẵng.
 * - 59-NQ/TW: the Politburo's resolution of 24 Jan 2025 (one commentary dates it 22 Dec 2024; the Ministry of
 *   Foreign Affairs and the Party press give 24 Jan 2025, kept here).
 * Their full texts are not copied: each record links to a public page with it or its summary. Real documents, not
 * demo records.
 */
export type ResolutionKey = 'ifc222' | 'integration59';

export const RESOLUTIONS: Record<ResolutionKey, { kind: 'national_assembly_resolution' | 'politburo_resolution'; number: string; issuedDate: string; issuer: string; titleVi: string; titleEn: string; url: string }> = {
  ifc222: {
    kind: 'national_assembly_resolution',
    number: '222/2025/QH15',
    issuedDate: '2025-06-27',
    issuer: 'Quốc hội',
    titleVi: 'Nghị quyết về Trung tâm tài chính quốc tế tại Việt Nam',
    titleEn: 'Resolution on the International Financial Centre in Viet Nam',
    url: 'https://english.luatvietnam.vn/tai-chinh/resolution-222-2025-qh15-on-international-financial-center-in-vietnam-404566-d1.html',
  },
  integration59: {
    kind: 'politburo_resolution',
    number: '59-NQ/TW',
    issuedDate: '2025-01-24',
    issuer: 'Bộ Chính trị',
    titleVi: 'Nghị quyết về hội nhập quốc tế trong tình hình mới',
    titleEn: 'Resolution on international integration in the new situation',
    url: 'https://en.nhandan.vn/special/13th-politburos-resolution-no-59-nq-tw-dated-january-24-2025-on-international-integration-in-the-new-context/index.html',
  },
};

export interface DemoConference {
  engagementId: string;
  sourceDocumentId: string;
}

/** Records the resolutions the conclusions refer to (found by number when already recorded); their ids by key. */
export async function loadResolutions(tx: Tx, actor: Actor = SYSTEM_ACTOR): Promise<Record<ResolutionKey, string>> {
  const result = {} as Record<ResolutionKey, string>;
  for (const key of ['ifc222', 'integration59'] as const) {
    const { titleVi, titleEn, ...resolution } = RESOLUTIONS[key];
    let document = await sourceDocumentsRepo.findByNumber(tx, resolution.number);
    if (!document) {
      document = await sourceDocumentsRepo.insert(tx, { ...resolution, titleVi, titleEn, text: null, engagementId: null, createdBy: createdByOf(actor) });
      await auditRepo.insert(tx, { actor, action: 'source_document.created', entity: 'source_document', entityId: document.id, after: document });
    }
    result[key] = document.id;
  }
  return result;
}

/**
 * Records the two conferences and their conclusions; idempotent (a conference already recorded, found by title
 * and date, is kept with its conclusions). Needs the reference organisation (MOFA, the Government Office).
 */
export async function loadDemoConferences(tx: Tx, actor: Actor = SYSTEM_ACTOR): Promise<Record<ConferenceKey, DemoConference>> {
  const unit = async (type: 'hq', code: string, day: string) => {
    const row = await orgUnitsRepo.findByCode(tx, type, code, day);
    if (!row) throw new Error(`Demo unit ${type}:${code} is missing; load the reference data first`);
    return row.id;
  };
  /** The units connected on the day: every mission and every province then valid. */
  const attending = async (day: string) => {
    const ids = async (type: 'mission' | 'province') => (await orgUnitsRepo.list(tx, { type, asOf: day, page: 1, pageSize: 500 })).rows.map((row) => row.unit.id);
    return [...(await ids('mission')), ...(await ids('province'))];
  };
  const result = {} as Record<ConferenceKey, DemoConference>;
  for (const key of ['review2024', 'review2025'] as const) {
    const conference = DEMO_CONFERENCES[key];
    const participatingUnitIds = [await unit('hq', 'VPCP', conference.date), ...(await attending(conference.date))];
    const found = await engagementsRepo.findByTitleAndStart(tx, conference.titleVi, conference.date);
    // A conference recorded before its attendees were its participating units gets them.
    if (found && (await engagementsRepo.unitIdsOf(tx, [found.id])).length < participatingUnitIds.length) await engagementsRepo.setUnits(tx, found.id, participatingUnitIds);
    const engagement =
      found ??
      (await insertEngagement(tx, actor, {
        title: { vi: conference.titleVi, en: conference.titleEn },
        type: 'conference',
        leaderName: 'Phạm Minh Chính',
        leaderLevel: 'prime_minister',
        startDate: conference.date,
        endDate: conference.date,
        countryCodes: [],
        partnerIds: [],
        leadUnitId: await unit('hq', 'MOFA', conference.date),
        participatingUnitIds,
        sectors: [],
        summary: conference.summary,
        missionsAttending: conference.missions,
        provincesAttending: conference.provinces,
      }));
    const existing = await sourceDocumentsRepo.list(tx, { engagementId: engagement.id, kind: 'conference_conclusions', page: 1, pageSize: 1 });
    let document = existing.rows[0];
    if (!document) {
      document = await sourceDocumentsRepo.insert(tx, {
        kind: 'conference_conclusions',
        number: null,
        issuedDate: conference.date,
        issuer: 'Thủ tướng Chính phủ',
        titleVi: conference.conclusions.titleVi,
        titleEn: conference.conclusions.titleEn,
        text: conference.conclusions.text,
        url: conference.url,
        engagementId: engagement.id,
        createdBy: createdByOf(actor),
      });
      await auditRepo.insert(tx, { actor, action: 'source_document.created', entity: 'source_document', entityId: document.id, after: document });
    }
    result[key] = { engagementId: engagement.id, sourceDocumentId: document.id };
  }
  return result;
}
