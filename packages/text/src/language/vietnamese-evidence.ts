// Vietnamese written without diacritics (headlines of some aggregators, SMS-style comments):
// trigram models often take it for Javanese or Malay. Its function words, folded, are still
// unmistakable: a text where many words are among these is Vietnamese.

/** Frequent Vietnamese syllables, folded, that are rare as words in other Latin-script languages. */
const FOLDED_FUNCTION_WORDS = new Set(
  (
    'cua cac nhung duoc nguoi khong mot voi nay tai nhu theo dang cung trong nhieu chung viec ' +
    'nhat thanh hien giua truoc sau ngay nam cho cong phai viet nuoc tinh huyen thuoc'
  ).split(' '),
);

/** Words of Latin letters only (folded text expected: ASCII). */
const WORD = /[a-z]+/g;

/**
 * Share of the words of a folded, lower-cased sample that are Vietnamese function words. Short
 * syllables such as `la`, `de`, `da`, `se` are left out (French, Spanish and Italian words too),
 * and so is `dan` (Malay and Indonesian for "and").
 */
export function foldedVietnameseShare(folded: string): { share: number; hits: number } {
  let words = 0;
  let hits = 0;
  for (const match of folded.matchAll(WORD)) {
    words++;
    if (FOLDED_FUNCTION_WORDS.has(match[0])) hits++;
  }
  return { share: words > 0 ? hits / words : 0, hits };
}
