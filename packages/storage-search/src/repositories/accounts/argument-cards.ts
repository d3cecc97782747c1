// ArgumentCardRepository on the engine: one document per card. The library is small (tens to
// hundreds of cards), so a list reads the cards of the topic (a keyword filter) and, as the SQLite
// adapter does, matches the words in memory, folded like the search (case and diacritics
// ignored), all of which must appear in the title, statement or evidence; then sorts by title.
import type { ArgumentCard, ArgumentCardRepository, ArgumentEvidence } from '@presswatch/domain';
import { foldText } from '@presswatch/text';
import type { Collection, Filter } from '../../collection/index.ts';
import { compareUtf8 } from './byte-order.ts';

export interface CardDoc {
  id: string;
  title: string;
  statement: string;
  topics: string[];
  evidence: ArgumentEvidence[];
  updated_at: string;
  updated_by: string;
}

export const CARD_PROPERTIES = {
  id: { type: 'keyword' },
  topics: { type: 'keyword' },
  evidence: { type: 'object', enabled: false },
};

const toCard = (doc: CardDoc): ArgumentCard => ({
  id: doc.id,
  title: doc.title,
  statement: doc.statement,
  topics: doc.topics,
  evidence: doc.evidence,
  updatedAt: doc.updated_at,
  updatedBy: doc.updated_by,
});

const fold = (text: string) => foldText(text.toLowerCase());

function cardText(card: ArgumentCard): string {
  const evidence = card.evidence.map((e) => `${e.text} ${e.citation}`).join(' ');
  return fold(`${card.title} ${card.statement} ${evidence}`);
}

/** SQLite's `ORDER BY title, id`. */
const byTitle = (a: ArgumentCard, b: ArgumentCard) =>
  compareUtf8(a.title, b.title) || compareUtf8(a.id, b.id);

export function createArgumentCardRepository(cards: Collection<CardDoc>): ArgumentCardRepository {
  return {
    async save(card) {
      await cards.put(card.id, {
        id: card.id,
        title: card.title,
        statement: card.statement,
        topics: card.topics,
        evidence: card.evidence,
        updated_at: card.updatedAt,
        updated_by: card.updatedBy,
      });
    },
    async get(id) {
      const found = await cards.get(id);
      return found ? toCard(found.doc) : null;
    },
    async list(options = {}) {
      const filter: Filter = options.topic ? { where: [{ term: { topics: options.topic } }] } : {};
      const words = options.text ? fold(options.text).split(/\s+/u).filter(Boolean) : [];
      const matches = (card: ArgumentCard) => {
        if (words.length === 0) return true;
        const text = cardText(card);
        return words.every((word) => text.includes(word));
      };
      const all = (await cards.findAll({ filter })).map((hit) => toCard(hit.doc));
      return all.filter(matches).sort(byTitle);
    },
    async delete(id) {
      return cards.delete(id);
    },
    async count() {
      return cards.count();
    },
  };
}
