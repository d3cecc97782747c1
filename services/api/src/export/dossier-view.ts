// The plain view of a dossier that the routes answer with and the document builders render: the
// dossier with its sections in order, each argument with the library's current card (or the
// snapshot taken when it was attached, if the card is gone since).
import type {
  ArgumentCard,
  ArgumentCardRepository,
  ClaimSnapshot,
  Dossier,
  DossierRepository,
  DossierSection,
  SectionKind,
} from '@presswatch/domain';

export interface SectionView {
  id: string;
  kind: SectionKind;
  position: number;
  note: string;
  quote: string;
  item?: ClaimSnapshot;
  card?: ArgumentCard;
}

export interface DossierView extends Dossier {
  sections: SectionView[];
}

export interface DossierStores {
  dossiers: DossierRepository;
  argumentCards: ArgumentCardRepository;
}

export async function sectionView(
  section: DossierSection,
  cards: ArgumentCardRepository,
): Promise<SectionView> {
  const view: SectionView = {
    id: section.id,
    kind: section.kind,
    position: section.position,
    note: section.note,
    quote: section.quote,
  };
  if (section.item) view.item = section.item;
  if (section.kind === 'argument') {
    const card = (section.cardId ? await cards.get(section.cardId) : null) ?? section.card;
    if (card) view.card = card;
  }
  return view;
}

export async function dossierView(dossier: Dossier, stores: DossierStores): Promise<DossierView> {
  const sections = await stores.dossiers.sections(dossier.id);
  const views: SectionView[] = [];
  for (const section of sections) views.push(await sectionView(section, stores.argumentCards));
  return { ...dossier, sections: views };
}
