// DossierRepository on the engine: one document per dossier holding its sections, so every
// change to a dossier and its sections is one conditional write (SQLite's transactions; a racing
// writer in another process retries on fresh data and nothing is lost or numbered twice). The
// list leaves the sections out of what it fetches and reads the counts kept beside them.
//
// Writes do not wait for a refresh (an analyst's edit is two writes: the section, then touch):
// get and sections are real-time GETs, and list refreshes the index before it searches, so it
// sees every write made until then, by any process.
import type { Dossier, DossierListEntry, DossierRepository, DossierSection } from '@presswatch/domain';
import { type Collection, isConflict } from '../../collection/index.ts';
import { ForeignKeyError, UniqueConstraintError } from './constraint-errors.ts';
import {
  appended,
  ordered,
  reordered,
  type SectionDoc,
  sectionCounts,
  toSection,
  withoutSection,
} from './dossier-sections.ts';

export interface DossierDoc {
  id: string;
  title: string;
  topic: string | null;
  summary: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
  sections: SectionDoc[];
  claim_count: number;
  argument_count: number;
}

/** Keyword updated_at: the list sorts byte-wise on it, as SQLite's ORDER BY on TEXT. */
export const DOSSIER_PROPERTIES = {
  id: { type: 'keyword' },
  owner_id: { type: 'keyword' },
  topic: { type: 'keyword' },
  updated_at: { type: 'keyword' },
  sections: { type: 'object', enabled: false },
};

const PAGE = 1000;

const toDossier = (doc: Omit<DossierDoc, 'sections'>): Dossier => ({
  id: doc.id,
  title: doc.title,
  topic: doc.topic,
  summary: doc.summary,
  ownerId: doc.owner_id,
  createdAt: doc.created_at,
  updatedAt: doc.updated_at,
});

const withSections = (doc: DossierDoc, sections: SectionDoc[]): DossierDoc => ({
  ...doc,
  sections,
  ...sectionCounts(sections),
});

export function createDossierRepository(
  dossiers: Collection<DossierDoc>,
  /** Makes every write so far visible to searches (the engine's refresh of the index). */
  refresh: () => Promise<void>,
): DossierRepository {
  /** Read-modify-write of one dossier; `change` returns null to write nothing. */
  const change = (id: string, step: (doc: DossierDoc) => DossierDoc | null) =>
    dossiers.modify(id, (doc) => (doc ? step(doc) : null), { refresh: false });

  return {
    async create(dossier) {
      const doc: DossierDoc = {
        id: dossier.id,
        title: dossier.title,
        topic: dossier.topic,
        summary: dossier.summary,
        owner_id: dossier.ownerId,
        created_at: dossier.createdAt,
        updated_at: dossier.updatedAt,
        sections: [],
        claim_count: 0,
        argument_count: 0,
      };
      try {
        await dossiers.put(dossier.id, doc, { create: true, refresh: false });
      } catch (error) {
        throw isConflict(error) ? new UniqueConstraintError('dossiers.id') : error;
      }
      return dossier;
    },
    async get(id) {
      const found = await dossiers.get(id);
      return found ? toDossier(found.doc) : null;
    },
    async list() {
      await dossiers.ensure();
      await refresh();
      const entries: DossierListEntry[] = [];
      for (let after: unknown[] | undefined; ; ) {
        const response = await dossiers.search({
          query: { match_all: {} },
          sort: [{ updated_at: 'desc' }, { id: 'asc' }],
          _source: { excludes: ['sections'] },
          size: PAGE,
          track_total_hits: false,
          ...(after && { search_after: after }),
        });
        const hits = response.hits.hits;
        for (const hit of hits) {
          const doc = hit._source as unknown as Omit<DossierDoc, 'sections'>;
          entries.push({ ...toDossier(doc), claimCount: doc.claim_count, argumentCount: doc.argument_count });
        }
        if (hits.length < PAGE) return entries;
        after = hits[hits.length - 1]?.sort;
      }
    },
    async update(dossier) {
      await change(dossier.id, (doc) => ({
        ...doc,
        title: dossier.title,
        topic: dossier.topic,
        summary: dossier.summary,
        updated_at: dossier.updatedAt,
      }));
    },
    async delete(id) {
      return dossiers.delete(id, { refresh: false });
    },
    async sections(dossierId) {
      const found = await dossiers.get(dossierId);
      return found ? ordered(found.doc.sections).map((s) => toSection(dossierId, s)) : [];
    },
    async addSection(section) {
      let added: SectionDoc | undefined;
      const stored = await change(section.dossierId, (doc) => {
        // dossier_sections.id is the table's primary key.
        if (doc.sections.some((s) => s.id === section.id))
          throw new UniqueConstraintError('dossier_sections.id');
        added = appended(doc.sections, section);
        return withSections(doc, [...doc.sections, added]);
      });
      // dossier_sections.dossier_id REFERENCES dossiers (id).
      if (!stored || !added) throw new ForeignKeyError('dossier_sections.dossier_id');
      return toSection(section.dossierId, added);
    },
    async updateSection(section: DossierSection) {
      await change(section.dossierId, (doc) => {
        if (!doc.sections.some((s) => s.id === section.id)) return null;
        const edit = (s: SectionDoc) =>
          s.id === section.id ? { ...s, note: section.note, quote: section.quote } : s;
        return { ...doc, sections: doc.sections.map(edit) };
      });
    },
    async deleteSection(dossierId, sectionId) {
      let removed = false;
      await change(dossierId, (doc) => {
        const rest = withoutSection(doc.sections, sectionId);
        removed = rest !== null;
        return rest ? withSections(doc, rest) : null;
      });
      return removed;
    },
    async reorder(dossierId, sectionIds) {
      await change(dossierId, (doc) => ({ ...doc, sections: reordered(doc.sections, sectionIds) }));
    },
    async touch(dossierId, at) {
      await change(dossierId, (doc) => ({ ...doc, updated_at: at }));
    },
  };
}
