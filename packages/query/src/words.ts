// From what the analyst typed to term and phrase nodes, with the diacritics rule: a word typed
// WITH diacritics is matched exactly (lower-cased, NFC, normalised tone marks); typed WITHOUT, it
// is matched in folded form, so `bien` finds both `biển` and `biên` while `biển` finds only itself.
import type { FieldScope, MetaField, QueryNode } from '@presswatch/domain';
import { QuerySyntaxError } from '@presswatch/domain';
import { foldText, hasDiacritics, normalizeText } from '@presswatch/text';
import { exactTokens } from './search-tokens.ts';

/**
 * A bare word. It may hold several tokens (`Quảng-Trị`, `COVID-19`, `西沙群岛` as the bigrams
 * 西沙 沙群 群岛): they become a phrase.
 * A trailing `*` makes a prefix term. Returns null for a word with no letters or digits (`&`).
 */
export function wordNode(text: string, column: number, field: FieldScope | null): QueryNode | null {
  const prefix = text.endsWith('*');
  const typed = prefix ? text.replace(/\*+$/u, '') : text;
  const words = exactTokens(typed);
  if (words.length === 0) {
    if (prefix) throw new QuerySyntaxError('a wildcard needs a word before it', column);
    return null;
  }
  if (prefix && words.length > 1) throw new QuerySyntaxError('a wildcard applies to one word', column);
  const exact = hasDiacritics(typed);
  const values = exact ? words : words.map(foldText);
  if (values.length === 1) return { type: 'term', value: values[0]!, exact, prefix, field };
  return { type: 'phrase', words: values, exact, field };
}

/**
 * A quoted phrase. It is exact when any of its words carries diacritics: someone who types
 * `"Lao Bảo"` writes Vietnamese properly, so the bare `Lao` is meant as written too.
 */
export function phraseNode(text: string, field: FieldScope | null): QueryNode | null {
  const words = exactTokens(text);
  if (words.length === 0) return null;
  const exact = hasDiacritics(text);
  const values = exact ? words : words.map(foldText);
  if (values.length === 1) return { type: 'term', value: values[0]!, exact, prefix: false, field };
  return { type: 'phrase', words: values, exact, field };
}

/** `source:`, `lang:`, `country:`, `topic:`. Language and country codes are lower-cased. */
export function metaNode(field: MetaField, text: string, column: number): QueryNode {
  const value = normalizeText(text).trim();
  if (!value) throw new QuerySyntaxError(`empty value for ${field}:`, column);
  const lower = field === 'lang' || field === 'country';
  return { type: 'meta', field, value: lower ? value.toLowerCase() : value };
}
