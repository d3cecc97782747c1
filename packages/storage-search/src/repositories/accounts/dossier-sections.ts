// A dossier's sections as the dossier document keeps them: an array whose entries carry their
// position. The changes below are pure and mirror the SQLite statements one for one (append at
// max + 1, delete and close the gap, set each listed id's position), so the engine repository
// keeps SQLite's positions even for input the port forbids; reads order by (position, id).
import type {
  ArgumentCard,
  ClaimSnapshot,
  DossierSection,
  NewSection,
  SectionKind,
} from '@presswatch/domain';
import { compareUtf8 } from './byte-order.ts';

export interface SectionDoc {
  id: string;
  kind: SectionKind;
  position: number;
  note: string;
  quote: string;
  item: ClaimSnapshot | null;
  card_id: string | null;
  card: ArgumentCard | null;
}

export function toSection(dossierId: string, doc: SectionDoc): DossierSection {
  return {
    id: doc.id,
    dossierId,
    kind: doc.kind,
    position: doc.position,
    note: doc.note,
    quote: doc.quote,
    item: doc.item,
    cardId: doc.card_id,
    card: doc.card,
  };
}

/** SQLite's `ORDER BY position, id`. */
export function ordered(sections: readonly SectionDoc[]): SectionDoc[] {
  return [...sections].sort((a, b) => a.position - b.position || compareUtf8(a.id, b.id));
}

export function appended(sections: readonly SectionDoc[], section: NewSection): SectionDoc {
  const position = sections.reduce((max, s) => Math.max(max, s.position + 1), 0);
  return {
    id: section.id,
    kind: section.kind,
    position,
    note: section.note,
    quote: section.quote,
    item: section.item,
    card_id: section.cardId,
    card: section.card,
  };
}

/** Without `id`, later positions moved up one; null when there is no such section. */
export function withoutSection(sections: readonly SectionDoc[], id: string): SectionDoc[] | null {
  const gone = sections.find((s) => s.id === id);
  if (!gone) return null;
  return sections
    .filter((s) => s !== gone)
    .map((s) => (s.position > gone.position ? { ...s, position: s.position - 1 } : s));
}

/** Each listed id takes its index as position (ids not in the dossier change nothing). */
export function reordered(sections: readonly SectionDoc[], ids: readonly string[]): SectionDoc[] {
  const positions = new Map<string, number>();
  for (const [position, id] of ids.entries()) positions.set(id, position);
  return sections.map((s) => {
    const position = positions.get(s.id);
    return position === undefined ? s : { ...s, position };
  });
}

export function sectionCounts(sections: readonly SectionDoc[]): {
  claim_count: number;
  argument_count: number;
} {
  const claims = sections.filter((s) => s.kind === 'claim').length;
  return { claim_count: claims, argument_count: sections.length - claims };
}
