// DossierRepository: dossiers and their ordered sections (claims and arguments). Item and card
// snapshots are JSON; positions are kept dense (0..n-1) by delete and reorder.
import type {
  ArgumentCard,
  ClaimSnapshot,
  Dossier,
  DossierListEntry,
  DossierRepository,
  DossierSection,
  SectionKind,
} from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

interface DossierRow {
  id: string;
  title: string;
  topic: string | null;
  summary: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

interface ListRow extends DossierRow {
  claims: number;
  arguments: number;
}

interface SectionRow {
  id: string;
  dossier_id: string;
  kind: SectionKind;
  position: number;
  note: string;
  quote: string;
  item: string | null;
  card_id: string | null;
  card: string | null;
}

const toDossier = (row: DossierRow): Dossier => ({
  id: row.id,
  title: row.title,
  topic: row.topic,
  summary: row.summary,
  ownerId: row.owner_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toSection = (row: SectionRow): DossierSection => ({
  id: row.id,
  dossierId: row.dossier_id,
  kind: row.kind,
  position: row.position,
  note: row.note,
  quote: row.quote,
  item: row.item === null ? null : (JSON.parse(row.item) as ClaimSnapshot),
  cardId: row.card_id,
  card: row.card === null ? null : (JSON.parse(row.card) as ArgumentCard),
});

export function createDossierRepository(db: Database): DossierRepository {
  const insert = db.prepare(`
    INSERT INTO dossiers (id, title, topic, summary, owner_id, created_at, updated_at)
    VALUES (@id, @title, @topic, @summary, @ownerId, @createdAt, @updatedAt)`);
  const byId = db.prepare('SELECT * FROM dossiers WHERE id = ?');
  const list = db.prepare(`
    SELECT d.*,
      (SELECT count(*) FROM dossier_sections s WHERE s.dossier_id = d.id AND s.kind = 'claim') AS claims,
      (SELECT count(*) FROM dossier_sections s WHERE s.dossier_id = d.id AND s.kind = 'argument') AS arguments
    FROM dossiers d ORDER BY d.updated_at DESC, d.id`);
  const update = db.prepare(
    'UPDATE dossiers SET title = @title, topic = @topic, summary = @summary, updated_at = @updatedAt WHERE id = @id',
  );
  const touch = db.prepare('UPDATE dossiers SET updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM dossiers WHERE id = ?');
  const sections = db.prepare('SELECT * FROM dossier_sections WHERE dossier_id = ? ORDER BY position, id');
  const nextPosition = db
    .prepare('SELECT coalesce(max(position) + 1, 0) FROM dossier_sections WHERE dossier_id = ?')
    .pluck();
  const insertSection = db.prepare(`
    INSERT INTO dossier_sections (id, dossier_id, kind, position, note, quote, item, card_id, card)
    VALUES (@id, @dossierId, @kind, @position, @note, @quote, @item, @cardId, @card) RETURNING *`);
  const updateSection = db.prepare(
    'UPDATE dossier_sections SET note = @note, quote = @quote WHERE id = @id AND dossier_id = @dossierId',
  );
  const sectionPosition = db
    .prepare('SELECT position FROM dossier_sections WHERE id = ? AND dossier_id = ?')
    .pluck();
  const removeSection = db.prepare('DELETE FROM dossier_sections WHERE id = ? AND dossier_id = ?');
  const closeGap = db.prepare(
    'UPDATE dossier_sections SET position = position - 1 WHERE dossier_id = ? AND position > ?',
  );
  const setPosition = db.prepare('UPDATE dossier_sections SET position = ? WHERE id = ? AND dossier_id = ?');

  const addSection = db.transaction((section: Omit<DossierSection, 'position'>) => {
    const row = insertSection.get({
      ...section,
      position: nextPosition.get(section.dossierId) as number,
      item: section.item === null ? null : JSON.stringify(section.item),
      card: section.card === null ? null : JSON.stringify(section.card),
    }) as SectionRow;
    return toSection(row);
  });
  const deleteSection = db.transaction((dossierId: string, sectionId: string) => {
    const position = sectionPosition.get(sectionId, dossierId) as number | undefined;
    if (position === undefined) return false;
    removeSection.run(sectionId, dossierId);
    closeGap.run(dossierId, position);
    return true;
  });
  const reorder = db.transaction((dossierId: string, ids: readonly string[]) => {
    for (const [position, id] of ids.entries()) setPosition.run(position, id, dossierId);
  });

  return {
    async create(dossier) {
      insert.run(dossier);
      return dossier;
    },
    async get(id) {
      const row = byId.get(id) as DossierRow | undefined;
      return row ? toDossier(row) : null;
    },
    async list() {
      return (list.all() as ListRow[]).map(
        (row): DossierListEntry => ({
          ...toDossier(row),
          claimCount: row.claims,
          argumentCount: row.arguments,
        }),
      );
    },
    async update(dossier) {
      update.run(dossier);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async sections(dossierId) {
      return (sections.all(dossierId) as SectionRow[]).map(toSection);
    },
    async addSection(section) {
      return addSection(section);
    },
    async updateSection(section) {
      updateSection.run(section);
    },
    async deleteSection(dossierId, sectionId) {
      return deleteSection(dossierId, sectionId);
    },
    async reorder(dossierId, sectionIds) {
      reorder(dossierId, sectionIds);
    },
    async touch(dossierId, at) {
      touch.run(at, dossierId);
    },
  };
}
