// Fictional stories written for these tests (no real article text), and their copies: a
// syndicated copy with small edits, a rewrite under the same headline, a rewrite that rewords the
// headline, an unrelated story, and two weather bulletins that share a template but not a story.
import type { Item } from '@presswatch/domain';

const BORDER_GATE = [
  'Sáng ngày 12 tháng 3, Ban quản lý Khu kinh tế tỉnh cho biết lượng hàng hóa thông quan qua cửa khẩu quốc tế Lao Bảo trong quý đầu năm tăng mạnh so với cùng kỳ.',
  'Theo số liệu của đơn vị, trung bình mỗi ngày có khoảng bốn trăm lượt xe chở hàng làm thủ tục xuất nhập cảnh tại khu vực cửa khẩu.',
  'Các mặt hàng chủ yếu gồm nông sản, vật liệu xây dựng, hàng tiêu dùng và linh kiện điện tử được vận chuyển sang nước bạn.',
  'Lực lượng biên phòng và hải quan đã bố trí thêm cán bộ trực ca đêm để giảm thời gian chờ đợi của các doanh nghiệp vận tải.',
  'Ông Trần Văn Minh, Phó trưởng ban quản lý, cho biết đơn vị đang phối hợp với phía bạn thí điểm mô hình kiểm tra chung một lần dừng.',
  'Nếu mô hình này được triển khai chính thức, thời gian thông quan mỗi xe hàng có thể rút ngắn từ hai giờ xuống còn khoảng bốn mươi phút.',
  'Bên cạnh đó, tỉnh cũng kêu gọi các nhà đầu tư xây dựng thêm kho bãi và trung tâm logistics gần khu vực cửa khẩu.',
  'Nhiều doanh nghiệp vận tải bày tỏ sự đồng tình và mong muốn thủ tục hành chính tiếp tục được đơn giản hóa trong thời gian tới.',
  'Dự kiến trong năm nay, tổng kim ngạch xuất nhập khẩu qua cửa khẩu sẽ vượt mốc năm trăm triệu đô la Mỹ.',
  'Các cơ quan chức năng cũng tăng cường tuần tra, kiểm soát để phòng chống buôn lậu và gian lận thương mại trên tuyến biên giới.',
];

const FISHERMEN = [
  'Chiều ngày 5 tháng 6, đồn biên phòng đảo Cồn Cỏ đã tiếp nhận và hỗ trợ một tàu cá bị hỏng máy khi đang đánh bắt xa bờ.',
  'Trên tàu có chín ngư dân, tất cả đều an toàn và được cán bộ quân y kiểm tra sức khỏe ngay sau khi vào bờ.',
  'Chủ tàu cho biết con tàu gặp sự cố vào rạng sáng khi cách đảo khoảng ba mươi hải lý về phía đông bắc.',
  'Nhận được tin báo, lực lượng trên đảo đã điều động xuồng cứu hộ ra lai dắt tàu vào khu neo đậu an toàn.',
  'Sau khi sửa chữa xong, tàu cá sẽ tiếp tục hành trình và trở về cảng cá trong đất liền vào cuối tuần.',
  'Đại diện đồn biên phòng khuyến cáo ngư dân kiểm tra kỹ máy móc, trang bị đầy đủ thiết bị liên lạc trước mỗi chuyến biển.',
  'Từ đầu năm đến nay, các lực lượng trên đảo đã hỗ trợ hơn hai mươi lượt tàu thuyền gặp nạn trong vùng biển.',
  'Ngư dân địa phương đánh giá cao sự hỗ trợ kịp thời của cán bộ, chiến sĩ đang làm nhiệm vụ tại đảo.',
];

export const BORDER_HEADLINE = 'Hàng hóa thông quan qua cửa khẩu quốc tế Lao Bảo tăng mạnh trong quý đầu năm';

export interface TestStory {
  title: string;
  text: string;
}

const paragraphs = (sentences: string[]) =>
  [sentences.slice(0, 2).join(' '), sentences.slice(2, 6).join(' '), sentences.slice(6).join(' ')].join(
    '\n\n',
  );

export const original: TestStory = { title: BORDER_HEADLINE, text: paragraphs(BORDER_GATE) };

/** Another outlet's copy: a new headline, one sentence reworded, a credit line added. */
export const syndicated: TestStory = {
  title: 'Lao Bảo: lượng hàng hóa thông quan tăng mạnh trong quý I',
  text: paragraphs([
    ...BORDER_GATE.slice(0, 4),
    'Phó trưởng ban quản lý Trần Văn Minh nói đơn vị đang cùng phía bạn thử nghiệm cách kiểm tra chung một lần dừng.',
    ...BORDER_GATE.slice(5),
    'Theo Báo Biên Cương Thử.',
  ]),
};

/** Same headline, a lead and half of the body written anew. */
export const sameHeadline: TestStory = {
  title: BORDER_HEADLINE,
  text: paragraphs([
    'Ba tháng đầu năm, cửa khẩu Lao Bảo đón lượng xe hàng lớn chưa từng có, theo thông tin từ cơ quan quản lý khu kinh tế.',
    'Mỗi ngày có hàng trăm xe tải nối đuôi nhau chờ làm thủ tục, phần lớn chở nông sản và vật liệu.',
    ...BORDER_GATE.slice(3, 6),
    'Lãnh đạo tỉnh đề nghị các sở ngành sớm hoàn thiện quy hoạch kho bãi phục vụ hoạt động xuất nhập khẩu.',
    ...BORDER_GATE.slice(8),
  ]),
};

/** A rewrite: most of the headline kept, more than half of the body reworded. */
export const rewrite: TestStory = {
  title: 'Hàng hóa thông quan qua cửa khẩu Lao Bảo tăng mạnh, doanh nghiệp phấn khởi',
  text: paragraphs([
    'Quý đầu năm, hàng hóa đi qua Lao Bảo tăng vọt, Ban quản lý Khu kinh tế tỉnh cho hay hôm 12 tháng 3.',
    'Số liệu cho thấy bình quân mỗi ngày có khoảng bốn trăm xe hàng qua lại khu vực cửa khẩu.',
    BORDER_GATE[2]!,
    'Biên phòng và hải quan đã tăng cường người trực ban đêm nhằm giảm thời gian chờ cho doanh nghiệp.',
    BORDER_GATE[4]!,
    'Khi áp dụng chính thức, mỗi xe hàng chỉ mất chừng bốn mươi phút thay vì hai giờ như hiện nay.',
    BORDER_GATE[6]!,
    'Các doanh nghiệp vận tải rất phấn khởi và mong thủ tục hành chính tiếp tục được cải cách.',
    BORDER_GATE[8]!,
    'Tuần tra chống buôn lậu trên tuyến biên giới cũng được đẩy mạnh trong thời gian này.',
  ]),
};

export const unrelated: TestStory = {
  title: 'Cứu hộ tàu cá gặp nạn gần đảo Cồn Cỏ',
  text: paragraphs(FISHERMEN),
};

const weather = (day: number, detail: string): TestStory => ({
  title: `Dự báo thời tiết ngày ${day} tháng 11: ${detail}`,
  text: paragraphs([
    `Theo Trung tâm Dự báo khí tượng thủy văn, ngày ${day} tháng 11, ${detail.toLowerCase()}.`,
    'Khu vực Hà Nội có mây, đêm và sáng sớm trời rét, nhiệt độ thấp nhất từ 16 đến 18 độ.',
    `Phía Tây Bắc Bộ ${day % 2 ? 'có mưa rào rải rác' : 'trời nắng hanh'}, vùng núi cao có nơi rét đậm.`,
    `Các tỉnh Trung Bộ ${day % 2 ? 'có mưa vừa, có nơi mưa to' : 'ít mưa, ngày nắng'}, gió đông bắc cấp 3.`,
    `Nam Bộ ${day % 2 ? 'ngày nắng, chiều tối có mưa dông vài nơi' : 'có mưa rào và dông rải rác'}.`,
    `Trên biển, vùng biển phía bắc ${day % 2 ? 'gió mạnh cấp 6, sóng cao 2 đến 3 mét' : 'gió cấp 4, biển động nhẹ'}.`,
    'Cơ quan khí tượng khuyến cáo người dân theo dõi các bản tin tiếp theo.',
  ]),
});

export const weatherMonday = weather(7, 'Bắc Bộ trời chuyển lạnh');
export const weatherTuesday = weather(8, 'Miền Trung mưa rải rác');

/** An item for `story`, from `sourceId`, seen at `at`. */
export function storyItem(
  id: string,
  story: TestStory,
  sourceId: string,
  at: string,
  fields: Partial<Item> = {},
): Item {
  return {
    id,
    url: `https://${sourceId}.example/${id}`,
    canonicalUrl: `https://${sourceId}.example/${id}`,
    sourceId,
    sourceName: `Báo ${sourceId}`,
    title: story.title,
    byline: null,
    publishedAt: at,
    fetchedAt: at,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: story.text,
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
    ...fields,
  };
}
