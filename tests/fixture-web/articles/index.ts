import type { FixtureArticle } from '../types.ts';
import { MEKONG_LEDGER_ARTICLES } from './mekong-ledger.ts';
import { QUANG_TRI_MOI_ARTICLES } from './quang-tri-moi.ts';
import { SONG_NHAT_LE_ARTICLES } from './song-nhat-le.ts';

export { MEKONG_LEDGER_ARTICLES, QUANG_TRI_MOI_ARTICLES, SONG_NHAT_LE_ARTICLES };

/** Every article the fixture web serves at start. */
export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  ...QUANG_TRI_MOI_ARTICLES,
  ...SONG_NHAT_LE_ARTICLES,
  ...MEKONG_LEDGER_ARTICLES,
];
