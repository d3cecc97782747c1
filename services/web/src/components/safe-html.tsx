// The only places the UI puts HTML into the DOM, each after DOMPurify.
import { sanitizeArticle, sanitizeHighlight } from '../lib/sanitize.ts';

export function Highlighted({ html, fallback }: { html: string | undefined; fallback: string }) {
  if (!html) return <>{fallback}</>;
  return <span dangerouslySetInnerHTML={{ __html: sanitizeHighlight(html) }} />;
}

export function ArticleHtml({ html }: { html: string }) {
  return <div class="article-body" dangerouslySetInnerHTML={{ __html: sanitizeArticle(html) }} />;
}
