// A cluster's extractive summary: 2–3 sentences from its members' leads. A sentence scores by how
// many other members carry the same sentence or a close variant (word sets with Jaccard ≥ 0.5),
// plus a little for coming early in its article: what most outlets repeat, and say first, is the
// core of the story. The best sentences are taken greedily, skipping near-repeats of one already
// taken, and printed in the order of the members (earliest first) and of their articles. A story
// with one member gets its lead. Deterministic: the same members give the same summary.
import { tokenHashes } from '../signature/folded-tokens.ts';

export interface SummarySource {
  itemId: string;
  /** Lead sentences, in article order. */
  sentences: string[];
}

export interface SummaryOptions {
  maxSentences: number;
  minSentences: number;
  maxChars: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { maxSentences: 3, minSentences: 2, maxChars: 600 };

const SAME_SENTENCE = 0.5;

interface Candidate {
  text: string;
  words: Set<number>;
  member: number;
  position: number;
  score: number;
}

/** `members` earliest first; null when no member has a sentence. */
export function clusterSummary(
  members: readonly SummarySource[],
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): string | null {
  const candidates = members.flatMap((member, m) =>
    member.sentences.map((text, position) => ({
      text,
      words: new Set(tokenHashes(text)),
      member: m,
      position,
      score: 0,
    })),
  );
  if (candidates.length === 0) return null;
  scoreBySupport(candidates);
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || a.member - b.member || a.position - b.position,
  );
  const chosen: Candidate[] = [];
  let chars = 0;
  for (const candidate of ranked) {
    if (chosen.length >= options.maxSentences) break;
    if (chosen.some((c) => jaccard(c.words, candidate.words) >= SAME_SENTENCE)) continue;
    const over = chars + candidate.text.length > options.maxChars;
    if (over && chosen.length >= options.minSentences) continue;
    chosen.push(candidate);
    chars += candidate.text.length + 1;
  }
  chosen.sort((a, b) => a.member - b.member || a.position - b.position);
  return chosen.map((c) => c.text).join(' ');
}

/** Support: the other members that carry a close variant; early sentences get a small bonus. */
function scoreBySupport(candidates: Candidate[]): void {
  for (const candidate of candidates) {
    const supporters = new Set<number>();
    for (const other of candidates) {
      if (other.member === candidate.member || supporters.has(other.member)) continue;
      if (jaccard(candidate.words, other.words) >= SAME_SENTENCE) supporters.add(other.member);
    }
    candidate.score = supporters.size + 0.5 / (1 + candidate.position) + (candidate.member === 0 ? 0.1 : 0);
  }
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
