// What the argument document says, independent of its format: the coverage summary of the claims
// (counts by source, country and language, the date span, the total reach), the claims and the
// arguments in the dossier's order, and the list of sources cited (outlets and evidence citations).
import type { ArgumentCard, ClaimSnapshot } from '@presswatch/domain';
import type { DossierView } from './dossier-view.ts';

export interface Count {
  key: string;
  count: number;
}

export interface Claim {
  item: ClaimSnapshot;
  note: string;
  quote: string;
}

export interface Argument {
  card: ArgumentCard;
  note: string;
}

export interface DocumentModel {
  title: string;
  topic: string | null;
  summary: string;
  updatedAt: string;
  coverage: {
    claims: number;
    bySource: Count[];
    byCountry: Count[];
    byLanguage: Count[];
    from: string | null;
    to: string | null;
    /** Sum of the claims' story-cluster sizes. */
    totalReach: number;
  };
  claims: Claim[];
  arguments: Argument[];
  /** Outlets of the claims, then the evidence's citations, each once, in order of appearance. */
  sources: { name: string; url: string | null }[];
}

function countBy(claims: Claim[], key: (item: ClaimSnapshot) => string | null): Count[] {
  const counts = new Map<string, number>();
  for (const { item } of claims) {
    const value = key(item) ?? '?';
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function sourcesOf(claims: Claim[], args: Argument[]): DocumentModel['sources'] {
  const seen = new Map<string, { name: string; url: string | null }>();
  for (const { item } of claims) {
    if (!seen.has(item.sourceName))
      seen.set(item.sourceName, { name: item.sourceName, url: originOf(item.url) });
  }
  for (const { card } of args) {
    for (const e of card.evidence)
      if (!seen.has(e.citation)) seen.set(e.citation, { name: e.citation, url: e.url });
  }
  return [...seen.values()];
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function documentModel(dossier: DossierView): DocumentModel {
  const claims: Claim[] = dossier.sections.flatMap((s) =>
    s.kind === 'claim' && s.item ? [{ item: s.item, note: s.note, quote: s.quote }] : [],
  );
  const args: Argument[] = dossier.sections.flatMap((s) =>
    s.kind === 'argument' && s.card ? [{ card: s.card, note: s.note }] : [],
  );
  const dates = claims.flatMap(({ item }) => (item.publishedAt ? [item.publishedAt] : [])).sort();
  return {
    title: dossier.title,
    topic: dossier.topic,
    summary: dossier.summary,
    updatedAt: dossier.updatedAt,
    coverage: {
      claims: claims.length,
      bySource: countBy(claims, (item) => item.sourceName),
      byCountry: countBy(claims, (item) => item.country),
      byLanguage: countBy(claims, (item) => item.language),
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
      totalReach: claims.reduce((sum, { item }) => sum + item.clusterSize, 0),
    },
    claims,
    arguments: args,
    sources: sourcesOf(claims, args),
  };
}

export const countsText = (counts: Count[]) => counts.map((c) => `${c.key} (${c.count})`).join(', ');
