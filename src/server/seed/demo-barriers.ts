import { and, asc, eq, like } from 'drizzle-orm';
import type { BarrierMilestoneInput } from '../../shared/schemas/barriers.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import type { Executor } from '../db/client.js';
import { commitments, tasks } from '../db/schema/index.js';
import { todayIso } from '../lib/dates.js';
import { barriersRepo } from '../modules/barriers/barriers.repo.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';

const IUU_SOURCE = 'https://ec.europa.eu/commission/presscorner/detail/en/IP_17_4064';

interface DemoBarrier {
  unit: [OrgUnitType, string];
  title: string;
  description: string;
  countryCode: string;
  sectors: string[];
  hsCodes: string[];
  measureType: string;
  valueAtStake: string | null;
  priority: string;
  provinces: string[];
  /** Each status with the day it took effect and why; the first is `open`. */
  history: { status: string; on: string; note: string | null }[];
  source: string | null;
  demo: boolean;
}

const BARRIERS: DemoBarrier[] = [
  {
    unit: ['mission', 'EMB-BE'],
    title: 'Thẻ vàng IUU của Ủy ban châu Âu đối với thủy sản khai thác của Việt Nam',
    description:
      'Ngày 23/10/2017 Ủy ban châu Âu cảnh báo "thẻ vàng" đối với Việt Nam vì chưa làm đủ để chống khai thác thủy sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Biện pháp áp dụng tại cả 27 nước thành viên EU; rào cản được ghi cho Bỉ, nơi Phái đoàn Việt Nam bên cạnh EU theo dõi. Lô hàng thủy sản khai thác xuất sang EU bị kiểm tra tăng cường. Hội nghị ngoại giao kinh tế ngày 20/12/2024 giao các cơ quan đại diện vận động gỡ thẻ vàng.',
    countryCode: 'BE',
    sectors: ['agriculture', 'trade'],
    hsCodes: ['03', '1604'],
    measureType: 'iuu_yellow_card',
    valueAtStake: null,
    priority: 'high',
    provinces: ['56', '91', '96'],
    history: [{ status: 'open', on: '2017-10-23', note: 'Ủy ban châu Âu công bố cảnh báo thẻ vàng (IP/17/4064)' }],
    source: IUU_SOURCE,
    demo: false,
  },
  {
    unit: ['mission', 'EMB-US'],
    title: '[demo] Kiểm tra tăng cường dư lượng kháng sinh đối với tôm nhập khẩu',
    description: '[demo] Giả định: cơ quan quản lý lấy mẫu mọi lô tôm từ Việt Nam trong sáu tháng, kéo dài thời gian thông quan.',
    countryCode: 'US',
    sectors: ['agriculture'],
    hsCodes: ['0306', '160521'],
    measureType: 'sps',
    valueAtStake: '45000000.00',
    priority: 'medium',
    provinces: ['96'],
    history: [{ status: 'open', on: '2025-09-15', note: null }],
    source: null,
    demo: true,
  },
  {
    unit: ['mission', 'EMB-JP'],
    title: '[demo] Yêu cầu ghi nhãn xuất xứ mới đối với thanh long tươi',
    description: '[demo] Giả định: nhãn phải ghi mã vùng trồng; lô hàng chưa có mã bị giữ tại cảng.',
    countryCode: 'JP',
    sectors: ['agriculture'],
    hsCodes: ['081090'],
    measureType: 'tbt',
    valueAtStake: '3200000.00',
    priority: 'low',
    provinces: [],
    history: [
      { status: 'open', on: '2025-03-01', note: null },
      { status: 'partly_resolved', on: '2025-07-10', note: '[demo] Phía Nhật Bản chấp nhận mã vùng trồng cho hai tỉnh đầu tiên' },
    ],
    source: null,
    demo: true,
  },
  {
    unit: ['mission', 'EMB-AU'],
    title: '[demo] Điều tra chống bán phá giá đối với ống thép hàn',
    description: '[demo] Giả định: điều tra chống bán phá giá kết thúc không áp thuế sau khi doanh nghiệp và cơ quan đại diện cung cấp số liệu.',
    countryCode: 'AU',
    sectors: ['trade'],
    hsCodes: ['7306'],
    measureType: 'trade_remedy',
    valueAtStake: '12000000.00',
    priority: 'medium',
    provinces: [],
    history: [
      { status: 'open', on: '2024-11-04', note: null },
      { status: 'resolved', on: '2025-05-20', note: '[demo] Cơ quan điều tra kết luận không áp thuế' },
    ],
    source: null,
    demo: true,
  },
];

/** The action plan of the IUU barrier: the tasks of the 2024 commitment to have the card lifted. */
async function iuuMilestones(tx: Executor): Promise<BarrierMilestoneInput[]> {
  const [commitment] = await tx.select().from(commitments).where(and(like(commitments.title, '%thẻ vàng%'), eq(commitments.demo, true))).orderBy(asc(commitments.createdAt)).limit(1);
  if (!commitment) return [];
  const rows = await tx.select().from(tasks).where(eq(tasks.commitmentId, commitment.id)).orderBy(asc(tasks.dueDate));
  return rows.map((task) => ({ title: task.title, dueDate: task.dueDate, commitmentId: commitment.id, taskId: task.id }));
}

/** Market-access barriers: the EC's IUU yellow card (real, cited) and a few invented ones marked [demo]. */
export async function loadDemoBarriers(tx: Executor, createdBy: string | null) {
  const today = todayIso();
  for (const b of BARRIERS) {
    const unit = await orgUnitsRepo.findByCode(tx, b.unit[0], b.unit[1], today);
    if (!unit) continue;
    const last = b.history.at(-1)!;
    const row = await barriersRepo.insert(tx, {
      unitId: unit.id,
      title: b.title,
      description: b.description,
      countryCode: b.countryCode,
      sectors: b.sectors,
      hsCodes: b.hsCodes,
      measureType: b.measureType,
      valueAtStake: b.valueAtStake,
      currency: b.valueAtStake ? 'USD' : null,
      priority: b.priority,
      status: last.status,
      statusSince: last.on,
      source: b.source,
      demo: b.demo,
      createdBy,
    });
    const provinces = await Promise.all(b.provinces.map((code) => orgUnitsRepo.findByCode(tx, 'province', code, today)));
    await barriersRepo.setProvinces(tx, row.id, provinces.flatMap((p) => (p ? [p.id] : [])));
    if (b.measureType === 'iuu_yellow_card') await barriersRepo.setMilestones(tx, row.id, await iuuMilestones(tx));
    for (const change of b.history) await barriersRepo.insertStatusChange(tx, { barrierId: row.id, status: change.status, effectiveDate: change.on, note: change.note, userId: createdBy });
  }
}
