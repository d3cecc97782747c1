// A language hint: what the page declares, else what its script says when the script is telling
// (Vietnamese letters, kana, hangul, Thai, Lao, Khmer…). Detection proper is the process stage's.
import { type JsonLdObject, jsonLdText } from '../json-ld.ts';
import { metaValue, type PageIndex } from '../page-index.ts';

export function extractLanguage(index: PageIndex, ld: JsonLdObject | null, text: string): string | null {
  const declared =
    index.lang ??
    metaValue(index, 'content-language', 'language', 'og:locale', 'dc.language') ??
    jsonLdText(ld?.['inLanguage']);
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase();
  if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  return languageFromScript(text);
}

// Letters only Vietnamese uses among Latin-script languages (ơ, ư, ă, đ and stacked tone marks).
const VIETNAMESE = /[ơưăđƠƯĂĐ]|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0e80-\u0eff]/g, 'lo'],
  [/[\u1780-\u17ff]/g, 'km'],
  [/[\u1000-\u109f]/g, 'my'],
  [/[\u4e00-\u9fff]/g, 'zh'],
];
const SAMPLE = 2000;

function languageFromScript(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if (sample.length < 20) return null;
  for (const [pattern, code] of SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) > sample.length * 0.1) return code;
  }
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  return vietnamese > sample.length * 0.03 ? 'vi' : null;
}
