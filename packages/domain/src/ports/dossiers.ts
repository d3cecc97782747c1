// Dossiers and the argument library. A dossier collects the claims to answer (items, snapshotted
// when added so the document does not change when an item is re-processed or deleted) and the
// arguments that answer them (cards of the library, maintained by staff), in an order the analyst
// chooses; it is exported as an argument document.

/** One piece of evidence of an argument: a fact and where it is stated. */
export interface ArgumentEvidence {
  text: string;
  /** The public source, named so a reader can look it up (a law and its article, a treaty…). */
  citation: string;
  url: string | null;
}

/** A reusable statement with its evidence (the argument library). */
export interface ArgumentCard {
  id: string;
  title: string;
  statement: string;
  /** Topic ids (config/topics) the card answers; suggestions are by the dossier's topic. */
  topics: string[];
  evidence: ArgumentEvidence[];
  updatedAt: string;
  /** "user:<id>", "token:<id>" or "system" (seeded). */
  updatedBy: string;
}

/** What a claim keeps of its item when it is added to a dossier. */
export interface ClaimSnapshot {
  id: string;
  title: string;
  url: string;
  sourceName: string;
  publishedAt: string | null;
  language: string | null;
  country: string | null;
  /** Items in the item's story cluster (1 when unclustered): the claim's reach. */
  clusterSize: number;
}

export const SECTION_KINDS = ['claim', 'argument'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface DossierSection {
  id: string;
  dossierId: string;
  kind: SectionKind;
  /** 0-based place in the dossier. */
  position: number;
  note: string;
  quote: string;
  /** Claims: the item as it was when added. */
  item: ClaimSnapshot | null;
  /** Arguments: the card's id, and the card as it was when attached (kept if it is deleted). */
  cardId: string | null;
  card: ArgumentCard | null;
}

export interface Dossier {
  id: string;
  title: string;
  topic: string | null;
  summary: string;
  /** A user id, or "token:<id>" for an ownerless API token (as saved searches). */
  ownerId: string;
  createdAt: string;
  updatedAt: string;
}

export interface DossierListEntry extends Dossier {
  claimCount: number;
  argumentCount: number;
}

export type NewSection = Omit<DossierSection, 'position'>;

export interface DossierRepository {
  create(dossier: Dossier): Promise<Dossier>;
  get(id: string): Promise<Dossier | null>;
  /** Newest change first. */
  list(): Promise<DossierListEntry[]>;
  /** Updates title, topic, summary and updatedAt. */
  update(dossier: Dossier): Promise<void>;
  /** Deletes the dossier and its sections; false when there was none. */
  delete(id: string): Promise<boolean>;
  /** The dossier's sections by position. */
  sections(dossierId: string): Promise<DossierSection[]>;
  /** Appends a section at the end. */
  addSection(section: NewSection): Promise<DossierSection>;
  /** Updates note and quote. */
  updateSection(section: DossierSection): Promise<void>;
  /** Deletes a section and closes the gap; false when the dossier has no such section. */
  deleteSection(dossierId: string, sectionId: string): Promise<boolean>;
  /** Sets positions in the given order; the ids must be exactly the dossier's sections. */
  reorder(dossierId: string, sectionIds: readonly string[]): Promise<void>;
  /** Marks the dossier changed (a section was added, edited or moved). */
  touch(dossierId: string, at: string): Promise<void>;
}

export interface ArgumentListOptions {
  /** Cards tagged with this topic. */
  topic?: string;
  /** Words that must all appear in the title, statement or evidence (case- and diacritic-insensitive). */
  text?: string;
}

export interface ArgumentCardRepository {
  /** Inserts or replaces. */
  save(card: ArgumentCard): Promise<void>;
  get(id: string): Promise<ArgumentCard | null>;
  /** Matching cards, by title. */
  list(options?: ArgumentListOptions): Promise<ArgumentCard[]>;
  delete(id: string): Promise<boolean>;
  count(): Promise<number>;
}
