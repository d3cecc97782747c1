// Words in chat messages and digests, Vietnamese first. Topic ids stay as they are (an
// administrator names topics); the known default topics get readable names.
export type Locale = 'vi' | 'en';

export interface Labels {
  newAlert: string;
  growing: (size: number) => string;
  spike: string;
  test: string;
  testBody: string;
  alertsInMessage: (n: number) => string;
  lastHour: string;
  lastDay: string;
  usual: string;
  domestic: string;
  foreign: string;
  tone: string;
  relevance: string;
  open: string;
  digestSubject: (day: string) => string;
  digestTitle: string;
  digestIntro: (day: string, total: number) => string;
  byTopic: string;
  items: string;
  stories: string;
  topOutlets: string;
  notableNegative: string;
  otherTopics: string;
  nothing: string;
  moreItems: (n: number) => string;
  openInUi: string;
}

const VI: Labels = {
  newAlert: 'Cảnh báo mới',
  growing: (size) => `Tin đang lan rộng: ${size} bài`,
  spike: 'Tăng đột biến',
  test: 'Tin nhắn thử',
  testBody: 'PressWatch gửi tin nhắn thử tới kênh này.',
  alertsInMessage: (n) => `PressWatch: ${n} cảnh báo`,
  lastHour: 'trong giờ qua',
  lastDay: 'trong 24 giờ qua',
  usual: 'thường',
  domestic: 'trong nước',
  foreign: 'nước ngoài',
  tone: 'sắc thái',
  relevance: 'liên quan',
  open: 'Mở',
  digestSubject: (day) => `PressWatch — bản tin ngày ${day}`,
  digestTitle: 'Bản tin hằng ngày',
  digestIntro: (day, total) => `Ngày ${day}: ${total} bài viết liên quan.`,
  byTopic: 'Theo chủ đề',
  items: 'bài',
  stories: 'Tin chính',
  topOutlets: 'Cơ quan báo chí đăng nhiều nhất',
  notableNegative: 'Bài có sắc thái tiêu cực đáng chú ý',
  otherTopics: 'Chủ đề khác',
  nothing: 'Không có bài viết nào.',
  moreItems: (n) => `và ${n} bài khác`,
  openInUi: 'Xem trong PressWatch',
};

const EN: Labels = {
  newAlert: 'New alert',
  growing: (size) => `Story spreading: ${size} items`,
  spike: 'Spike',
  test: 'Test message',
  testBody: 'PressWatch sends a test message to this channel.',
  alertsInMessage: (n) => `PressWatch: ${n} alert${n === 1 ? '' : 's'}`,
  lastHour: 'in the last hour',
  lastDay: 'in the last 24 hours',
  usual: 'usually',
  domestic: 'domestic',
  foreign: 'foreign',
  tone: 'tone',
  relevance: 'relevance',
  open: 'Open',
  digestSubject: (day) => `PressWatch — daily digest for ${day}`,
  digestTitle: 'Daily digest',
  digestIntro: (day, total) => `${day}: ${total} relevant item${total === 1 ? '' : 's'}.`,
  byTopic: 'By topic',
  items: 'items',
  stories: 'Top stories',
  topOutlets: 'Top outlets',
  notableNegative: 'Notable critical items',
  otherTopics: 'Other topics',
  nothing: 'Nothing was published.',
  moreItems: (n) => `and ${n} more`,
  openInUi: 'Open in PressWatch',
};

const TOPIC_NAMES: Record<Locale, Record<string, string>> = {
  vi: { border: 'Biên giới', sea_islands: 'Biển đảo', human_rights: 'Nhân quyền', investment: 'Đầu tư' },
  en: {
    border: 'Border',
    sea_islands: 'Sea and islands',
    human_rights: 'Human rights',
    investment: 'Investment',
  },
};

export function labels(locale: Locale): Labels {
  return locale === 'en' ? EN : VI;
}

export function topicName(topic: string, locale: Locale): string {
  return TOPIC_NAMES[locale][topic] ?? topic;
}
