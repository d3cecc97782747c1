// fetch stage: download one article, extract its text and metadata (the feed's own fields fill
// the gaps), keep the document for the process stage and enqueue it by id.
//
//   run(job) → skipIfStored → download → extract → store document → enqueue process
import {
  type FetchedDocument,
  type FetchPayload,
  type Job,
  RetryAfterError,
  UnrecoverableJobError,
} from '@presswatch/domain';
import { extractArticle, FetchError, httpFetch } from '@presswatch/ingest';
import type { FetchDeps } from './deps.ts';

const GONE = new Set([404, 410, 451]);

export function createFetchHandler(deps: FetchDeps) {
  const now = deps.now ?? (() => new Date());

  return async function runFetch(job: Job<FetchPayload>): Promise<void> {
    const { itemId, sourceId } = job.payload;
    const stored = await deps.items.existing([itemId]);
    if (stored.has(itemId)) return; // a duplicate delivery: the item is in already
    if (!(await deps.sources.get(sourceId))) return; // source deleted meanwhile
    const html = await download(job);
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
}

/** Maps expected HTTP outcomes onto the queue's control flow. */
function translateFetchError(error: unknown): unknown {
  if (!(error instanceof FetchError)) return error;
  if (error.status && GONE.has(error.status)) {
    return new UnrecoverableJobError(`article is gone: HTTP ${error.status}`);
  }
  if (error.retryAfterSeconds) return new RetryAfterError(error.retryAfterSeconds * 1000, error.message);
  if (error.kind === 'too-large') return new UnrecoverableJobError(error.message);
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
