// xml:base: every element may set the base URL its own and its descendants' relative references
// resolve against, relative to its parent's base; the outermost base is the document's URL. A base
// that does not parse or is not http(s) (javascript:, say) is ignored.
import { attribute } from './xml-node.ts';

const SAFE_BASE_SCHEMES = new Set(['http:', 'https:']);
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** The base in force inside `node`, given the base of its parent. */
export function baseOf(node: unknown, parentBase: string): string {
  return withXmlBase(attribute(node, 'xml:base'), parentBase);
}

/** `value` (an xml:base as written) resolved against `parentBase`; the parent's base when unusable. */
export function withXmlBase(value: string | null, parentBase: string): string {
  if (!value?.trim()) return parentBase;
  const resolved = resolveUrl(value, parentBase);
  if (!resolved) return parentBase;
  return SAFE_BASE_SCHEMES.has(new URL(resolved).protocol) ? resolved : parentBase;
}

/** An absolute URL for `href` against `base`, or null when it does not parse. */
export function resolveUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    // An absolute reference (the common case) needs no base: parsing the base costs as much again.
    return (ABSOLUTE.test(trimmed) ? new URL(trimmed) : new URL(trimmed, base)).href;
  } catch {
    return null;
  }
}
