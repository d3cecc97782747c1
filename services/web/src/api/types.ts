// The API's shapes as the UI reads them (docs/api.md, /api/openapi.json, /tmp contract). Where the
// API sends a domain object as it is, the type comes from @presswatch/domain (type-only: nothing of
// it reaches the browser bundle).
import type {
  AlertStatus,
  ClaimSnapshot,
  ArgumentCard as DomainArgumentCard,
  Item as DomainItem,
  Role,
  User,
} from '@presswatch/domain';

export type {
  AlertStatus,
  ArgumentEvidence,
  ClaimSnapshot,
  Role,
  TopicScore,
  User,
} from '@presswatch/domain';

export interface Me {
  user: User | null;
  role: Role;
  via: 'session' | 'token';
  csrfToken?: string;
}

/** An item as the API sends it: lists leave out the text; search hits add score and highlights. */
export interface Item extends Omit<DomainItem, 'text'> {
  text?: string;
  contentHtml?: string | null;
  score?: number | null;
  /** Members of its story cluster (search hits); null without one. */
  clusterSize?: number | null;
  highlights?: { title?: string; text?: string } | null;
}

export interface FacetBucket {
  value: string;
  count: number;
  /** Display name (source buckets: the source's name). */
  label?: string;
}

export type FacetName = 'source' | 'language' | 'country' | 'domestic' | 'topic' | 'tone' | 'relevance';

export interface ItemPage {
  items: Item[];
  total: number;
  /** True when the store estimated the total of a large match set (shown as ≈). */
  totalIsEstimate?: boolean;
  nextCursor: string | null;
  facets: Partial<Record<FacetName, FacetBucket[]>>;
}

export interface ClusterMember {
  itemId: string;
  title: string;
  url: string;
  sourceName: string;
  language: string | null;
  country: string | null;
  seenAt: string;
}

export interface Alert {
  id: string;
  kind: 'match' | 'spike';
  ruleId: string | null;
  itemIds: string[];
  topics: string[];
  status: AlertStatus;
  assigneeId: string | null;
  notes: { at: string; author: string; text: string }[];
  createdAt: string;
  lastMatchAt: string;
}

export interface Rule {
  id: string;
  name: string;
  query: string;
  channels: string[];
  enabled: boolean;
  spikeAlerts: boolean;
  onePerCluster: boolean;
}

export interface Webhook {
  id: string;
  name: string;
  url: string;
  format: string;
  enabled: boolean;
}

export interface SourceHealth {
  status: 'ok' | 'failing' | 'silent' | 'pending' | 'disabled';
  silent: boolean;
  lastFetchAt: string | null;
  lastError: string | null;
  consecutiveErrors: number;
  itemsPerDay: number | null;
  itemsSeen: number;
}

export interface Source {
  id: string;
  name: string;
  url: string;
  kind: string;
  country: string | null;
  language: string | null;
  domestic: boolean;
  minPollSeconds: number;
  maxPollSeconds: number;
  enabled: boolean;
  health: SourceHealth;
}

export interface Token {
  id: string;
  name: string;
  role: Role;
  ownerId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface Digest {
  id: string;
  email: string | null;
  topics: string[];
  audience: 'all' | 'domestic' | 'foreign';
  sendAt: string;
  timeZone: string;
  locale: 'vi' | 'en';
  enabled: boolean;
}

/** A library card as the UI reads it (the API also sends who updated it, when). */
export type ArgumentCard = Pick<DomainArgumentCard, 'id' | 'title' | 'statement' | 'topics' | 'evidence'>;

export interface Section {
  id: string;
  kind: 'claim' | 'argument';
  position: number;
  note: string | null;
  quote: string | null;
  item?: ClaimSnapshot;
  card?: ArgumentCard;
}

export interface DossierSummary {
  id: string;
  title: string;
  topic: string | null;
  summary: string | null;
  claimCount: number;
  argumentCount: number;
  updatedAt: string;
}

export interface Dossier extends Omit<DossierSummary, 'claimCount' | 'argumentCount'> {
  sections: Section[];
}

export interface Topic {
  id: string;
  names: { vi: string; en: string };
  threshold: number;
  queries: { query: string; weight: number; scope?: string }[];
  exclusions: unknown[];
}

export interface Place {
  id: string;
  names: string[] | Record<string, unknown>;
  kind: string;
  weight: number;
}
