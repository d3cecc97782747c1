// Rendering pages that need a browser (Source.render): playwright-core driving Debian's chromium.
export {
  type BrowserPool,
  type BrowserPoolOptions,
  createBrowserPool,
  DEFAULT_BLOCKED_RESOURCE_TYPES,
} from './browser-pool.ts';
export { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from './launch.ts';
export { ConsentSelectorError, type RenderedPage, type RenderRequest } from './render-page.ts';
export { createRequestGuard, type RequestCheck } from './request-guard.ts';
