// Feed date parsing against feedparser's date vectors (../shared/feeds/feedparser/date_vectors.json):
// RFC 822 and its variants, W3DTF/ISO 8601, asctime and Perforce must all read (or refuse) as
// upstream says. Out of scope and skipped, with the count printed: dates written in Greek,
// Hungarian or Korean, and ISO 8601's 2-digit-year and ordinal forms ("031231", "03335").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeedDate } from '@presswatch/ingest';
import { describe, expect, it } from 'vitest';
import { sharedData } from './support/shared-dir.ts';

interface DateVector {
  parse_date: string;
  input_value: string;
  expected_value: number[] | null;
  expected_value_utc_iso?: string;
  comment?: string;
}

const data = sharedData('feeds/feedparser', 'feed dates (feedparser date vectors)');
const OTHER_LANGUAGES = new Set([
  '_parse_date_greek',
  '_parse_date_hungarian',
  '_parse_date_nate',
  '_parse_date_onblog',
]);

function inScope(v: DateVector): boolean {
  if (!v.input_value) return true;
  if (OTHER_LANGUAGES.has(v.parse_date)) return false;
  return v.parse_date !== '_parse_date_iso8601' || /^\d{4}-\d{2}-\d{2}T/.test(v.input_value);
}

describe.skipIf(data.skip)(data.title, () => {
  it('reads or refuses every in-scope vector as feedparser does', () => {
    const vectors = (
      JSON.parse(readFileSync(join(data.dir, 'date_vectors.json'), 'utf8')) as { vectors: DateVector[] }
    ).vectors;
    const inScopeVectors = vectors.filter(inScope);
    const wrong = inScopeVectors.flatMap((v) => {
      // feedparser's struct_time has whole seconds.
      const ms = parseFeedDate(v.input_value);
      const got = ms === null ? null : new Date(Math.floor(ms / 1000) * 1000).toISOString();
      const want = v.expected_value_utc_iso ? new Date(v.expected_value_utc_iso).toISOString() : null;
      return got === want
        ? []
        : [`${v.parse_date} ${JSON.stringify(v.input_value)}: expected ${want}, got ${got}`];
    });
    console.info(
      `feed dates: ${inScopeVectors.length - wrong.length}/${inScopeVectors.length} in-scope vectors right (${vectors.length - inScopeVectors.length} out of scope)`,
    );
    expect(inScopeVectors.length).toBeGreaterThan(55);
    expect(wrong).toEqual([]);
  });
});
