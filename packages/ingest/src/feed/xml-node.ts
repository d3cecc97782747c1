// Reading the element trees xml2js builds (rss-parser's parser): an element with text only is a
// string, one with attributes or children is an object with `_` (text), `$` (attributes) and one
// array per child element name.

export type XmlNode = string | XmlElement;

export interface XmlElement {
  _?: string;
  $?: Record<string, string>;
  [child: string]: unknown;
}

/** The child elements of `node` named `name`, in document order. */
export function childNodes(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const list = (node as Record<string, unknown>)[name];
  return Array.isArray(list) ? (list as XmlNode[]) : [];
}

/** The text of an element (its character data), or null when it has none. */
export function nodeText(node: unknown): string | null {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && typeof (node as XmlElement)._ === 'string') {
    return (node as XmlElement)._!;
  }
  return null;
}

/** The trimmed text, or null when empty. */
export function trimmedText(node: unknown): string | null {
  const text = nodeText(node)?.trim();
  return text ? text : null;
}

export function attribute(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as XmlElement).$?.[name];
  return typeof value === 'string' ? value : null;
}

/** The first child among `names` (in that order of preference) that has text. */
export function firstText(node: unknown, names: string[]): string | null {
  for (const name of names) {
    for (const child of childNodes(node, name)) {
      const text = trimmedText(child);
      if (text) return text;
    }
  }
  return null;
}
