// Highlights for one page of hits, computed from the items themselves (highlight.ts), for both
// storage adapters (the engine's own highlighter escapes and cuts differently): work grows
// with the page, not with the match set, and no MATCH is evaluated again per hit.
//
// Which tokens are marked follows FTS5 highlight() over the query's positive MATCH expressions
// (the SQLite adapter's compile-query.ts `texts`): each expression is evaluated on the item's title and text; when it
// is true, the instances of its terms and phrases in true sub-expressions are marked (an OR marks
// its true branches, `a NOT b` marks a), each in the columns its scope names. A NEAR group marks
// the operand instances of every clump that satisfies it (the domain's nearClumps).
import {
  type Instance,
  type Item,
  type NearOperand,
  nearClumps,
  type QueryNode,
  type SearchHit,
} from '@presswatch/domain';
import {
  type AnalysedText,
  analyseText,
  type IndexTokens,
  indexTokens,
  indexTokensOf,
  renderHighlight,
} from './highlight.ts';
import { indexForm, nearDistance, nearIsExact } from './index-forms.ts';

/** Tokens of body text shown around the matches. */
const TEXT_WINDOW = 40;

type Field = 'title' | 'text';
type Highlights = NonNullable<SearchHit['highlights']>;

interface Pattern {
  fields: readonly Field[];
  form: 'exact' | 'folded';
  tokens: string[];
  /** The last token matches any token it starts (`word*`). */
  prefix: boolean;
}

type Analysed = Record<Field, AnalysedText>;
type Marks = Record<Field, Set<number>>;
type TextNode = Extract<QueryNode, { type: 'term' | 'phrase' }>;
type NearNode = Extract<QueryNode, { type: 'near' }>;

interface NearPatterns {
  patterns: Pattern[];
  fields: readonly Field[];
  form: Pattern['form'];
}

/** A function from an item to its highlights (null when nothing is marked). */
export function createHighlighter(texts: readonly QueryNode[]): (item: Item) => Highlights | null {
  const patterns = new Map<QueryNode, Pattern>();
  const patternOf = (node: TextNode | NearOperand, exact = node.exact): Pattern => {
    let pattern = exact === node.exact ? patterns.get(node) : undefined;
    if (!pattern) {
      pattern = toPattern(node, exact);
      if (exact === node.exact) patterns.set(node, pattern);
    }
    return pattern;
  };
  return (item) => {
    const doc: Analysed = { title: analyseText(item.title ?? ''), text: analyseText(item.text ?? '') };
    const marks: Marks = { title: new Set(), text: new Set() };
    const evaluator = new Evaluator(doc, patternOf);
    for (const node of texts) if (evaluator.test(node)) evaluator.mark(node, marks);
    const title = renderHighlight(doc.title, marks.title);
    const text = renderHighlight(doc.text, marks.text, TEXT_WINDOW);
    if (title === null && text === null) return null;
    return { ...(title !== null && { title }), ...(text !== null && { text }) };
  };
}

class Evaluator {
  /** Start positions per field of each pattern, found once per item. */
  private readonly found = new Map<Pattern, Record<Field, number[]>>();
  /** The patterns of each NEAR group. */
  private readonly near = new Map<NearNode, NearPatterns>();
  /** Index tokens per field and form, listed when first needed. */
  private readonly tokens = new Map<string, IndexTokens>();

  constructor(
    private readonly doc: Analysed,
    private readonly patternOf: (node: TextNode, exact?: boolean) => Pattern,
  ) {}

  test(node: QueryNode): boolean {
    switch (node.type) {
      case 'term':
      case 'phrase': {
        const starts = this.starts(this.patternOf(node));
        return starts.title.length > 0 || starts.text.length > 0;
      }
      case 'near':
        return this.nearPatterns(node).fields.some((field) => this.clumps(node, field).length > 0);
      case 'and':
        return node.children.every((child) =>
          child.type === 'not' ? !this.test(child.child) : this.test(child),
        );
      case 'or':
        return node.children.some((child) => this.test(child));
      case 'not':
        return !this.test(node.child);
      case 'meta':
        return false;
    }
  }

  /** Marks the instances of a node known to be true. */
  mark(node: QueryNode, marks: Marks): void {
    switch (node.type) {
      case 'term':
      case 'phrase': {
        const pattern = this.patternOf(node);
        const starts = this.starts(pattern);
        const length = pattern.tokens.length;
        for (const field of pattern.fields) {
          const tokens = this.indexTokens(field, pattern.form);
          for (const start of starts[field]) markSpan(tokens, start, length, marks[field]);
        }
        return;
      }
      case 'near':
        this.markNear(node, marks);
        return;
      case 'and':
        for (const child of node.children) if (child.type !== 'not') this.mark(child, marks);
        return;
      case 'or':
        for (const child of node.children) if (this.test(child)) this.mark(child, marks);
        return;
      case 'not':
      case 'meta':
        return;
    }
  }

  private markNear(node: NearNode, marks: Marks): void {
    const { fields, form } = this.nearPatterns(node);
    for (const field of fields) {
      const tokens = this.indexTokens(field, form);
      for (const clump of this.clumps(node, field)) {
        for (const [start, length] of clump) markSpan(tokens, start, length, marks[field]);
      }
    }
  }

  /** The operands' patterns of a NEAR group, all in the group's form and field (made once per item). */
  private nearPatterns(node: NearNode): NearPatterns {
    let near = this.near.get(node);
    if (!near) {
      const exact = nearIsExact(node.operands);
      near = {
        patterns: node.operands.map((operand) => this.patternOf({ ...operand, field: node.field }, exact)),
        fields: node.field ? [node.field] : ['title', 'text'],
        form: exact ? 'exact' : 'folded',
      };
      this.near.set(node, near);
    }
    return near;
  }

  private clumps(node: NearNode, field: Field): Instance[][] {
    const { patterns } = this.nearPatterns(node);
    const starts = patterns.map((pattern) => this.starts(pattern)[field]);
    const lengths = patterns.map((pattern) => pattern.tokens.length);
    return nearClumps(starts, lengths, nearDistance(node.distance));
  }

  private starts(pattern: Pattern): Record<Field, number[]> {
    let starts = this.found.get(pattern);
    if (!starts) {
      starts = { title: [], text: [] };
      for (const field of pattern.fields) {
        starts[field] = findStarts(pattern, this.indexTokens(field, pattern.form).tokens);
      }
      this.found.set(pattern, starts);
    }
    return starts;
  }

  private indexTokens(field: Field, form: Pattern['form']): IndexTokens {
    const key = `${field}:${form}`;
    let tokens = this.tokens.get(key);
    if (!tokens) {
      tokens = indexTokensOf(this.doc[field], form);
      this.tokens.set(key, tokens);
    }
    return tokens;
  }
}

/**
 * The words of a term or phrase as FTS5 reads its literal (the SQLite adapter's fts-expression.ts), and its columns;
 * `exact` is the form (a NEAR group may put an exact operand in the folded form).
 */
function toPattern(node: TextNode, exact: boolean): Pattern {
  const words = node.type === 'term' ? [node.value] : node.words;
  return {
    fields: node.field ? [node.field] : ['title', 'text'],
    form: exact ? 'exact' : 'folded',
    tokens: indexTokens(words.map((word) => indexForm(word, exact)).join(' ')),
    prefix: node.type === 'term' && node.prefix,
  };
}

/** Marks the display tokens covered by index tokens [start, start + length). */
function markSpan(tokens: IndexTokens, start: number, length: number, marks: Set<number>): void {
  for (let k = start; k < start + length; k++) {
    for (let owner = tokens.owners[k]!; owner <= tokens.lastOwners[k]!; owner++) marks.add(owner);
  }
}

/** Ascending start positions of the pattern's tokens, consecutive, in `tokens`. */
function findStarts(pattern: Pattern, tokens: readonly string[]): number[] {
  const wanted = pattern.tokens;
  const n = wanted.length;
  const found: number[] = [];
  if (n === 0) return found;
  const last = n - 1;
  for (let start = 0; start + n <= tokens.length; start++) {
    let k = 0;
    while (k < last && tokens[start + k] === wanted[k]) k++;
    if (k < last) continue;
    const token = tokens[start + last]!;
    if (pattern.prefix ? token.startsWith(wanted[last]!) : token === wanted[last]) found.push(start);
  }
  return found;
}
