import type { AgreementField } from '../../shared/schemas/agreements.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import type { TaskStatus } from '../../shared/schemas/tasks.js';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor.js';
import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { commitments as commitmentsTable, tasks as tasksTable } from '../db/schema/index.js';
import { todayIso } from '../lib/dates.js';
import { insertCommitment } from '../modules/commitments/commitments.service.js';
import { commitmentsRepo } from '../modules/commitments/commitments.repo.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';
import { insertTask, moveDueDate, recordStatus } from '../modules/tasks/tasks.service.js';
import { tasksRepo } from '../modules/tasks/tasks.repo.js';
import { loadDemoConferences, loadResolutions, type ConferenceKey, type ResolutionKey } from './demo-conferences.js';

/**
 * Demo commitments and seven-clear tasks for what the Prime Minister directed at the two economic-diplomacy
 * conferences (demo-conferences.ts), each commitment coming from that conference and its conclusions:
 * - 20 Dec 2024, the tasks given to heads of mission: the US technology-export list and market-economy status,
 *   China border trade and railways, Middle East partners for the International Financial Centre in HCMC, and the
 *   EC's IUU yellow card;
 * - 22 Jul 2025: the International Financial Centre under Resolution 222/2025/QH15 with the UAE's and
 *   Kazakhstan's expertise, the National Assembly resolution implementing Politburo Resolution 59, new markets
 *   (Middle East, Africa, Latin America, Central Asia, India, Brazil), and semiconductors, AI, cloud and IoT; the
 *   first two come from Resolutions 222/2025/QH15 and 59-NQ/TW themselves (recorded as source documents), given at
 *   the conference, the others from its conclusions. The 2024 tasks on Middle East partners for the centre predate
 *   Resolution 222 and stay with the 2024 conclusions.
 * The directions are from the sources; people's titles, dates, statuses and the evidence links are invented, and
 * every source quote says so.
 */

export interface DemoCommitmentsOptions {
  actor?: Actor;
  /** The day the demo is loaded: the follow-up work on the EC inspection is dated around it. */
  today?: string;
}

type UnitCode = [OrgUnitType, string];
const HQ: UnitCode = ['hq', 'MOFA-ECO'];
const DEMO_NOTE = '[demo: wording invented from the conference of 20 Dec 2024]';
const DEMO_NOTE_2025 = '[demo: wording invented from the conference of 22 Jul 2025]';
const evidence = (slug: string) => `https://demo.econdip.example/evidence/${slug}.pdf`;

interface DemoStep {
  status: TaskStatus;
  on: string;
  rationale: string;
  evidence?: string;
}

interface DemoTask {
  title: string;
  objective: string;
  unit: UnitCode;
  person: string;
  start: string;
  due: string;
  output: string;
  outcome: string;
  /** Approved moves of the due date, oldest first. */
  slips?: { to: string; reason: string; requested: string; decided: string }[];
  steps?: DemoStep[];
  milestones?: Omit<DemoTask, 'milestones'>[];
}

interface DemoCommitment {
  /** The conference whose conclusions gave it. */
  source: ConferenceKey;
  /** The resolution the conclusions ask to implement: the commitment comes from it, given at the conference. */
  resolution?: ResolutionKey;
  title: string;
  quote: string;
  owner: UnitCode;
  coOwners: UnitCode[];
  due: string;
  indicator?: string;
  fields: AgreementField[];
  tasks: DemoTask[];
}

const HEAD_OF_MISSION_ANSWERS = 'Người đứng đầu cơ quan đại diện chịu trách nhiệm trước Thủ tướng, qua Bộ trưởng Bộ Ngoại giao';
const CHECKED_BY_HQ = 'Vụ Tổng hợp kinh tế, Bộ Ngoại giao (theo dõi, đôn đốc hằng quý)';

const COMMITMENTS: DemoCommitment[] = [
  {
    source: 'review2024',
    title: 'Vận động Hoa Kỳ đưa Việt Nam ra khỏi danh sách kiểm soát xuất khẩu công nghệ nhóm D1–D3',
    quote: `Cơ quan đại diện tại Hoa Kỳ vận động đưa Việt Nam ra khỏi danh sách hạn chế xuất khẩu công nghệ (nhóm D1–D3). ${DEMO_NOTE}`,
    owner: ['mission', 'EMB-US'],
    coOwners: [['ministry', 'MOIT'], ['ministry', 'MOST']],
    due: '2025-12-31',
    indicator: 'US-EXPORT-CONTROL-D1-D3',
    fields: ['science_technology', 'trade'],
    tasks: [
      {
        title: 'Vận động Bộ Thương mại Hoa Kỳ (BIS) rà soát vị trí của Việt Nam trong các nhóm D1–D3',
        objective: 'Việt Nam được đưa ra khỏi các nhóm D1–D3 của Quy định quản lý xuất khẩu Hoa Kỳ (EAR)',
        unit: ['mission', 'EMB-US'],
        person: 'Tham tán công sứ phụ trách kinh tế',
        start: '2025-01-02',
        due: '2025-06-30',
        output: 'Hồ sơ kỹ thuật, 6 cuộc làm việc với BIS, USTR và Quốc hội Hoa Kỳ; báo cáo hằng quý',
        outcome: 'BIS công bố điều chỉnh danh sách, doanh nghiệp bán dẫn nhập khẩu thiết bị không cần giấy phép riêng',
        slips: [{ to: '2025-12-31', reason: 'Phía Hoa Kỳ lùi kỳ rà soát EAR sang cuối năm', requested: '2025-06-10', decided: '2025-06-18' }],
        steps: [
          { status: 'on_track', on: '2025-03-20', rationale: 'Đã làm việc với BIS và gửi hồ sơ kỹ thuật' },
          { status: 'at_risk', on: '2025-09-15', rationale: 'BIS chưa đưa nội dung vào chương trình rà soát năm 2025' },
        ],
        milestones: [
          {
            title: 'Hoàn thành hồ sơ kỹ thuật gửi BIS',
            objective: 'Có hồ sơ chứng minh năng lực kiểm soát xuất khẩu của Việt Nam',
            unit: ['mission', 'EMB-US'],
            person: 'Bí thư thứ nhất phụ trách kinh tế',
            start: '2025-01-02',
            due: '2025-03-31',
            output: 'Hồ sơ kỹ thuật song ngữ',
            outcome: 'BIS tiếp nhận hồ sơ chính thức',
            steps: [{ status: 'completed', on: '2025-03-18', rationale: 'Đã gửi hồ sơ, BIS xác nhận tiếp nhận', evidence: evidence('us-bis-dossier') }],
          },
        ],
      },
    ],
  },
  {
    source: 'review2024',
    title: 'Vận động Hoa Kỳ công nhận quy chế kinh tế thị trường của Việt Nam',
    quote: `Đại sứ quán tại Hoa Kỳ tiếp tục vận động Hoa Kỳ sớm công nhận quy chế kinh tế thị trường của Việt Nam. ${DEMO_NOTE}`,
    owner: ['mission', 'EMB-US'],
    coOwners: [['ministry', 'MOIT']],
    due: '2026-06-30',
    indicator: 'US-MARKET-ECONOMY-STATUS',
    fields: ['trade'],
    tasks: [
      {
        title: 'Vận động công nhận quy chế kinh tế thị trường',
        objective: 'Bộ Thương mại Hoa Kỳ công nhận Việt Nam là nền kinh tế thị trường',
        unit: ['mission', 'EMB-US'],
        person: 'Đại sứ Việt Nam tại Hoa Kỳ',
        start: '2025-01-02',
        due: '2025-09-30',
        output: 'Bản ghi nhớ lập luận, tiếp xúc với Bộ Thương mại, USTR, các nghị sĩ và doanh nghiệp Hoa Kỳ; báo cáo hằng tháng',
        outcome: 'Quyết định công nhận; giảm thuế chống bán phá giá đối với hàng xuất khẩu Việt Nam',
        slips: [
          { to: '2025-12-31', reason: 'Chờ kết quả đàm phán thương mại đối ứng', requested: '2025-09-01', decided: '2025-09-10' },
          { to: '2026-06-30', reason: 'Bộ Thương mại Hoa Kỳ kéo dài thời hạn xem xét', requested: '2025-12-05', decided: '2025-12-15' },
        ],
        steps: [
          { status: 'on_track', on: '2025-04-10', rationale: 'Đã tổ chức 3 cuộc tiếp xúc với Bộ Thương mại và USTR' },
          { status: 'delayed', on: '2025-11-20', rationale: 'Phía Hoa Kỳ chưa khởi động lại quy trình xem xét' },
        ],
      },
    ],
  },
  {
    source: 'review2024',
    title: 'Thúc đẩy thương mại biên giới và thí điểm cửa khẩu thông minh Việt Nam – Trung Quốc',
    quote: `Đại sứ quán tại Trung Quốc thúc đẩy thương mại biên giới, nâng cấp cửa khẩu và thí điểm cửa khẩu thông minh. ${DEMO_NOTE}`,
    owner: ['mission', 'EMB-CN'],
    coOwners: [['ministry', 'MOIT']],
    due: '2025-12-31',
    fields: ['trade', 'transport'],
    tasks: [
      {
        title: 'Vận động phía Trung Quốc thí điểm cửa khẩu thông minh Hữu Nghị – Hữu Nghị Quan',
        objective: 'Rút ngắn thời gian thông quan hàng nông sản qua cửa khẩu biên giới',
        unit: ['mission', 'EMB-CN'],
        person: 'Tham tán thương mại',
        start: '2025-01-15',
        due: '2025-12-31',
        output: 'Biên bản làm việc với Hải quan Trung Quốc và Quảng Tây; đề án thí điểm',
        outcome: 'Cửa khẩu thông minh vận hành thí điểm, thời gian thông quan giảm',
        steps: [
          { status: 'on_track', on: '2025-05-05', rationale: 'Hai bên thống nhất phạm vi thí điểm' },
          { status: 'completed', on: '2025-11-28', rationale: 'Thí điểm bắt đầu vận hành', evidence: evidence('cn-smart-border-gate') },
        ],
      },
    ],
  },
  {
    source: 'review2024',
    title: 'Thúc đẩy kết nối đường sắt khổ tiêu chuẩn với Trung Quốc',
    quote: `Đại sứ quán tại Trung Quốc thúc đẩy các dự án kết nối đường sắt Lào Cai – Hà Nội – Hải Phòng và Lạng Sơn – Hà Nội. ${DEMO_NOTE}`,
    owner: ['mission', 'EMB-CN'],
    coOwners: [['ministry', 'MOF']],
    due: '2027-06-30',
    fields: ['transport', 'investment'],
    tasks: [
      {
        title: 'Vận động hỗ trợ nghiên cứu khả thi và vốn cho tuyến Lào Cai – Hà Nội – Hải Phòng',
        objective: 'Có nguồn vốn và hỗ trợ kỹ thuật cho tuyến đường sắt khổ tiêu chuẩn Lào Cai – Hà Nội – Hải Phòng',
        unit: ['mission', 'EMB-CN'],
        person: 'Tham tán công sứ',
        start: '2025-02-01',
        due: '2026-12-31',
        output: 'Thỏa thuận hỗ trợ nghiên cứu khả thi; danh mục nguồn vốn',
        outcome: 'Nghiên cứu khả thi được phê duyệt, khởi công đúng tiến độ',
        steps: [{ status: 'on_track', on: '2025-08-12', rationale: 'Phía Trung Quốc đồng ý hỗ trợ nghiên cứu khả thi' }],
      },
      {
        title: 'Thúc đẩy nghiên cứu tuyến Lạng Sơn (Đồng Đăng) – Hà Nội',
        objective: 'Khởi động quy hoạch kết nối tuyến Đồng Đăng – Hà Nội với mạng đường sắt Trung Quốc',
        unit: ['mission', 'EMB-CN'],
        person: 'Bí thư thứ nhất',
        start: '2026-01-01',
        due: '2027-06-30',
        output: 'Kế hoạch làm việc chung, biên bản họp nhóm công tác',
        outcome: 'Quy hoạch tuyến được hai bên thông qua',
      },
    ],
  },
  ...(
    [
      ['uae', 'EMB-AE', 'Các Tiểu vương quốc Ả Rập Thống nhất', 'các trung tâm tài chính và quỹ đầu tư của UAE'],
      ['qatar', 'EMB-QA', 'Qatar', 'các quỹ đầu tư quốc gia của Qatar'],
      ['saudi', 'EMB-SA', 'Ả Rập Xê Út', 'các quỹ đầu tư công của Ả Rập Xê Út'],
    ] as const
  ).map(([theme, mission, country, partner]): DemoCommitment => ({
    source: 'review2024',
    title: `Thu hút đối tác ${country} tham gia Trung tâm tài chính quốc tế tại TP. Hồ Chí Minh`,
    quote: `Cơ quan đại diện tại ${country} vận động đối tác Trung Đông tham gia xây dựng Trung tâm tài chính quốc tế tại TP. Hồ Chí Minh. ${DEMO_NOTE}`,
    owner: ['mission', mission],
    coOwners: [['province', '79'], ['ministry', 'MOF']],
    due: '2026-06-30',
    indicator: 'IFC-HCMC-PARTNERS',
    fields: ['finance', 'investment'],
    tasks: [
      {
        title: `Giới thiệu Trung tâm tài chính quốc tế với ${partner}`,
        objective: `Ít nhất một đối tác trong số ${partner} cam kết tham gia hoặc đầu tư vào Trung tâm tài chính quốc tế tại TP. Hồ Chí Minh`,
        unit: ['mission', mission],
        person: `Đại sứ Việt Nam tại ${country}`,
        start: '2025-01-15',
        due: theme === 'uae' ? '2025-09-30' : theme === 'qatar' ? '2026-06-30' : '2026-03-31',
        output: 'Hội thảo giới thiệu, 3 cuộc làm việc cấp lãnh đạo, danh sách đối tác quan tâm',
        outcome: 'Ít nhất một bản ghi nhớ tham gia Trung tâm tài chính quốc tế',
        steps:
          theme === 'uae'
            ? [
                { status: 'on_track', on: '2025-04-22', rationale: 'Tổ chức hội thảo giới thiệu tại Dubai' },
                { status: 'completed', on: '2025-09-12', rationale: 'Ký bản ghi nhớ hợp tác với đối tác UAE', evidence: evidence('ae-ifc-mou') },
              ]
            : theme === 'qatar'
              ? [{ status: 'on_track', on: '2025-06-03', rationale: 'Một quỹ đầu tư Qatar cử đoàn khảo sát TP. Hồ Chí Minh' }]
              : [{ status: 'at_risk', on: '2025-12-01', rationale: 'Các quỹ đầu tư Ả Rập Xê Út được tiếp xúc ưu tiên thị trường khác trong năm 2026' }],
      },
    ],
  })),
  {
    source: 'review2024',
    title: 'Gỡ cảnh báo "thẻ vàng" IUU của Ủy ban châu Âu đối với thủy sản Việt Nam',
    quote: `Vận động Ủy ban châu Âu sớm gỡ "thẻ vàng" IUU; các bộ, ngành, địa phương khắc phục khuyến nghị của EC. ${DEMO_NOTE}`,
    owner: ['ministry', 'MAE'],
    coOwners: [['mission', 'EMB-BE']],
    due: '2026-06-30',
    indicator: 'EC-IUU-YELLOW-CARD',
    fields: ['agriculture', 'trade'],
    tasks: [
      {
        title: 'Vận động Ủy ban châu Âu (DG MARE) ghi nhận tiến bộ và cử đoàn thanh tra',
        objective: 'EC ghi nhận nỗ lực chống khai thác IUU và xem xét gỡ "thẻ vàng"',
        unit: ['mission', 'EMB-BE'],
        person: 'Đại sứ Việt Nam tại Bỉ, Trưởng Phái đoàn bên cạnh EU',
        start: '2025-06-15',
        due: '2025-10-31',
        output: 'Báo cáo tiến độ gửi DG MARE; các cuộc tiếp xúc với EC và Nghị viện châu Âu',
        outcome: 'Đoàn thanh tra EC làm việc tại Việt Nam với kết luận tích cực',
        slips: [{ to: '2026-03-31', reason: 'EC lùi lịch thanh tra sang năm 2026', requested: '2025-10-01', decided: '2025-10-08' }],
        steps: [{ status: 'at_risk', on: '2026-01-20', rationale: 'EC yêu cầu bổ sung số liệu truy xuất nguồn gốc' }],
      },
      {
        title: 'Vận hành hệ thống truy xuất nguồn gốc thủy sản khai thác điện tử (eCDT) trên toàn quốc',
        objective: 'Đáp ứng khuyến nghị của EC về truy xuất nguồn gốc thủy sản',
        unit: ['ministry', 'MAE'],
        person: 'Cục trưởng Cục Thủy sản và Kiểm ngư',
        start: '2025-07-01',
        due: '2026-06-30',
        output: 'Hệ thống eCDT vận hành tại các cảng cá chỉ định; số liệu đồng bộ với cơ sở dữ liệu nghề cá quốc gia',
        outcome: 'Toàn bộ lô hàng thủy sản xuất khẩu sang EU truy xuất được nguồn gốc',
        steps: [{ status: 'on_track', on: '2025-12-10', rationale: 'Đã triển khai tại 32 tỉnh, thành phố ven biển' }],
      },
    ],
  },

  // The directions of 22 Jul 2025.
  {
    source: 'review2025',
    resolution: 'ifc222',
    title: 'Triển khai Nghị quyết 222/2025/QH15 về Trung tâm tài chính quốc tế, tranh thủ kinh nghiệm của UAE và Kazakhstan',
    quote: `Khẩn trương triển khai Nghị quyết 222/2025/QH15 về Trung tâm tài chính quốc tế; các cơ quan đại diện tranh thủ kinh nghiệm của các nước quan tâm như UAE, Kazakhstan. ${DEMO_NOTE_2025}`,
    owner: ['ministry', 'MOF'],
    coOwners: [['mission', 'EMB-AE'], ['mission', 'EMB-KZ'], ['province', '79']],
    due: '2026-06-30',
    indicator: 'IFC-HCMC-PARTNERS',
    fields: ['finance', 'investment'],
    tasks: [
      {
        title: 'Kết nối cơ quan quản lý trung tâm tài chính của UAE chia sẻ kinh nghiệm xây dựng khung pháp lý',
        objective: 'Có tài liệu tham khảo và chuyên gia UAE góp ý các văn bản hướng dẫn Nghị quyết 222/2025/QH15',
        unit: ['mission', 'EMB-AE'],
        person: 'Tham tán công sứ phụ trách kinh tế',
        start: '2025-08-01',
        due: '2025-12-31',
        output: 'Hai hội thảo chuyên đề, bộ tài liệu khung pháp lý song ngữ, danh sách chuyên gia',
        outcome: 'Ý kiến chuyên gia UAE được tiếp thu trong các nghị định hướng dẫn',
        steps: [{ status: 'on_track', on: '2025-10-15', rationale: 'Tổ chức hội thảo chuyên đề đầu tiên tại Abu Dhabi' }],
      },
      {
        title: 'Tổ chức đoàn khảo sát mô hình Trung tâm tài chính quốc tế Astana',
        objective: 'Rút kinh nghiệm về cơ chế trọng tài, tòa án tài chính và thu hút định chế tài chính',
        unit: ['mission', 'EMB-KZ'],
        person: 'Đại sứ Việt Nam tại Kazakhstan',
        start: '2025-08-15',
        due: '2025-11-30',
        output: 'Chương trình khảo sát, báo cáo kết quả gửi Bộ Tài chính và TP. Hồ Chí Minh',
        outcome: 'Các kiến nghị được đưa vào đề án vận hành Trung tâm',
        steps: [{ status: 'completed', on: '2025-11-20', rationale: 'Đoàn khảo sát hoàn thành, báo cáo đã gửi Bộ Tài chính', evidence: evidence('kz-aifc-study-visit') }],
      },
    ],
  },
  {
    source: 'review2025',
    resolution: 'integration59',
    title: 'Chủ trì xây dựng Nghị quyết của Quốc hội về cơ chế đặc thù thực hiện Nghị quyết 59-NQ/TW về hội nhập quốc tế',
    quote: `Bộ Ngoại giao chủ trì xây dựng nghị quyết của Quốc hội về cơ chế đặc thù thực hiện Nghị quyết 59 của Bộ Chính trị về hội nhập quốc tế chủ động, toàn diện. ${DEMO_NOTE_2025}`,
    owner: ['hq', 'MOFA'],
    coOwners: [['ministry', 'MOIT']],
    due: '2025-12-31',
    fields: ['other'],
    tasks: [
      {
        title: 'Lấy ý kiến các bộ, ngành, địa phương về dự thảo Nghị quyết',
        objective: 'Dự thảo phản ánh đầy đủ vướng mắc của các bộ, ngành, địa phương trong hội nhập quốc tế',
        unit: ['hq', 'MOFA'],
        person: 'Vụ trưởng Vụ Luật pháp và Điều ước quốc tế',
        start: '2025-07-28',
        due: '2025-09-15',
        output: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến',
        outcome: 'Hồ sơ đủ điều kiện trình Chính phủ',
        steps: [{ status: 'completed', on: '2025-09-12', rationale: 'Đã tổng hợp ý kiến của 22 bộ, ngành và 34 địa phương', evidence: evidence('nq59-consultation-report') }],
      },
      {
        title: 'Hoàn thiện hồ sơ dự thảo Nghị quyết trình Chính phủ',
        objective: 'Chính phủ thông qua hồ sơ để trình Quốc hội',
        unit: ['hq', 'MOFA'],
        person: 'Thứ trưởng Bộ Ngoại giao phụ trách',
        start: '2025-09-15',
        due: '2025-10-31',
        output: 'Tờ trình, dự thảo Nghị quyết, báo cáo đánh giá tác động',
        outcome: 'Dự thảo được đưa vào chương trình kỳ họp của Quốc hội',
        steps: [{ status: 'on_track', on: '2025-10-10', rationale: 'Đã gửi Bộ Tư pháp thẩm định' }],
      },
    ],
  },
  {
    source: 'review2025',
    title: 'Mở rộng thị trường xuất khẩu và hoàn tất hiệp định mới với Trung Đông, châu Phi, Mỹ Latinh, Trung Á, Ấn Độ, Brazil',
    quote: `Mở rộng thị trường xuất khẩu, tận dụng các FTA đã ký, hoàn tất hiệp định mới với các thị trường tiềm năng như Trung Đông, châu Phi, Mỹ Latinh, Trung Á, Ấn Độ, Brazil. ${DEMO_NOTE_2025}`,
    owner: ['ministry', 'MOIT'],
    coOwners: [['mission', 'EMB-IN'], ['mission', 'EMB-BR'], ['mission', 'EMB-SA'], ['mission', 'EMB-ZA'], ['mission', 'EMB-KZ'], ['mission', 'EMB-MX']],
    due: '2026-12-31',
    fields: ['trade', 'halal'],
    tasks: [
      {
        title: 'Vận động mở cửa thị trường Ấn Độ cho trái cây và thủy sản Việt Nam',
        objective: 'Ấn Độ cấp phép nhập khẩu thêm hai loại trái cây và mở rộng danh sách cơ sở thủy sản',
        unit: ['mission', 'EMB-IN'],
        person: 'Tham tán thương mại',
        start: '2025-08-01',
        due: '2026-06-30',
        output: 'Hồ sơ phân tích nguy cơ dịch hại, các cuộc làm việc với cơ quan kiểm dịch Ấn Độ',
        outcome: 'Ấn Độ ban hành điều kiện nhập khẩu; kim ngạch xuất khẩu nông sản tăng',
        steps: [{ status: 'on_track', on: '2025-11-05', rationale: 'Phía Ấn Độ tiếp nhận hồ sơ phân tích nguy cơ' }],
      },
      {
        title: 'Vận động Brazil ủng hộ khởi động đàm phán FTA Việt Nam – MERCOSUR',
        objective: 'Các nước MERCOSUR đồng ý khởi động đàm phán',
        unit: ['mission', 'EMB-BR'],
        person: 'Đại sứ Việt Nam tại Brazil',
        start: '2025-08-01',
        due: '2026-03-31',
        output: 'Các cuộc tiếp xúc với Bộ Ngoại giao và Bộ Phát triển, Công nghiệp và Thương mại Brazil; báo cáo đánh giá',
        outcome: 'Tuyên bố khởi động đàm phán',
        steps: [{ status: 'at_risk', on: '2025-12-15', rationale: 'MERCOSUR ưu tiên hoàn tất các đàm phán đang dở dang' }],
      },
      {
        title: 'Kết nối doanh nghiệp Việt Nam với nhà nhập khẩu thực phẩm Halal tại Ả Rập Xê Út',
        objective: 'Doanh nghiệp Việt Nam có đơn hàng thực phẩm Halal tại thị trường Vùng Vịnh',
        unit: ['mission', 'EMB-SA'],
        person: 'Tham tán thương mại',
        start: '2025-09-01',
        due: '2026-02-28',
        output: 'Danh sách nhà nhập khẩu, 2 đợt kết nối giao thương',
        outcome: 'Ít nhất 5 hợp đồng xuất khẩu thực phẩm Halal',
      },
      {
        title: 'Tổ chức diễn đàn kết nối doanh nghiệp Việt Nam – châu Phi tại Nam Phi',
        objective: 'Mở kênh phân phối hàng Việt Nam tại miền Nam châu Phi',
        unit: ['mission', 'EMB-ZA'],
        person: 'Đại sứ Việt Nam tại Nam Phi',
        start: '2026-01-05',
        due: '2026-05-31',
        output: 'Diễn đàn doanh nghiệp, danh sách nhà phân phối',
        outcome: 'Hợp đồng phân phối đầu tiên của doanh nghiệp Việt Nam',
      },
      {
        title: 'Khảo sát thị trường Trung Á cho hàng dệt may, điện tử và nông sản',
        objective: 'Xác định mặt hàng và kênh logistics khả thi vào Trung Á',
        unit: ['mission', 'EMB-KZ'],
        person: 'Tham tán thương mại',
        start: '2025-09-01',
        due: '2025-12-31',
        output: 'Báo cáo khảo sát thị trường Kazakhstan, Uzbekistan',
        outcome: 'Doanh nghiệp Việt Nam tham gia hội chợ tại Almaty',
        steps: [{ status: 'completed', on: '2025-12-20', rationale: 'Báo cáo khảo sát đã gửi Bộ Công Thương', evidence: evidence('central-asia-market-survey') }],
      },
      {
        title: 'Hỗ trợ doanh nghiệp tận dụng CPTPP tại thị trường Mexico',
        objective: 'Tăng xuất khẩu sang Mexico nhờ ưu đãi thuế quan CPTPP',
        unit: ['mission', 'EMB-MX'],
        person: 'Tham tán thương mại',
        start: '2025-08-15',
        due: '2026-06-30',
        output: 'Hội thảo về quy tắc xuất xứ, kết nối B2B',
        outcome: 'Kim ngạch xuất khẩu sang Mexico tăng so với cùng kỳ',
        steps: [{ status: 'on_track', on: '2025-11-25', rationale: 'Tổ chức hội thảo quy tắc xuất xứ tại Thành phố Mexico' }],
      },
    ],
  },
  {
    source: 'review2025',
    title: 'Thu hút hợp tác và đầu tư vào bán dẫn, trí tuệ nhân tạo, điện toán đám mây và Internet vạn vật',
    quote: `Thúc đẩy hợp tác khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số, công nghệ cao, bán dẫn, trí tuệ nhân tạo, điện toán đám mây và IoT. ${DEMO_NOTE_2025}`,
    owner: ['ministry', 'MOST'],
    coOwners: [['mission', 'EMB-KR'], ['mission', 'EMB-JP']],
    due: '2026-12-31',
    fields: ['semiconductors', 'artificial_intelligence', 'cloud_iot'],
    tasks: [
      {
        title: 'Xây dựng danh mục đối tác ưu tiên về bán dẫn, AI, điện toán đám mây và IoT',
        objective: 'Các cơ quan đại diện có danh mục đối tác và dự án ưu tiên để vận động',
        unit: ['ministry', 'MOST'],
        person: 'Vụ trưởng Vụ Hợp tác quốc tế',
        start: '2025-08-01',
        due: '2025-10-31',
        output: 'Danh mục đối tác, dự án ưu tiên gửi các cơ quan đại diện',
        outcome: 'Các cơ quan đại diện dùng danh mục trong kế hoạch vận động',
        steps: [{ status: 'completed', on: '2025-10-28', rationale: 'Danh mục đã gửi các cơ quan đại diện', evidence: evidence('tech-priority-partners') }],
      },
      {
        title: 'Kết nối doanh nghiệp bán dẫn Hàn Quốc với các khu công nghệ cao',
        objective: 'Dự án đóng gói, kiểm thử chip mới tại khu công nghệ cao',
        unit: ['mission', 'EMB-KR'],
        person: 'Tham tán đầu tư',
        start: '2025-09-01',
        due: '2026-09-30',
        output: 'Hai đoàn khảo sát, hồ sơ giới thiệu địa điểm',
        outcome: 'Ít nhất một dự án bán dẫn đăng ký đầu tư',
        steps: [{ status: 'on_track', on: '2026-01-15', rationale: 'Đoàn doanh nghiệp khảo sát Khu công nghệ cao Hòa Lạc' }],
      },
      {
        title: 'Tổ chức tọa đàm hợp tác trí tuệ nhân tạo và điện toán đám mây với doanh nghiệp Nhật Bản',
        objective: 'Hợp tác đào tạo nhân lực AI và đặt trung tâm dữ liệu tại Việt Nam',
        unit: ['mission', 'EMB-JP'],
        person: 'Tham tán khoa học công nghệ',
        start: '2025-10-01',
        due: '2026-03-31',
        output: 'Tọa đàm tại Tokyo, danh sách doanh nghiệp quan tâm',
        outcome: 'Bản ghi nhớ đào tạo nhân lực AI giữa trường đại học hai nước',
      },
    ],
  },
];

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Follow-up work dated around `today`, so the demo always has tasks overdue and tasks due in the coming weeks,
 * whatever the day it is loaded (the other commitments keep the dates of their sources).
 */
function liveCommitment(today: string): DemoCommitment {
  const on = (days: number) => addDays(today, days);
  const task = (title: string, unit: UnitCode, start: number, due: number, steps: DemoStep[] = []): DemoTask => ({
    title,
    objective: 'Đoàn thanh tra của Ủy ban châu Âu có đủ hồ sơ, số liệu và chương trình làm việc',
    unit,
    person: unit[0] === 'mission' ? 'Tham tán nông nghiệp' : 'Phó Cục trưởng Cục Thủy sản và Kiểm ngư',
    start: on(start),
    due: on(due),
    output: 'Văn bản gửi Vụ Tổng hợp kinh tế và DG MARE',
    outcome: 'Đoàn thanh tra làm việc theo đúng chương trình',
    steps,
  });
  return {
    source: 'review2024',
    title: 'Chuẩn bị và đón đoàn thanh tra chống khai thác IUU của Ủy ban châu Âu',
    quote: `Các bộ, ngành, địa phương và Phái đoàn bên cạnh EU chuẩn bị đầy đủ hồ sơ, số liệu cho đoàn thanh tra IUU của EC. ${DEMO_NOTE}`,
    owner: ['ministry', 'MAE'],
    coOwners: [['mission', 'EMB-BE']],
    due: on(120),
    fields: ['agriculture', 'trade'],
    tasks: [
      task('Gửi DG MARE báo cáo cập nhật số liệu truy xuất nguồn gốc', ['mission', 'EMB-BE'], -45, -10, [{ status: 'delayed', on: on(-12), rationale: 'Chờ số liệu từ các tỉnh ven biển' }]),
      task('Tổng hợp số liệu eCDT của các tỉnh ven biển', ['ministry', 'MAE'], -30, -3),
      task('Dự thảo chương trình làm việc của đoàn thanh tra', ['mission', 'EMB-BE'], -7, 12, [{ status: 'on_track', on: on(-2), rationale: 'Đã trao đổi dự thảo với DG MARE' }]),
      task('Chuẩn bị hồ sơ kiểm tra tại các cảng cá chỉ định', ['ministry', 'MAE'], 0, 25),
    ],
  };
}

/**
 * Records the demo commitments and their tasks, with status timelines, approved due-date slips and evidence
 * links, after the conferences that gave them (recorded here when missing). Idempotent: a commitment already
 * recorded for its conclusions is skipped. Needs the reference organisation, not the demo engagements.
 */
export async function loadDemoCommitments(tx: Tx, { actor = SYSTEM_ACTOR, today = todayIso() }: DemoCommitmentsOptions = {}): Promise<{ commitments: number; tasks: number }> {
  const units = new Map<string, string>();
  const unitId = async ([type, code]: UnitCode) => {
    const key = `${type}:${code}`;
    if (!units.has(key)) {
      const unit = await orgUnitsRepo.findByCode(tx, type, code, today);
      if (!unit) throw new Error(`Demo unit ${key} is missing; load the reference data first`);
      units.set(key, unit.id);
    }
    return units.get(key)!;
  };
  const conferences = await loadDemoConferences(tx, actor);
  const resolutions = await loadResolutions(tx, actor);

  const addTask = async (task: DemoTask, commitmentId: string, parentTaskId: string | null, isMilestone: boolean): Promise<number> => {
    let row = await insertTask(tx, actor, {
      commitmentId,
      parentTaskId,
      isMilestone,
      title: task.title,
      objective: task.objective,
      responsibleUnitId: await unitId(task.unit),
      responsiblePerson: task.person,
      assigningUnitId: await unitId(HQ),
      accountableTo: HEAD_OF_MISSION_ANSWERS,
      checkedBy: CHECKED_BY_HQ,
      expectedOutput: task.output,
      expectedOutcome: task.outcome,
      startDate: task.start,
      dueDate: task.due,
    });
    for (const slip of task.slips ?? []) {
      // The request and its approval, as the API would record them, dated when they happened.
      await tasksRepo.insertDueDateChange(tx, {
        taskId: row.id,
        fromDate: row.dueDate,
        toDate: slip.to,
        reason: slip.reason,
        requestedAt: new Date(`${slip.requested}T09:00:00Z`),
        decision: 'approved',
        decidedAt: new Date(`${slip.decided}T09:00:00Z`),
        decisionNote: 'Đồng ý gia hạn, đề nghị báo cáo tiến độ hằng tháng',
      });
      row = await moveDueDate(tx, actor, row, slip.to);
    }
    for (const step of task.steps ?? []) {
      row = await recordStatus(tx, actor, row, { status: step.status, rationale: step.rationale, evidenceUrl: step.evidence }, new Date(`${step.on}T09:00:00Z`));
    }
    let count = 1;
    for (const milestone of task.milestones ?? []) count += await addTask(milestone, commitmentId, row.id, true);
    return count;
  };

  let commitments = 0;
  let tasks = 0;
  const recorded: string[] = [];
  for (const demo of [...COMMITMENTS, liveCommitment(today)]) {
    // Given at the conference, from its conclusions or from the resolution they ask to implement: the commitment
    // shows on the conference's page and on the document's.
    const source = conferences[demo.source];
    const sourceDocumentId = demo.resolution ? resolutions[demo.resolution] : source.sourceDocumentId;
    const existing = await commitmentsRepo.list(tx, { q: demo.title, sourceDocumentId, scope: { all: true }, today, page: 1, pageSize: 1 });
    if (existing.total > 0) continue;
    const commitment = await insertCommitment(tx, actor, {
      title: demo.title,
      sourceQuote: demo.quote,
      engagementId: source.engagementId,
      sourceDocumentId,
      ownerUnitId: await unitId(demo.owner),
      coOwnerUnitIds: await Promise.all(demo.coOwners.map(unitId)),
      dueDate: demo.due,
      indicatorCode: demo.indicator ?? null,
      fields: demo.fields,
    });
    commitments += 1;
    recorded.push(commitment.id);
    for (const task of demo.tasks) tasks += await addTask(task, commitment.id, null, false);
  }
  // Their wording, people and dates are invented: the records say so in their demo flag.
  if (recorded.length > 0) {
    await tx.update(commitmentsTable).set({ demo: true }).where(inArray(commitmentsTable.id, recorded));
    await tx.update(tasksTable).set({ demo: true }).where(inArray(tasksTable.commitmentId, recorded));
  }
  return { commitments, tasks };
}
