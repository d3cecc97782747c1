// ArgumentCardRepository: the argument library. Small (tens to hundreds of cards), so lists read
// every card and filter in memory: by topic, and by words folded like the search (case and
// diacritics ignored), all of which must appear somewhere in the card.
import type { ArgumentCard, ArgumentCardRepository, ArgumentEvidence } from '@presswatch/domain';
import { foldText } from '@presswatch/text';
import type { Database } from 'better-sqlite3';

interface CardRow {
  id: string;
  title: string;
  statement: string;
  topics: string;
  evidence: string;
  updated_at: string;
  updated_by: string;
}

const toCard = (row: CardRow): ArgumentCard => ({
  id: row.id,
  title: row.title,
  statement: row.statement,
  topics: JSON.parse(row.topics) as string[],
  evidence: JSON.parse(row.evidence) as ArgumentEvidence[],
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const fold = (text: string) => foldText(text.toLowerCase());

function cardText(card: ArgumentCard): string {
  const evidence = card.evidence.map((e) => `${e.text} ${e.citation}`).join(' ');
  return fold(`${card.title} ${card.statement} ${evidence}`);
}

export function createArgumentCardRepository(db: Database): ArgumentCardRepository {
  const upsert = db.prepare(`
    INSERT INTO argument_cards (id, title, statement, topics, evidence, updated_at, updated_by)
    VALUES (@id, @title, @statement, @topics, @evidence, @updatedAt, @updatedBy)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, statement = excluded.statement,
      topics = excluded.topics, evidence = excluded.evidence, updated_at = excluded.updated_at,
      updated_by = excluded.updated_by`);
  const byId = db.prepare('SELECT * FROM argument_cards WHERE id = ?');
  const all = db.prepare('SELECT * FROM argument_cards ORDER BY title, id');
  const remove = db.prepare('DELETE FROM argument_cards WHERE id = ?');
  const count = db.prepare('SELECT count(*) FROM argument_cards').pluck();

  return {
    async save(card) {
      upsert.run({ ...card, topics: JSON.stringify(card.topics), evidence: JSON.stringify(card.evidence) });
    },
    async get(id) {
      const row = byId.get(id) as CardRow | undefined;
      return row ? toCard(row) : null;
    },
    async list(options = {}) {
      const words = options.text ? fold(options.text).split(/\s+/u).filter(Boolean) : [];
      return (all.all() as CardRow[]).map(toCard).filter((card) => {
        if (options.topic && !card.topics.includes(options.topic)) return false;
        if (words.length === 0) return true;
        const text = cardText(card);
        return words.every((word) => text.includes(word));
      });
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async count() {
      return count.get() as number;
    },
  };
}
