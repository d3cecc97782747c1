export { analyseText, escapeHtml, MARKERS, renderHighlight } from './highlight.ts';
export { indexForm, nearDistance, nearIsExact } from './index-forms.ts';
export { createHighlighter } from './page-highlights.ts';
