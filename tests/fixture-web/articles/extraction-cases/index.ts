// Article pages shaped like real Vietnamese (and one foreign) news sites, with what extraction
// must read from each. Not served by the fixture web: the extraction tests read them directly,
// and the CLI test serves one over HTTP itself.
import type { ExtractionCase } from './case.ts';
import { consentBannerCase } from './consent-banner.ts';
import { consentWallCase } from './consent-wall.ts';
import { feedDatedBlogCase } from './feed-dated-blog.ts';
import { foreignOutletCase } from './foreign-outlet.ts';
import { nationalDailyCase } from './national-daily.ts';
import { provincialLegacyCase } from './provincial-legacy.ts';
import { sortableBlocksCase } from './sortable-blocks.ts';

export type { ExpectedArticle, ExtractionCase } from './case.ts';

/** Every case, built fresh (the pages are strings; building them is cheap). */
export function extractionCases(): ExtractionCase[] {
  return [
    nationalDailyCase(),
    sortableBlocksCase(),
    provincialLegacyCase(),
    consentBannerCase(),
    consentWallCase(),
    foreignOutletCase(),
    feedDatedBlogCase(),
  ];
}
