// A cheap check that a text is in its declared language: the share of its words that are that
// language's commonest function words. When the declared language clearly leads every other
// language listed here, the trigram ranking (franc, ~5 ms for an article opening) is skipped:
// at thousands of English or French articles a second it would be most of the classifier's time.

const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for on with was as by at from it are be this have has said',
  fr: 'le la les de des du et est un une dans pour que qui sur au aux par pas avec ce',
  de: 'der die das und ist nicht ein eine zu den dem von mit sich des auf für im',
  es: 'el la los las de del y en que es por con para una un se al lo su',
  pt: 'o a os as de do da dos das e em que é um uma para com não no na por',
  it: 'il la le di del della e che è un una per con non in sono gli dei',
  nl: 'de het een van en in is dat op te met voor niet zijn ook',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah',
};

const LANGUAGES = Object.keys(FUNCTION_WORDS);

let wordLanguages: Map<string, number[]> | null = null;

/** Word → indexes (in LANGUAGES) of the languages it is a function word of; built on first use. */
function languagesOfWords(): Map<string, number[]> {
  if (wordLanguages) return wordLanguages;
  const map = new Map<string, number[]>();
  LANGUAGES.forEach((language, index) => {
    for (const word of FUNCTION_WORDS[language]!.split(' ')) map.set(word, [...(map.get(word) ?? []), index]);
  });
  wordLanguages = map;
  return map;
}

/** The declared language's words must be at least this share of all words… */
const MIN_SHARE = 0.12;
/** …and this many times the share of any other listed language. */
const MIN_LEAD = 1.5;
/** Fewer words than this prove nothing. */
const MIN_WORDS = 25;

const WORD = /\p{L}+/gu;

/** True when `text` reads clearly as `language` by its function words (only the listed languages). */
export function confirmedByFunctionWords(text: string, language: string): boolean {
  return LANGUAGES.includes(language) && languageByFunctionWords(text) === language;
}

/**
 * The listed language whose function words are at least MIN_SHARE of the words of `text` and
 * MIN_LEAD times those of every other listed language, or null.
 */
export function languageByFunctionWords(text: string): string | null {
  const byWord = languagesOfWords();
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    words++;
    const languages = byWord.get(match[0]);
    if (languages) for (const index of languages) hits[index]!++;
  }
  if (words < MIN_WORDS) return null;
  let best = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i]! > hits[best]!) best = i;
  if (hits[best]! / words < MIN_SHARE) return null;
  const leads = hits.every((count, index) => index === best || hits[best]! >= count * MIN_LEAD);
  return leads ? LANGUAGES[best]! : null;
}
