// Every store a service can be given, by port: what the adapters (storage-sqlite, and for items and
// search the search-engine adapter) provide and what the composition roots pass on.
import type {
  ActivityCounter,
  AlertRepository,
  ArgumentCardRepository,
  AuditLog,
  ClusterStore,
  DeliveryRepository,
  DigestRepository,
  DocumentStore,
  DossierRepository,
  FeedbackRepository,
  ItemStore,
  RuleRepository,
  SavedSearchRepository,
  SearchIndex,
  SessionRepository,
  SourceRepository,
  TokenOwnerRepository,
  TokenRepository,
  UrlAliasStore,
  UserRepository,
  WebhookRepository,
  WebSubRepository,
} from '../index.ts';

export interface Stores {
  items: ItemStore;
  search: SearchIndex;
  sources: SourceRepository;
  documents: DocumentStore;
  tokens: TokenRepository;
  rules: RuleRepository;
  alerts: AlertRepository;
  webhooks: WebhookRepository;
  deliveries: DeliveryRepository;
  digests: DigestRepository;
  activity: ActivityCounter;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  tokenOwners: TokenOwnerRepository;
  savedSearches: SavedSearchRepository;
  websub: WebSubRepository;
  clusters: ClusterStore;
  feedback: FeedbackRepository;
  /** Seen-URL aliases of items (crawl and fetch stages). */
  urlAliases: UrlAliasStore;
  /** Dossiers and the argument library (UI issue). */
  dossiers: DossierRepository;
  argumentCards: ArgumentCardRepository;
}
