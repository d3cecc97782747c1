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

// Cheap tests first: the two rewrites above scan with look-arounds and Unicode classes, which
// costs ~10 µs per kB even where nothing matches, and text is normalised again at each layer
// (item, index, rules). Any combining mark at all for ORPHAN_MARKS. For TONE_ON_SECOND, TONE_PAIR
// finds each `o`/`u` + toned vowel not followed by a Latin letter (a subset of the letters and
// marks the rule excludes, so it finds every place the rule can match, and more), and the rule
// itself runs only there: it is tried at the 0–3 letters of onset before the pair, sticky, on the
// whole string so its look-arounds see the real neighbours.
const ANY_COMBINING_MARK = /[\u0300-\u036f]/;
const TONE_PAIR =
  /[ouOU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff])/g;
const TONE_AT = new RegExp(TONE_ON_SECOND.source, 'iuy');
const LONGEST_ONSET = 3;

/** NFC, orphan combining marks dropped, tone marks of `oa`/`oe`/`uy` moved onto the first vowel. */
export function normalizeText(s: string): string {
  let out = s.normalize('NFC');
  if (ANY_COMBINING_MARK.test(out)) out = out.replace(ORPHAN_MARKS, '$1');
  return moveTones(out);
}

/** What `s.replace(TONE_ON_SECOND, moveTone)` gives, trying the rule only at TONE_PAIR's finds. */
function moveTones(s: string): string {
  let out = '';
  let copied = 0;
  TONE_PAIR.lastIndex = 0;
  for (let pair = TONE_PAIR.exec(s); pair; pair = TONE_PAIR.exec(s)) {
    const end = pair.index + 2;
    for (let start = Math.max(copied, pair.index - LONGEST_ONSET); start <= pair.index; start++) {
      TONE_AT.lastIndex = start;
      const match = TONE_AT.exec(s);
      if (!match || TONE_AT.lastIndex !== end) continue;
      out += s.slice(copied, start) + moveTone(match[0], match[1]!, match[2]!, match[3]!);
      copied = end;
      break;
    }
  }
  return copied === 0 ? s : out + s.slice(copied);
}

function moveTone(match: string, onset: string, first: string, second: string): string {
  const [base = '', tone = ''] = second.normalize('NFD');
  const pair = `${first}${base}`.toLowerCase();
  if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match;
  return `${onset}${(first + tone).normalize('NFC')}${base}`;
}
