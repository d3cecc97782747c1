// fetch stage: download one article (through the browser for sources marked render: true),
// extract its text and metadata (the feed's own fields fill the gaps), keep the document for the
// process stage and enqueue it by id.
//
//   run(job) → skipIfStored → download | render → extract → store document → enqueue process
import {
  type FetchedDocument,
  type FetchPayload,
  type Job,
  RetryAfterError,
  type Source,
  UnrecoverableJobError,
} from '@presswatch/domain';
import { ConsentSelectorError, extractArticle, FetchError, httpFetch } from '@presswatch/ingest';
import type { FetchDeps } from './deps.ts';

const GONE = new Set([404, 410, 451]);
const NEVER_RETRY = new Set<FetchError['kind']>(['too-large', 'blocked', 'robots', 'redirect']);

export function createFetchHandler(deps: FetchDeps) {
  const now = deps.now ?? (() => new Date());

  return async function runFetch(job: Job<FetchPayload>): Promise<void> {
    const { itemId, sourceId } = job.payload;
    const stored = await deps.items.existing([itemId]);
    if (stored.has(itemId)) return; // a duplicate delivery: the item is in already
    const source = await deps.sources.get(sourceId);
    if (!source) return; // source deleted meanwhile
    const html = source.render ? await render(job, source) : await download(job);
    const document = buildDocument(job.payload, html, now());
    await deps.documents.put(document);
    await deps.queues.process.enqueue({ documentId: document.id }, { jobId: `process-${document.id}` });
  };

  async function download(job: Job<FetchPayload>): Promise<{ body: string; url: string }> {
    try {
      const response = await httpFetch(job.payload.url, {
        ...deps.http,
        signal: job.signal,
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      });
      return { body: response.body, url: response.url };
    } catch (error) {
      throw translateFetchError(error);
    }
  }

  // The page's final HTML after its scripts ran (and the consent banner, if any, was dismissed).
  async function render(job: Job<FetchPayload>, source: Source): Promise<{ body: string; url: string }> {
    if (!deps.browser) {
      throw new UnrecoverableJobError(
        `Source ${source.id} needs a browser (render: true) but none is configured`,
      );
    }
    try {
      const page = await deps.browser.render(job.payload.url, {
        consentSelector: source.selectors?.consent ?? null,
        signal: job.signal,
      });
      return { body: page.html, url: page.url };
    } catch (error) {
      if (error instanceof ConsentSelectorError) throw new UnrecoverableJobError(error.message);
      throw translateFetchError(error);
    }
  }
}

/** Maps expected HTTP outcomes onto the queue's control flow. */
function translateFetchError(error: unknown): unknown {
  if (!(error instanceof FetchError)) return error;
  if (error.status && GONE.has(error.status)) {
    return new UnrecoverableJobError(`article is gone: HTTP ${error.status}`);
  }
  if (error.retryAfterSeconds) return new RetryAfterError(error.retryAfterSeconds * 1000, error.message);
  // Retrying cannot help: the page is too big, refused by the SSRF guard or robots.txt, or loops.
  if (NEVER_RETRY.has(error.kind)) return new UnrecoverableJobError(error.message);
  return error;
}

function buildDocument(
  payload: FetchPayload,
  page: { body: string; url: string },
  fetchedAt: Date,
): FetchedDocument {
  const article = extractArticle(page.body, page.url);
  const hints = payload.hints;
  return {
    id: payload.itemId,
    sourceId: payload.sourceId,
    url: payload.url,
    canonicalUrl: payload.canonicalUrl,
    title: article.title ?? hints?.title ?? null,
    byline: article.byline ?? hints?.author ?? null,
    publishedAt: article.publishedAt ?? hints?.publishedAt ?? null,
    languageHint: article.language,
    text: article.text || hints?.summary || '',
    fetchedAt: fetchedAt.toISOString(),
  };
}
