// The three fictional outlets the fixture web hosts, each under its own path prefix.
import type { FeedFormat, OutletKey } from './types.ts';

export interface PageLabels {
  home: string;
  related: string;
  tags: string;
  comments: string;
  mostRead: string;
  caption: string;
}

export interface Outlet {
  key: OutletKey;
  name: string;
  tagline: string;
  feedTitle: string;
  feedPath: string;
  format: FeedFormat;
  language: string;
  country: string;
  domestic: boolean;
  /** Query string the feed adds to article links (stripped by canonicalisation). */
  feedTracking: string;
  /** 'article': <article> + itemprop=articleBody; 'plain': nested divs only. */
  layout: 'article' | 'plain';
  labels: PageLabels;
  menu: string[];
  footer: string;
  /** Offset written in page and feed dates. */
  utcOffsetHours: number;
}

const VI_LABELS: PageLabels = {
  home: 'Trang chủ',
  related: 'Tin liên quan',
  tags: 'Từ khóa',
  comments: 'Bình luận',
  mostRead: 'Đọc nhiều',
  caption: 'Ảnh minh họa',
};

export const OUTLETS: readonly Outlet[] = [
  {
    key: 'quang-tri-moi',
    name: 'Báo Quảng Trị Mới',
    tagline: 'Tin tức tỉnh Quảng Trị',
    feedTitle: 'Báo Quảng Trị Mới - Tin mới nhất',
    feedPath: '/quang-tri-moi/rss/tin-moi-nhat.rss',
    format: 'rss',
    language: 'vi',
    country: 'vn',
    domestic: true,
    feedTracking: 'utm_source=rss&utm_medium=feed&utm_campaign=tin-moi-nhat',
    layout: 'article',
    labels: VI_LABELS,
    menu: ['Thời sự', 'Kinh tế', 'Đầu tư', 'Biển đảo', 'Nông nghiệp', 'Văn hóa'],
    footer:
      'Báo Quảng Trị Mới (ấn phẩm hư cấu dùng cho kiểm thử). Tòa soạn: số 1 đường Ví Dụ, phường Đông Hà.',
    utcOffsetHours: 7,
  },
  {
    key: 'song-nhat-le',
    name: 'Tạp chí Sông Nhật Lệ',
    tagline: 'Văn hóa, du lịch và đời sống vùng Đồng Hới',
    feedTitle: 'Tạp chí Sông Nhật Lệ',
    feedPath: '/song-nhat-le/atom.xml',
    format: 'atom',
    language: 'vi',
    country: 'vn',
    domestic: true,
    feedTracking: 'utm_source=atom&utm_medium=syndication',
    layout: 'plain',
    labels: { ...VI_LABELS, tags: 'Thẻ', comments: 'Ý kiến bạn đọc' },
    menu: ['Văn hóa', 'Du lịch', 'Đô thị', 'Con người'],
    footer: 'Tạp chí Sông Nhật Lệ (ấn phẩm hư cấu dùng cho kiểm thử). Liên hệ: phường Đồng Hới.',
    utcOffsetHours: 7,
  },
  {
    key: 'mekong-ledger',
    name: 'The Mekong Ledger',
    tagline: 'Business and politics across mainland Southeast Asia',
    feedTitle: 'The Mekong Ledger — Vietnam',
    feedPath: '/mekong-ledger/vietnam/feed.rss',
    format: 'rss',
    language: 'en',
    country: 'sg',
    domestic: false,
    feedTracking: 'utm_source=feed&utm_medium=rss&ref=rss',
    layout: 'article',
    labels: {
      home: 'Home',
      related: 'Related stories',
      tags: 'Topics',
      comments: 'Comments',
      mostRead: 'Most read',
      caption: 'File photo',
    },
    menu: ['Vietnam', 'Laos', 'Cambodia', 'Thailand', 'Business', 'Economy'],
    footer: 'The Mekong Ledger is a fictional publication made up for software tests.',
    utcOffsetHours: 0,
  },
];

export function outletByKey(key: OutletKey): Outlet {
  const outlet = OUTLETS.find((o) => o.key === key);
  if (!outlet) throw new Error(`Unknown fixture outlet: ${key}`);
  return outlet;
}

/** Path of an article page. */
export function articlePath(outlet: OutletKey, sectionSlug: string, slug: string): string {
  if (outlet === 'mekong-ledger') return `/${outlet}/news/${slug}`;
  if (outlet === 'song-nhat-le') return `/${outlet}/${sectionSlug}/${slug}`;
  return `/${outlet}/${sectionSlug}/${slug}.html`;
}
