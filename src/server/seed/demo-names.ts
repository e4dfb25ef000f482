/**
 * Every business and person the demo invents, in one place. Invented deals, investments, contacts, confirmations
 * and agreements name only these: no real company and no real person is ever a party to something the demo made
 * up (`demo-names.test.ts` scans every record flagged as demo for the real names the sources mention).
 * The names are made up to read plausibly; the demo flag on each record, not the name, says it is invented.
 * Real events from the sources (a visit, the UAE CEPA, NVIDIA's AI centres) keep their real names and citations.
 */

export interface FictionalContact {
  /** The business, as it signs. */
  name: string;
  /** A made-up person at the business. */
  contact: string;
  /** Always on the reserved `.example` domain: nothing is ever sent to a real mailbox. */
  email: string;
}

/** Vietnamese exporters (outcomes of promotion activities: export contracts). */
export const FICTIONAL_EXPORTERS: FictionalContact[] = [
  { name: 'Công ty TNHH Thủy sản Sông Hậu Xanh', contact: 'Trần Bảo Ngọc', email: 'xuatkhau@songhauxanh.example' },
  { name: 'Công ty CP Cá tra Bến Lục Bình', contact: 'Lâm Thị Mỹ Duyên', email: 'sales@benlucbinh.example' },
  { name: 'Công ty CP Lúa gạo Đồng Sen Vàng', contact: 'Nguyễn Hữu Phước', email: 'export@dongsenvang.example' },
  { name: 'Công ty TNHH Cà phê Đỉnh Mây Xanh', contact: 'Y Khuê Niê', email: 'export@dinhmayxanh.example' },
  { name: 'Công ty CP Dệt may Cánh Cò Bay', contact: 'Phan Thanh Tâm', email: 'sales@canhcobay.example' },
  { name: 'Công ty CP Sữa và Thực phẩm Cỏ Non Lam Viên', contact: 'Đinh Ngọc Hân', email: 'export@cononlamvien.example' },
  { name: 'Công ty CP Đồ gỗ Rừng Thông Mới', contact: 'Võ Minh Triết', email: 'export@rungthongmoi.example' },
  { name: 'Công ty TNHH Nông sản Hạt Điều Bình Minh Nâu', contact: 'Hà Gia Khánh', email: 'trade@binhminhnau.example' },
];

/** Foreign investors (outcomes: investment pledged, registered, disbursed). */
export const FICTIONAL_INVESTORS: FictionalContact[] = [
  { name: 'Hanbit Seomun Electronics Co.', contact: 'Park Ji-woon', email: 'vn.invest@hanbit-seomun.example' },
  { name: 'Daeyang Mirae Components', contact: 'Seo Min-jae', email: 'vn.office@daeyang-mirae.example' },
  { name: 'Larkspur Microdevices Inc.', contact: 'Margaret Ellory', email: 'vn@larkspur-micro.example' },
  { name: 'Jinhe Precision Assembly Ltd.', contact: 'Wen Shaoqing', email: 'vn@jinhe-precision.example' },
  { name: 'Nordlys Toys & Moulding A/S', contact: 'Anders Kjeldgaard', email: 'vn@nordlys-toys.example' },
  { name: 'Corvane Packaging Technologies', contact: 'Daniel Okafor', email: 'vn@corvane.example' },
  { name: 'Sahrawan Gulf Capital', contact: 'Khalid Al-Nuaimi', email: 'asia@sahrawan.example' },
  { name: 'Kisung Fibres Vina', contact: 'Oh Tae-hyun', email: 'vn@kisung-fibres.example' },
];

/** Foreign buyers named as the counterpart of an export contract. */
export const FICTIONAL_BUYERS = [
  'Pinegrove Foodservice Corp.',
  'Hartwell Retail Group',
  'Kagayaki Supermarkets K.K.',
  'Mirae Fresh Mart',
  'Maison Delaunay Distribution',
  'Al Nakheel Food Trading LLC',
  'Rheinfeld Großhandel GmbH',
  'Brightwater Wholesale Club',
  'Southern Cross Grocers Pty Ltd',
];

export interface FictionalCompany {
  /** Partner code, unique among foreign companies. */
  code: string;
  vi: string;
  en: string;
  countryCode: string;
}

/** Foreign corporations that sign the demo's invented documents during engagements (recorded as demo partners). */
export const FICTIONAL_FOREIGN_COMPANIES: FictionalCompany[] = [
  { code: 'DEMO-US-QUILLWATER', vi: 'Quillwater Compute', en: 'Quillwater Compute Corp.', countryCode: 'US' },
  { code: 'DEMO-KR-HANBIT', vi: 'Tập đoàn Điện tử Hanbit Seomun', en: 'Hanbit Seomun Electronics', countryCode: 'KR' },
  { code: 'DEMO-US-ORCHARDLANE', vi: 'Orchard Lane Devices', en: 'Orchard Lane Devices Inc.', countryCode: 'US' },
  { code: 'DEMO-US-LARKSPUR', vi: 'Larkspur Microdevices', en: 'Larkspur Microdevices Inc.', countryCode: 'US' },
  { code: 'DEMO-US-BRIGHTLOOM', vi: 'Brightloom Search', en: 'Brightloom Search LLC', countryCode: 'US' },
  { code: 'DEMO-US-TESSELLA', vi: 'Tessella Design Automation', en: 'Tessella Design Automation', countryCode: 'US' },
  { code: 'DEMO-US-RIVERGATE', vi: 'Rivergate RF', en: 'Rivergate RF, Inc.', countryCode: 'US' },
  { code: 'DEMO-US-CALDERWOOD', vi: 'Calderwood Silicon', en: 'Calderwood Silicon', countryCode: 'US' },
  { code: 'DEMO-US-TIDEMARK', vi: 'Tidemark Aerospace', en: 'Tidemark Aerospace Company', countryCode: 'US' },
  { code: 'DEMO-KR-DAEYANG', vi: 'Tập đoàn Daeyang Mirae', en: 'Daeyang Mirae Group', countryCode: 'KR' },
  { code: 'DEMO-DE-HOLMWERK', vi: 'Holmwerk Industrietechnik', en: 'Holmwerk Industrietechnik AG', countryCode: 'DE' },
  { code: 'DEMO-FR-BELLEVILLE', vi: 'Aérostructures Belleville', en: 'Aérostructures Belleville SE', countryCode: 'FR' },
];

/** Vietnamese firms named as the seller (or buyer) of a commercial contract witnessed by leaders. */
export const FICTIONAL_VIETNAMESE_SELLERS = {
  airline: ['Công ty CP Hàng không Cánh Én Việt', 'Tổng công ty Bay Trời Phương Nam'],
  rice: ['Công ty CP Lúa gạo Đồng Sen Vàng', 'Tổng công ty Lương thực Cửu Long Xanh', 'Công ty CP Thương mại Hồng Lạc Phát'],
  gas: ['Tổng công ty Khí Biển Đông Xanh'],
  power: ['Tổng công ty Điện gió Mũi Né Xanh'],
  electronics: ['Công ty CP Công nghệ Lạc Hồng Số', 'Tập đoàn Viễn thông Sao Bắc'],
  coffee: ['Công ty TNHH Cà phê Đỉnh Mây Xanh', 'Công ty CP Thương mại Hồng Lạc Phát'],
  seafood: ['Công ty TNHH Thủy sản Sông Hậu Xanh', 'Công ty CP Cá tra Bến Lục Bình'],
  cloud: ['Công ty CP Công nghệ Lạc Hồng Số', 'Tập đoàn Viễn thông Sao Bắc'],
} as const;

/** The fictional exporter the demo business sign-in (`business@demo.local`) belongs to. */
export const DEMO_COMPANY = {
  code: 'DEMO-SAOBIEN',
  vi: 'Công ty CP Thủy sản Sao Biển (demo)',
  en: 'Sao Bien Seafood JSC (demo)',
  contact: 'Đỗ Minh Hải',
  email: 'xuatkhau@saobien.example',
};
