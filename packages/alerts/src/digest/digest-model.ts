// What a daily digest says, before rendering: the day's items grouped by topic and story
// cluster with counts, domestic vs foreign, the top outlets and notable critical items.
export interface DigestItem {
  id: string;
  title: string;
  url: string;
  source: string;
  country: string | null;
  domestic: boolean;
  tone: number | null;
  relevance: number | null;
  publishedAt: string | null;
  link: string;
}

export interface DigestStory {
  clusterId: string | null;
  headline: DigestItem;
  /** Items of the story that day. */
  size: number;
  outlets: number;
  domestic: number;
  foreign: number;
}

export interface DigestTopic {
  /** Topic id, or null for items without a topic. */
  topic: string | null;
  count: number;
  domestic: number;
  foreign: number;
  stories: DigestStory[];
  /** Stories not listed. */
  moreStories: number;
  link: string;
}

export interface Digest {
  subscriptionId: string;
  day: string;
  timeZone: string;
  locale: 'vi' | 'en';
  total: number;
  domestic: number;
  foreign: number;
  topics: DigestTopic[];
  topOutlets: { source: string; count: number }[];
  negative: DigestItem[];
  /** True when more items matched than the digest reads. */
  truncated: boolean;
  link: string;
}
