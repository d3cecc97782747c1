// Language detection measured on real text from ../shared: the fundus benchmark's articles in 25
// languages and Vietnamese news. The figures per language print with `node --import tsx
// packages/text/test/language-accuracy.ts`.
import { describe, expect, it } from 'vitest';
import { accuracyByLanguage, CONDITIONS, labelledTexts, overall } from './language-accuracy.ts';

const texts = labelledTexts(500);
const missing = !texts && !process.env.CI;

const title = missing
  ? 'detectLanguage on ../shared (skipped: fundus or corpus missing)'
  : 'detectLanguage on ../shared';

describe.skipIf(missing)(title, () => {
  const accuracy = (name: string) => {
    const condition = CONDITIONS.find((c) => c.name === name)!;
    return accuracyByLanguage(texts!, condition);
  };

  it('gets article openings right without a prior and against a wrong prior', () => {
    expect(overall(accuracy('opening, no prior'))).toBeGreaterThanOrEqual(0.98);
    const wrongPrior = accuracy('opening, wrong prior');
    expect(overall(wrongPrior)).toBeGreaterThanOrEqual(0.98);
    expect(wrongPrior.get('vi')![0]).toBe(wrongPrior.get('vi')![1]);
    expect(wrongPrior.get('en')![0]).toBe(wrongPrior.get('en')![1]);
  });

  it('keeps a right prior on headlines and reads unaccented Vietnamese', () => {
    expect(overall(accuracy('headline, right prior'))).toBeGreaterThanOrEqual(0.99);
    const unaccented = accuracy('opening without diacritics, no prior').get('vi')!;
    expect(unaccented[0] / unaccented[1]).toBeGreaterThanOrEqual(0.98);
  });
});
