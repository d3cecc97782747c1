// Library cards suggested for a dossier: the cards of its topic (every card when it has none),
// not yet attached, best first — most words shared with the dossier's title, summary, claims'
// titles and quotes (folded: case and diacritics ignored; words of 4+ letters), then by title.
import type { ArgumentCard } from '@presswatch/domain';
import { foldText } from '@presswatch/text';
import type { DossierView } from './dossier-view.ts';

function wordsOf(text: string): Set<string> {
  return new Set(
    foldText(text.toLowerCase())
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4),
  );
}

function cardWords(card: ArgumentCard): Set<string> {
  return wordsOf([card.title, card.statement, ...card.evidence.map((e) => e.text)].join(' '));
}

export function suggestCards(dossier: DossierView, cards: readonly ArgumentCard[]): ArgumentCard[] {
  const attached = new Set(dossier.sections.flatMap((s) => (s.card ? [s.card.id] : [])));
  const claims = dossier.sections.flatMap((s) => (s.item ? [s.item.title, s.quote, s.note] : []));
  const context = wordsOf([dossier.title, dossier.summary, ...claims].join(' '));
  return cards
    .filter((card) => !attached.has(card.id) && (!dossier.topic || card.topics.includes(dossier.topic)))
    .map((card) => ({ card, shared: [...cardWords(card)].filter((w) => context.has(w)).length }))
    .sort((a, b) => b.shared - a.shared || a.card.title.localeCompare(b.card.title, 'vi'))
    .map(({ card }) => card);
}
