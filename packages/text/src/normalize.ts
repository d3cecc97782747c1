// Canonical form of Vietnamese text: NFC and one tone-mark placement style.
//
// Tone-mark rule (the style of DESIGN.md: `hoà`→`hòa`, `thuỷ`→`thủy`, `uỷ`→`ủy`, `khoẻ`→`khỏe`):
// in a syllable that ENDS in `oa`, `oe` or `uy` (no final consonant or vowel after them) the tone
// mark sits on the first vowel of the pair. This is the placement most Vietnamese newspapers and
// input methods use; the other style (`hoà`, `thuỷ`, the 1980s school rule of "tone on the main
// vowel") is rewritten to it. When a final follows (`hoàn`, `khoét`, `huýt`, `ngoài`, `khuya`)
// both styles agree and nothing is moved. `qu` + `y` (`quý`, `quỳ`) is left alone: there `u`
// belongs to the consonant and `y` is the only vowel.

/** Onsets a Vietnamese syllable can start with (empty included); `q` is left out on purpose. */
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx])?';

/** A bare `o`/`u`, then `a`/`e`/`y` carrying a tone mark, with the syllable ending there. */
const TONE_ON_SECOND = new RegExp(
  `(?<![\\p{L}\\p{M}])(${ONSET})([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\\p{L}\\p{M}])`,
  'giu',
);

/** Combining diacritics with no letter to sit on (stray marks from broken legacy conversions). */
const ORPHAN_MARKS = /(^|[^\p{L}\p{M}])[\u0300-\u036f]+/gu;

// Cheap tests run first: the two rewrites above scan with look-arounds and Unicode classes, which
// costs ~10 µs per kB even when nothing matches, and text is normalised again at each layer
// (item, index, rules). Neither test can miss a match of its rewrite: any combining mark for
// ORPHAN_MARKS; for TONE_ON_SECOND the pair itself not followed by a Latin letter, a subset of
// the letters and marks the rewrite excludes.
const ANY_COMBINING_MARK = /[\u0300-\u036f]/;
const TONE_PAIR =
  /[ouOU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])/;

/** NFC, orphan combining marks dropped, tone marks of `oa`/`oe`/`uy` moved onto the first vowel. */
export function normalizeText(s: string): string {
  let out = s.normalize('NFC');
  if (ANY_COMBINING_MARK.test(out)) out = out.replace(ORPHAN_MARKS, '$1');
  if (TONE_PAIR.test(out)) out = out.replace(TONE_ON_SECOND, moveTone);
  return out;
}

function moveTone(match: string, onset: string, first: string, second: string): string {
  const [base = '', tone = ''] = second.normalize('NFD');
  const pair = `${first}${base}`.toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match;
  return `${onset}${(first + tone).normalize('NFC')}${base}`;
}
