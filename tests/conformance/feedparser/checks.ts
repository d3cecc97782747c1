// Which feedparser expectations our parsed result can express, and checking them. A case is
// applicable when every clause other than `bozo` (feedparser's "was this well-formed XML" flag,
// which we do not expose) maps to a field of FeedDocument; `always` ("does not crash") maps to
// parsing without an exception.
import type { FeedDocument, FeedDocumentEntry } from '@presswatch/ingest';
import type { Check, PathPart } from './cases.ts';
import { sameHtml, sameInstant, samePerson, sameText, sameUrl } from './compare.ts';

type Compare = 'text' | 'html' | 'url' | 'exact' | 'instant' | 'person' | 'length';

interface Field {
  compare: Compare;
  read: (doc: FeedDocument) => unknown;
}

const ENTRY_FIELDS: Record<string, { compare: Compare; read: (e: FeedDocumentEntry) => unknown }> = {
  title: { compare: 'text', read: (e) => e.title },
  'title_detail.value': { compare: 'text', read: (e) => e.title },
  link: { compare: 'url', read: (e) => e.url },
  id: { compare: 'exact', read: (e) => e.id },
  guid: { compare: 'exact', read: (e) => e.id },
  published_parsed: { compare: 'instant', read: (e) => e.publishedAt },
  updated_parsed: { compare: 'instant', read: (e) => e.updatedAt ?? e.publishedAt },
  author: { compare: 'person', read: (e) => e.author },
  'author_detail.name': { compare: 'person', read: (e) => e.author },
  'authors.0.name': { compare: 'person', read: (e) => e.author },
  description: { compare: 'text', read: (e) => e.summary },
  summary: { compare: 'text', read: (e) => e.summary },
  'summary_detail.value': { compare: 'text', read: (e) => e.summary },
  'content.0.value': { compare: 'html', read: (e) => e.content },
  category: { compare: 'exact', read: (e) => e.categories[0] ?? null },
  tags: { compare: 'length', read: (e) => e.categories },
};

/** The field of our result a feedparser path names, or null when we do not express it. */
export function fieldFor(path: PathPart[]): Field | null {
  const [root, index, ...rest] = path;
  if (root === 'feed') {
    const key = [index, ...rest].join('.');
    if (key === 'title' || key === 'title_detail.value') return { compare: 'text', read: (d) => d.title };
    if (key === 'link') return { compare: 'url', read: (d) => d.link };
    return null;
  }
  if (root !== 'entries') return null;
  if (index === undefined) return { compare: 'length', read: (d) => d.entries };
  if (typeof index !== 'number') return null;
  const entry = (d: FeedDocument) => d.entries[index];
  const [name, position, leaf] = rest;
  if (name === 'tags' && typeof position === 'number' && leaf === 'term') {
    return { compare: 'exact', read: (d) => entry(d)?.categories[position] ?? null };
  }
  if (name === 'enclosures' && typeof position === 'number') return enclosureField(entry, position, leaf);
  const known = ENTRY_FIELDS[rest.join('.')];
  return known
    ? { compare: known.compare, read: (d) => (entry(d) ? known.read(entry(d)!) : undefined) }
    : null;
}

function enclosureField(
  entry: (d: FeedDocument) => FeedDocumentEntry | undefined,
  position: number,
  leaf: PathPart | undefined,
): Field | null {
  const at = (d: FeedDocument) => entry(d)?.enclosures[position];
  if (leaf === undefined) {
    return {
      compare: 'exact',
      read: (d) => {
        const e = at(d);
        return e
          ? { href: e.url, length: e.length === null ? '' : String(e.length), type: e.type ?? '' }
          : null;
      },
    };
  }
  if (leaf === 'href' || leaf === 'url') return { compare: 'url', read: (d) => at(d)?.url ?? null };
  if (leaf === 'type') return { compare: 'exact', read: (d) => at(d)?.type ?? null };
  if (leaf === 'length') return { compare: 'exact', read: (d) => (at(d) ? String(at(d)!.length) : null) };
  return null;
}

/** True when every clause is one we can check. */
export function isApplicable(checks: Check[]): boolean {
  return checks.every((check) => {
    if (check.kind === 'bozo' || check.kind === 'always') return true;
    if (check.kind === 'python') return false;
    if (check.kind === 'paths_equal') return check.paths.every((p) => fieldFor(p) !== null);
    if (check.kind === 'eq' && isDateText(check.path)) return false;
    return fieldFor(check.path) !== null;
  });
}

// feedparser's published/updated strings are the feed's raw text; we keep dates as instants only.
function isDateText(path: PathPart[]): boolean {
  const last = path[path.length - 1];
  return last === 'published' || last === 'updated';
}

/** The clauses that fail, described; empty when the case passes. */
export function failedChecks(checks: Check[], doc: FeedDocument, base: string): string[] {
  const failures: string[] = [];
  for (const check of checks) {
    if (check.kind === 'bozo' || check.kind === 'always' || check.kind === 'python') continue;
    const problem = checkProblem(check, doc, base);
    if (problem) failures.push(problem);
  }
  return failures;
}

function checkProblem(
  check: Exclude<Check, { kind: 'bozo' | 'always' | 'python' }>,
  doc: FeedDocument,
  base: string,
) {
  if (check.kind === 'paths_equal') {
    const values = check.paths.map((p) => JSON.stringify(fieldFor(p)?.read(doc) ?? null));
    return new Set(values).size === 1
      ? null
      : `${check.paths.map(show).join(' == ')}: got ${values.join(' vs ')}`;
  }
  const field = fieldFor(check.path)!;
  const got = field.read(doc);
  const ok = holds(check, field, got, base);
  return ok
    ? null
    : `${check.kind} ${show(check.path)}${'value' in check ? ` ${JSON.stringify(check.value)}` : ''}: got ${JSON.stringify(got)}`;
}

function holds(
  check: Exclude<Check, { kind: 'bozo' | 'always' | 'python' | 'paths_equal' }>,
  field: Field,
  got: unknown,
  base: string,
): boolean {
  switch (check.kind) {
    case 'eq':
      return matches(field.compare, got, check.value, check.value_utc_iso, base);
    case 'ne':
      return !matches(field.compare, got, check.value, check.value_utc_iso, base);
    case 'truthy':
      return Array.isArray(got) ? got.length > 0 : Boolean(got);
    case 'falsy':
    case 'absent':
      return Array.isArray(got) ? got.length === 0 : !got;
    case 'len':
      return Array.isArray(got)
        ? got.length === check.value
        : typeof got === 'string' && got.length === check.value;
    case 'ord':
      return typeof got === 'string' && [...got].length === 1 && got.codePointAt(0) === check.value;
  }
}

function matches(
  compare: Compare,
  got: unknown,
  expected: unknown,
  expectedIso: string | undefined,
  base: string,
): boolean {
  if (expected === null) return got === null || got === undefined;
  const mine = (got ?? null) as string | null;
  switch (compare) {
    case 'text':
      return typeof expected === 'string' && sameText(mine, expected);
    case 'html':
      return typeof expected === 'string' && sameHtml(mine, expected);
    case 'url':
      return typeof expected === 'string' && sameUrl(mine, expected, base);
    case 'instant':
      return expectedIso !== undefined && sameInstant(mine, expectedIso);
    case 'person':
      return typeof expected === 'string' && samePerson(mine, expected);
    default:
      return stableJson(got) === stableJson(expected);
  }
}

// Objects compare by content, whatever their key order.
function stableJson(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

function show(path: PathPart[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .slice(1);
}
