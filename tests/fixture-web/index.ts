// The local fixture web: fictional outlets (a Vietnamese RSS paper, a Vietnamese Atom magazine,
// an English foreign outlet) served over HTTP for tests and `npm run demo`.
//   server.ts — startFixtureWeb; catalogue.ts — what is served; outlets.ts + articles/ — the data;
//   render-*.ts — HTML pages and feeds.
export {
  FIXTURE_ARTICLES,
  MEKONG_LEDGER_ARTICLES,
  QUANG_TRI_MOI_ARTICLES,
  SONG_NHAT_LE_ARTICLES,
} from './articles/index.ts';
export { slugify } from './format.ts';
export { OUTLETS, type Outlet } from './outlets.ts';
export { BROKEN_FEED_PATH, NOT_A_FEED_PATH, startFixtureWeb } from './server.ts';
export type * from './types.ts';
