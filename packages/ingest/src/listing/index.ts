// Listing pages read with per-source CSS selectors (cheerio).
export { ListingError } from './errors.ts';
export { parseListingDate } from './listing-date.ts';
export { listingSelectorsOf, type ParseListingOptions, parseListing } from './parse-listing.ts';
export type * from './types.ts';
