// An entry's dates, author and categories, from whichever of the RSS, Dublin Core, Atom (1.0 and
// 0.3) and Media RSS elements the feed uses.
import { cleanInline } from '../html-text.ts';
import { parseFeedDate, storedDate } from './feed-date.ts';
import { attribute, childNodes, firstText, nodeText, trimmedText, type XmlElement } from './xml-node.ts';

const PUBLISHED = [
  'pubDate',
  'published',
  'issued',
  'dcterms:issued',
  'dc:date',
  'atom:published',
  'dcterms:created',
  'created',
];
const UPDATED = ['updated', 'modified', 'dcterms:modified', 'atom:updated'];

export interface EntryDates {
  publishedAt: string | null;
  updatedAt: string | null;
}

/** Published (else updated) and updated dates as ISO 8601, none in the future. */
export function entryDates(item: XmlElement, now: Date): EntryDates {
  const updatedAt = firstDate(item, UPDATED, now);
  return { publishedAt: firstDate(item, PUBLISHED, now) ?? updatedAt, updatedAt };
}

// When an element repeats, the last readable value counts (later values correct earlier ones).
function firstDate(item: XmlElement, names: string[], now: Date): string | null {
  for (const name of names) {
    const readable = childNodes(item, name)
      .map((node) => parseFeedDate(nodeText(node)))
      .filter((ms) => ms !== null);
    if (readable.length) return storedDate(readable[readable.length - 1]!, now);
  }
  return null;
}

/**
 * The first author's name: Atom <author><name>, else dc:creator (a name), else RSS <author> (an
 * e-mail address, often with the name), else dc:author or itunes:author.
 */
export function entryAuthor(item: XmlElement): string | null {
  const authors = childNodes(item, 'author');
  for (const author of authors) {
    const name = firstText(author, ['name']);
    if (name) return personName(name);
  }
  const creator = firstText(item, ['dc:creator']);
  if (creator) return personName(creator);
  for (const author of authors) {
    const text = trimmedText(author) ?? firstText(author, ['email']);
    if (text) return personName(text);
  }
  const other = firstText(item, ['dc:author', 'itunes:author']);
  return other ? personName(other) : null;
}

// RSS <author> is an e-mail address, often "news@example.vn (Trần Văn A)"; some write
// "Trần Văn A (news@example.vn)" or "Trần Văn A <news@example.vn>". Keep the name.
function personName(raw: string): string | null {
  const text = cleanInline(raw);
  const nameInParens = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (nameInParens) return cleanInline(nameInParens[1]!);
  const withAddress = /^(.+?)\s*[(<]\s*\S+@\S+?\s*[)>]$/.exec(text);
  return (withAddress ? withAddress[1]! : text) || null;
}

/** Category terms in feed order, without duplicates. */
export function entryCategories(item: XmlElement): string[] {
  const terms: string[] = [];
  for (const node of [...childNodes(item, 'category'), ...childNodes(item, 'dc:subject')]) {
    terms.push(attribute(node, 'term') ?? nodeText(node) ?? attribute(node, 'label') ?? '');
  }
  const groups = [item, ...childNodes(item, 'media:group')];
  for (const node of groups.flatMap((group) => childNodes(group, 'media:category'))) {
    terms.push(nodeText(node) ?? '');
  }
  return [...new Set(terms.map(cleanInline).filter(Boolean))];
}
