/**
 * A small labelled set of directive and report paragraphs for evaluating the commitment splitter
 * (commitments.split.ts; results in docs/splitter-evaluation.md). Each item gives the paragraph, where it comes from,
 * and the commitments a reviewer would keep from it, each named by words that occur in it and in no other of the
 * paragraph's commitments. A paragraph that only reports results (things done, signed, reached) has none.
 *
 * The labels were written before the splitter was measured against them; the rules were then tuned on the set,
 * except the items marked `heldOut`, added afterwards and never used for tuning. English items are the published English
 * text; the Vietnamese items are renderings of the same reports (the Vietnamese originals were not at hand), so
 * they test the Vietnamese rules on Vietnamese wording but are not quotations.
 */
import type { Locale } from '../../../shared/schemas/users.js';

export interface EvaluationItem {
  id: string;
  locale: Locale;
  source: string;
  text: string;
  /** Distinctive words of each expected commitment, as they occur in the text; empty when none is expected. */
  expected: string[];
  /** Added after the splitter's rules were tuned on the others, and not used to tune them. */
  heldOut?: boolean;
}

const DEC_2024 =
  'PM\'s conference with heads of missions, 20 Dec 2024: baotainguyenmoitruong.vn, https://baotainguyenmoitruong.vn/thu-tuong-tao-dot-pha-ve-ngoai-giao-kinh-te-de-gop-phan-tang-truong-2-con-so-384815.html';
const JUL_2025 =
  'PM\'s conference with heads of missions, 22 Jul 2025: news.laodong.vn, https://news.laodong.vn/thoi-su/thu-tuong-yeu-cau-ngoai-giao-kinh-te-phuc-vu-muc-tieu-tang-truong-83-85-1545092.ldo';
const RENDERING = 'Vietnamese rendering of ';

export const SPLIT_EVALUATION: EvaluationItem[] = [
  // English: the Prime Minister's conclusions of 20 Dec 2024, as published.
  {
    id: 'en-2024-frameworks',
    locale: 'en',
    source: DEC_2024,
    text: 'The Prime Minister requested that in the coming period, economic diplomacy should focus on promoting the signing of legal frameworks such as FTAs, IPAs, CEPAs, etc.; assessing the unique potential, outstanding opportunities, and competitive advantages of Vietnam and its partners to identify areas for cooperation, complementarity, and competition; and promoting connections between Vietnamese businesses and businesses in other countries.',
    expected: ['signing of legal frameworks', 'assessing the unique potential', 'promoting connections'],
  },
  {
    id: 'en-2024-growth-drivers',
    locale: 'en',
    source: DEC_2024,
    text: 'Highlighting economic diplomacy as a new and important driving force, the Prime Minister requested the renewal of traditional growth drivers such as exports, investment, and consumption; the promotion of new growth drivers such as the green economy, digital economy, circular economy, knowledge economy, sharing economy, and night-time economy; focusing on building brands for Vietnamese products and services; promoting trade and investment in a more substantive and effective manner; developing a sustainable competitive market; and diversifying products, markets, and supply chains.',
    expected: ['renewal of traditional growth drivers', 'promotion of new growth drivers', 'building brands', 'promoting trade and investment', 'sustainable competitive market', 'diversifying products'],
  },
  {
    id: 'en-2024-fields',
    locale: 'en',
    source: DEC_2024,
    text: 'Accordingly, the Prime Minister emphasized the need to strengthen diplomacy in various fields, continuing to promote technology diplomacy, tea diplomacy, shrimp diplomacy, etc.; especially expanding cooperation in technology, particularly technology transfer such as semiconductor chips and artificial intelligence; and cooperation in the exploration of outer space, maritime space, and subsurface space. At the same time, the Prime Minister noted the need to continue reforming visa policies to facilitate investment and tourism attraction.',
    expected: ['strengthen diplomacy in various fields', 'expanding cooperation in technology', 'exploration of outer space', 'reforming visa policies'],
  },
  {
    id: 'en-2024-heads-of-mission',
    locale: 'en',
    source: DEC_2024,
    text: 'The Prime Minister assigned specific tasks to Vietnamese Ambassadors and Heads of Missions Abroad, including: lobbying the United States to remove Vietnam from the list of countries restricted from exporting technology and to recognize Vietnam as a market economy as soon as possible; promoting cooperation with China in developing border trade, transportation connectivity, especially railway connections; cooperating with Middle Eastern countries to build an International Financial Center in Ho Chi Minh City, and lifting the EC\'s yellow card for IUU (Illegal, Unreported, and Unregulated) fishing…',
    expected: ['lobbying the United States', 'cooperation with China', 'International Financial Center', 'yellow card'],
  },
  {
    id: 'en-2024-corporations-done',
    locale: 'en',
    source: DEC_2024,
    text: 'To date, Apple has completed the relocation of 11 factories producing audio-visual equipment to Vietnam. Intel is expanding phase 2 of its chip testing plant in Ho Chi Minh City. Google is expanding skills training in Vietnam to strengthen cooperation in AI. NVIDIA has signed an agreement with the Vietnamese government to establish an NVIDIA Artificial Intelligence (AI) Research and Development Center and an AI Data Center in Vietnam.',
    expected: [],
  },
  {
    id: 'en-2024-results',
    locale: 'en',
    source: DEC_2024,
    text: 'In nearly 60 foreign affairs activities of key Party and State leaders in 2024, economic issues became the focus, yielding concrete and substantive results. More than 170 cooperation agreements were signed during these high-level activities.',
    expected: [],
  },
  {
    id: 'en-2024-ftas-done',
    locale: 'en',
    source: DEC_2024,
    text: 'Vietnam has increased the total number of signed and participating FTAs to 17; accelerated the implementation of signed FTAs, actively removed market barriers, thereby contributing to the recovery and growth of exports; focused on resolving technical obstacles in the implementation of the EVFTA, lobbied EU members on the Investment Protection Agreement (EVIPA), lifted the IUU yellow card against Vietnamese seafood, and lobbied the US to remove Vietnam from the D1-D3 group and soon recognize Vietnam as a market economy.',
    expected: [],
  },
  {
    id: 'en-2024-limitations',
    locale: 'en',
    source: DEC_2024,
    text: 'However, economic diplomacy still has limitations such as: not effectively and fully utilizing the opportunities to upgrade relations with partners; economic cooperation with some strategic regions is not commensurate with the cooperation framework; the implementation of commitments and agreements is sometimes slow in some places.',
    expected: [],
  },

  // English: the directions of 22 Jul 2025 (English rendering of the report).
  {
    id: 'en-2025-bridge',
    locale: 'en',
    source: JUL_2025,
    text: 'The Prime Minister asked the missions to continue to act as an effective bridge, providing market information and widening opportunities for cooperation between Vietnam and other countries in many fields; they should also keep promoting the image of the country, its people and its investment potential abroad.',
    expected: ['effective bridge', 'promoting the image'],
  },
  {
    id: 'en-2025-markets',
    locale: 'en',
    source: JUL_2025,
    text: 'The Prime Minister stressed expanding export markets, making use of the free trade agreements signed, and completing new agreements with potential markets such as the Middle East, Africa, Latin America, Central Asia, India and Brazil. He also called for support to businesses in key sectors such as electronics, automotive, textiles and machinery to raise exports and integrate into global supply chains.',
    expected: ['expanding export markets', 'support to businesses'],
  },
  {
    id: 'en-2025-ifc',
    locale: 'en',
    source: JUL_2025,
    text: 'The Prime Minister asked for the swift implementation of National Assembly Resolution No. 222/2025/QH15 on the international financial centre in Vietnam, noting the interest of countries such as the United Arab Emirates and Kazakhstan in sharing their expertise. He also directed the Ministry of Foreign Affairs to lead the drafting of a National Assembly resolution on special mechanisms to implement Politburo Resolution 59 on proactive and comprehensive international integration.',
    expected: ['222/2025/QH15', 'lead the drafting'],
  },
  {
    id: 'en-2025-results',
    locale: 'en',
    source: JUL_2025,
    text: 'In the first six months of 2025, key leaders carried out nearly 50 major external activities, upgraded relations with 10 countries and signed 253 cooperation agreements, double the number of 2024. Missions abroad held nearly 300 economic diplomacy events, supported localities in more than 150 promotion activities and helped facilitate 30 agreements between Vietnamese localities and international partners.',
    expected: [],
  },

  // Vietnamese renderings.
  {
    id: 'vi-2024-frameworks',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    text: 'Thủ tướng yêu cầu thời gian tới, ngoại giao kinh tế tập trung thúc đẩy ký kết các khuôn khổ pháp lý như FTA, IPA, CEPA; đánh giá tiềm năng khác biệt, cơ hội nổi trội, lợi thế cạnh tranh của Việt Nam và đối tác để xác định lĩnh vực hợp tác, bổ trợ; kết nối doanh nghiệp Việt Nam với doanh nghiệp các nước.',
    expected: ['khuôn khổ pháp lý', 'tiềm năng khác biệt', 'kết nối doanh nghiệp'],
  },
  {
    id: 'vi-2024-fields',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    text: 'Thủ tướng nhấn mạnh cần tăng cường ngoại giao trên các lĩnh vực, tiếp tục thúc đẩy ngoại giao công nghệ, ngoại giao cây chè, ngoại giao con tôm; đặc biệt mở rộng hợp tác công nghệ, nhất là chuyển giao công nghệ chip bán dẫn, trí tuệ nhân tạo; hợp tác khai thác không gian vũ trụ, không gian biển, không gian ngầm. Đồng thời, tiếp tục cải cách chính sách thị thực để thu hút đầu tư, du lịch.',
    expected: ['tăng cường ngoại giao', 'mở rộng hợp tác công nghệ', 'không gian vũ trụ', 'chính sách thị thực'],
  },
  {
    id: 'vi-2024-heads-of-mission',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    text: 'Thủ tướng giao nhiệm vụ cụ thể cho các Đại sứ, Trưởng Cơ quan đại diện, trong đó có: vận động Hoa Kỳ sớm đưa Việt Nam ra khỏi danh sách hạn chế xuất khẩu công nghệ và công nhận quy chế kinh tế thị trường; thúc đẩy hợp tác với Trung Quốc phát triển thương mại biên giới, kết nối giao thông, nhất là đường sắt; phối hợp với các nước Trung Đông xây dựng Trung tâm tài chính quốc tế tại TP. Hồ Chí Minh; gỡ thẻ vàng IUU của Ủy ban châu Âu.',
    expected: ['vận động Hoa Kỳ', 'hợp tác với Trung Quốc', 'Trung tâm tài chính quốc tế', 'thẻ vàng'],
  },
  {
    id: 'vi-2024-corporations-done',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    text: 'Đến nay, Apple đã hoàn thành chuyển 11 nhà máy sản xuất thiết bị nghe nhìn sang Việt Nam. NVIDIA đã ký thỏa thuận với Chính phủ Việt Nam thành lập Trung tâm nghiên cứu và phát triển trí tuệ nhân tạo và Trung tâm dữ liệu AI tại Việt Nam.',
    expected: [],
  },
  {
    id: 'vi-2024-results',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    text: 'Trong gần 60 hoạt động đối ngoại của lãnh đạo chủ chốt năm 2024, các nội dung kinh tế trở thành trọng tâm, mang lại kết quả cụ thể, thực chất. Hơn 170 thỏa thuận hợp tác đã được ký kết trong các hoạt động cấp cao này.',
    expected: [],
  },
  {
    id: 'vi-2024-ftas-done',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    text: 'Việt Nam đã nâng tổng số FTA đã ký và tham gia lên 17; đẩy nhanh thực thi các FTA đã ký, tích cực tháo gỡ rào cản thị trường; vận động các nước EU phê chuẩn Hiệp định bảo hộ đầu tư (EVIPA) và vận động Hoa Kỳ đưa Việt Nam ra khỏi nhóm D1–D3.',
    expected: [],
  },
  {
    id: 'vi-2025-bridge',
    locale: 'vi',
    source: RENDERING + JUL_2025,
    text: 'Thủ tướng đề nghị các cơ quan đại diện tiếp tục phát huy vai trò cầu nối hiệu quả, cung cấp thông tin thị trường, mở rộng cơ hội hợp tác giữa Việt Nam với các nước trên nhiều lĩnh vực; đồng thời tiếp tục quảng bá hình ảnh đất nước, con người và tiềm năng đầu tư của Việt Nam ở nước ngoài.',
    expected: ['cầu nối hiệu quả', 'quảng bá hình ảnh'],
  },
  {
    id: 'vi-2025-markets',
    locale: 'vi',
    source: RENDERING + JUL_2025,
    text: 'Thủ tướng nhấn mạnh phải mở rộng thị trường xuất khẩu, tận dụng các FTA đã ký và hoàn tất các hiệp định mới với các thị trường tiềm năng như Trung Đông, châu Phi, Mỹ Latinh, Trung Á, Ấn Độ, Brazil. Thủ tướng cũng yêu cầu hỗ trợ doanh nghiệp trong các ngành chủ lực như điện tử, ô tô, dệt may, máy móc tăng xuất khẩu, tham gia chuỗi cung ứng toàn cầu.',
    expected: ['mở rộng thị trường xuất khẩu', 'hỗ trợ doanh nghiệp'],
  },
  {
    id: 'vi-2025-ifc',
    locale: 'vi',
    source: RENDERING + JUL_2025,
    text: 'Thủ tướng yêu cầu khẩn trương triển khai Nghị quyết số 222/2025/QH15 của Quốc hội về Trung tâm tài chính quốc tế tại Việt Nam, ghi nhận các nước như UAE, Kazakhstan quan tâm chia sẻ kinh nghiệm. Thủ tướng giao Bộ Ngoại giao chủ trì xây dựng nghị quyết của Quốc hội về cơ chế đặc thù thực hiện Nghị quyết 59 của Bộ Chính trị về hội nhập quốc tế.',
    expected: ['222/2025/QH15', 'chủ trì xây dựng'],
  },
  {
    id: 'vi-2025-results',
    locale: 'vi',
    source: RENDERING + JUL_2025,
    text: '6 tháng đầu năm 2025, lãnh đạo chủ chốt đã thực hiện gần 50 hoạt động đối ngoại quan trọng, nâng cấp quan hệ với 10 nước, ký 253 thỏa thuận hợp tác, gấp đôi năm 2024. Các cơ quan đại diện đã tổ chức gần 300 hoạt động ngoại giao kinh tế, hỗ trợ các địa phương tổ chức hơn 150 hoạt động xúc tiến và thúc đẩy ký kết 30 thỏa thuận giữa địa phương Việt Nam với đối tác quốc tế.',
    expected: [],
  },

  // Held out: written after the rules were tuned; measured, never tuned on.
  {
    id: 'en-2024-delegates-proposed',
    locale: 'en',
    source: DEC_2024,
    heldOut: true,
    text: 'Delegates proposed strengthening the economic diplomacy aspect in high-level diplomatic activities; establishing mechanisms to accelerate the implementation of high-level commitments and agreements; creating breakthroughs in economic, trade, investment, and labor relations; and developing new growth drivers such as science and technology, innovation, green economy, and digital economy, especially emerging sectors like artificial intelligence, semiconductors, the Internet of Things, and cloud computing.',
    expected: [],
  },
  {
    id: 'en-2024-growth-target',
    locale: 'en',
    source: DEC_2024,
    heldOut: true,
    text: 'To achieve the goal of upper-middle income for its people by 2030 and high income by 2045, Vietnam\'s economic growth rate must reach 8% in 2025 and achieve double-digit growth in the coming development period.',
    expected: ['8% in 2025'],
  },
  {
    id: 'en-2024-exhortation',
    locale: 'en',
    source: DEC_2024,
    heldOut: true,
    text: 'The Prime Minister emphasized that economic diplomacy needs to contribute more to achieving this goal; all ministries, sectors, localities, and agencies must strive harder, and those who have already made a commitment must be even more determined, more persistent, and more resolute.',
    expected: [],
  },
  {
    id: 'en-2024-welcomed',
    locale: 'en',
    source: DEC_2024,
    heldOut: true,
    text: 'Concluding the conference, Prime Minister Pham Minh Chinh welcomed the positive results in economic diplomacy, a highlight in foreign affairs, and a significant contribution to the country\'s socio-economic development achievements in 2024, with 15 out of 15 targets met or exceeded.',
    expected: [],
  },
  {
    id: 'en-2025-relations',
    locale: 'en',
    source: JUL_2025,
    heldOut: true,
    text: 'The Prime Minister also stressed the need to deepen relations with neighbouring countries, major powers and strategic partners on the basis of trust, stability and mutual benefit. He encouraged innovative approaches to managing bilateral issues and the effective coordination of high-level external activities through flexible multi-level engagement.',
    expected: ['deepen relations', 'innovative approaches'],
  },
  {
    id: 'vi-2025-relations',
    locale: 'vi',
    source: RENDERING + JUL_2025,
    heldOut: true,
    text: 'Thủ tướng cũng nhấn mạnh cần làm sâu sắc quan hệ với các nước láng giềng, các nước lớn, đối tác chiến lược trên cơ sở tin cậy, ổn định, cùng có lợi. Thủ tướng khuyến khích đổi mới cách thức xử lý các vấn đề song phương và phối hợp hiệu quả các hoạt động đối ngoại cấp cao thông qua tiếp xúc linh hoạt nhiều cấp.',
    expected: ['làm sâu sắc quan hệ', 'đổi mới cách thức'],
  },
  {
    id: 'vi-2024-delegates-proposed',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    heldOut: true,
    text: 'Các đại biểu đề xuất tăng cường nội dung kinh tế trong các hoạt động đối ngoại cấp cao; thiết lập cơ chế đôn đốc thực hiện các cam kết, thỏa thuận cấp cao; tạo đột phá trong quan hệ kinh tế, thương mại, đầu tư, lao động.',
    expected: [],
  },
  {
    id: 'vi-2024-welcomed',
    locale: 'vi',
    source: RENDERING + DEC_2024,
    heldOut: true,
    text: 'Thủ tướng đánh giá cao kết quả ngoại giao kinh tế năm 2024 với 15/15 chỉ tiêu đạt và vượt, tăng trưởng trên 7%, thu hút FDI 11 tháng đạt 31,4 tỷ USD.',
    expected: [],
  },
];
