// Fictional, generated articles for the topic-model tests: sentences about border gates, about
// investment projects, and about neither, mixed by a seeded generator.
import type { TopicExample } from '../src/index.ts';

const BORDER = [
  'Đồn biên phòng tăng cường tuần tra dọc tuyến biên giới.',
  'Lượng xe hàng qua cửa khẩu quốc tế tăng trong tuần qua.',
  'Hai bên phối hợp kiểm tra hệ thống cột mốc quốc giới.',
  'Lực lượng biên phòng bắt giữ đối tượng vận chuyển hàng lậu qua biên giới.',
  'Thủ tục xuất nhập cảnh tại cửa khẩu được rút ngắn.',
  'Cán bộ đồn biên phòng giúp người dân vùng biên giới làm nhà.',
];
const INVESTMENT = [
  'Tỉnh trao giấy chứng nhận đầu tư cho dự án nhà máy mới.',
  'Khu công nghiệp thu hút thêm ba dự án vốn đầu tư nước ngoài.',
  'Nhà đầu tư cam kết giải ngân vốn trong năm nay.',
  'Hội nghị xúc tiến đầu tư thu hút nhiều doanh nghiệp tham dự.',
  'Dự án đầu tư hạ tầng khu kinh tế được khởi công.',
  'Vốn FDI đăng ký mới tăng so với cùng kỳ năm trước.',
];
const OTHER = [
  'Đội bóng địa phương giành chiến thắng trong trận đấu tối qua.',
  'Thời tiết hôm nay có mưa rào rải rác ở nhiều nơi.',
  'Lễ hội văn hóa thu hút đông đảo du khách tham quan.',
  'Bệnh viện tỉnh khai trương khoa khám bệnh mới.',
  'Học sinh tựu trường chuẩn bị cho năm học mới.',
  'Giá rau xanh tại chợ tăng nhẹ sau đợt mưa lớn.',
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(pool: string[], n: number, next: () => number): string[] {
  return Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]!);
}

export type Kind = 'border' | 'investment' | 'other';

/** An article mostly about `kind`, with some sentences of the other kinds mixed in. */
export function article(kind: Kind, seed: number): { title: string; text: string } {
  const next = random(seed);
  const main = kind === 'border' ? BORDER : kind === 'investment' ? INVESTMENT : OTHER;
  const sentences = [...pick(main, 4, next), ...pick(OTHER, 2, next)];
  return { title: pick(main, 1, next)[0]!.replace(/\.$/, ''), text: sentences.join(' ') };
}

export function labelledExamples(count: number, seed = 1): TopicExample[] {
  const kinds: Kind[] = ['border', 'investment', 'other'];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % 3]!;
    return {
      id: `ex-${i}`,
      ...article(kind, seed * 1000 + i),
      labels: { border: kind === 'border', investment: kind === 'investment' },
    };
  });
}
