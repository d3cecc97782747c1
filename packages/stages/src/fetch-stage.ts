// fetch stage: download one article (through the browser for sources marked render: true),
// extract its text and metadata (the feed's own fields fill the gaps), keep the document for the
// process stage and enqueue it by id. The page's declared URLs decide its identity
// (article-identity.ts): an article stored already under another link becomes an alias of it.
//
//   run(job) → skipIfSeen → download | render → extract → store document
//            → settle identity → duplicate? drop the document : enqueue process
import {
  type FetchedDocument,
  type FetchPayload,
  type Job,
  RetryAfterError,
  type Source,
  UnrecoverableJobError,
} from '@presswatch/domain';
import {
  ConsentSelectorError,
  canonicalizeUrl,
  type DeclaredPageUrls,
  type ExtractedArticle,
  FetchError,
  httpFetch,
  toPublishedAt,
} from '@presswatch/ingest';
import { settleArticleIdentity } from './article-identity.ts';
import type { FetchDeps } from './deps.ts';
import { extractPage } from './pool/extract-page.ts';

const GONE = new Set([404, 410, 451]);
const NEVER_RETRY = new Set<FetchError['kind']>(['too-large', 'blocked', 'robots', 'redirect']);

export function createFetchHandler(deps: FetchDeps) {
  const now = deps.now ?? (() => new Date());
  const extract = deps.extract ?? extractPage;

  return async function runFetch(job: Job<FetchPayload>): Promise<void> {
    const { itemId, sourceId } = job.payload;
    if (await isSeen(job.payload)) return; // a duplicate delivery: the item is in already
    const source = await deps.sources.get(sourceId);
    if (!source) return; // source deleted meanwhile
    const page = source.render ? await render(job, source) : await download(job);
    const fetchedAt = now();
    // The feed's date is extraction's last resort for the publication time; it is checked like a
    // page date (never in the future).
    const { declared, article } = await extract({
      body: page.body,
      url: page.url,
      now: fetchedAt.toISOString(),
      feedPublishedAt: job.payload.hints?.publishedAt ?? null,
      trustedOwners: deps.canonicalOwners?.(source) ?? [],
    });
    const document = buildDocument(job.payload, page.url, declared, article, fetchedAt);
    await deps.documents.put(document);
    const owner = await settleIdentity(job.payload, page.url, declared, document.canonicalUrl);
    if (owner !== itemId) {
      await deps.documents.delete(document.id);
      deps.logger.debug({ itemId, duplicateOf: owner, url: job.payload.url }, 'article known by another URL');
      return;
    }
    await deps.queues.process.enqueue({ documentId: document.id }, { jobId: `process-${document.id}` });
  };

  // Stored under this id, or the link is an alias of a stored item (a push after a poll).
  async function isSeen(payload: FetchPayload): Promise<boolean> {
    if ((await deps.items.existing([payload.itemId])).has(payload.itemId)) return true;
    const owner = (await deps.aliases?.owners([payload.canonicalUrl]))?.get(payload.canonicalUrl);
    return owner !== undefined && (await deps.items.existing([owner])).has(owner);
  }

  async function settleIdentity(
    payload: FetchPayload,
    finalUrl: string,
    declared: DeclaredPageUrls,
    identity: string,
  ): Promise<string> {
    if (!deps.aliases) return payload.itemId;
    const others = [payload.canonicalUrl, canonicalizeUrl(finalUrl), ...declared.alternates];
    const { items, documents, aliases } = deps;
    return settleArticleIdentity({ items, documents, aliases }, payload.itemId, { identity, others });
  }

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
  pageUrl: string,
  declared: DeclaredPageUrls,
  article: ExtractedArticle,
  fetchedAt: Date,
): FetchedDocument {
  const hints = payload.hints;
  return {
    id: payload.itemId,
    sourceId: payload.sourceId,
    url: payload.url,
    canonicalUrl: declared.canonical ?? canonicalizeUrl(pageUrl),
    title: article.title ?? hints?.title ?? null,
    byline: article.byline ?? hints?.author ?? null,
    publishedAt: article.publishedAt ?? toPublishedAt(hints?.publishedAt, fetchedAt),
    updatedAt: article.updatedAt,
    imageUrl: article.image,
    languageHint: article.language,
    text: article.text || hints?.summary || '',
    fetchedAt: fetchedAt.toISOString(),
  };
}
