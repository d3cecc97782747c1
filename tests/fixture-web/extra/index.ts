// Routes the fixture web gained for the source kinds beyond RSS/Atom: sitemaps, a listing page,
// pages that need a browser, and a WebSub hub. server.ts hands every request here first; a
// request for any other path falls through to the outlets' routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalogue } from '../catalogue.ts';
import { serveListing } from './listing.ts';
import { serveRendered } from './rendered.ts';
import { baseOf } from './reply.ts';
import { serveSitemap } from './sitemaps.ts';
import { FixtureHub } from './websub-hub.ts';

export { LISTING_PATH, LISTING_SELECTORS } from './listing.ts';
export { RENDER_PATHS, RENDERED_ARTICLE } from './rendered.ts';
export { SITEMAP_PATHS } from './sitemaps.ts';
export { type PublishRequest, WEBSUB_PATHS } from './websub-hub.ts';

export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

/** One set of extra routes per fixture web (the hub keeps its subscribers). */
export function createExtraRoutes(catalogueOf: () => Catalogue | null): ExtraRoutes {
  const hub = new FixtureHub();
  const pending = new Set<NodeJS.Timeout>();
  return (req, res, path) => {
    const catalogue = catalogueOf();
    if (!catalogue) return false;
    const base = baseOf(req);
    if (hub.handle(req, res, path, catalogue, base)) return true;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    return (
      serveSitemap(res, path, catalogue, base) ||
      serveListing(res, path, catalogue) ||
      serveRendered(req, res, path, pending)
    );
  };
}
