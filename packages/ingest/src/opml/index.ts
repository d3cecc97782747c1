// opml/: OPML subscription lists ⇄ PressWatch sources (import and export, API and CLI).
export { type OpmlExportOptions, sourcesToOpml } from './opml-export.ts';
export { outlineToSourceInput, sourcesFromOpml } from './opml-import.ts';
export { OpmlParseError, PRESSWATCH_OPML_NAMESPACE, parseOpml } from './parse-opml.ts';
export { sourceIdForUrl } from './source-id.ts';
export type * from './types.ts';
