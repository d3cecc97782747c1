import type { Item } from '@presswatch/domain';
import {
  analyseText,
  createHighlighter,
  parseQuery,
  referenceAnalysis,
  renderHighlight,
} from '@presswatch/query';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../src/search/compile-query.ts';

const render = (text: string, positions: number[], window?: number) =>
  renderHighlight(analyseText(text), new Set(positions), window);

describe('highlight rendering', () => {
  it('marks runs of tokens once and escapes everything else', () => {
    expect(render('<b>biên giới</b> & "x"', [1, 2])).toBe(
      '&lt;b&gt;<mark>biên giới</mark>&lt;/b&gt; &amp; &quot;x&quot;',
    );
  });

  it('returns null when nothing is marked', () => {
    expect(render('some text', [])).toBeNull();
  });

  it('cuts long text to a window around the densest matches', () => {
    const words = Array.from({ length: 100 }, (_, n) => `w${n}`);
    const html = render(words.join(' '), [3, 70, 72, 74], 10);
    expect(html).toBe('…w68 w69 <mark>w70</mark> w71 <mark>w72</mark> w73 <mark>w74</mark> w75 w76 w77…');
  });

  it('opens a mark at the window edge when a run starts before it', () => {
    const words = Array.from({ length: 30 }, (_, n) => `w${n}`);
    const html = render(words.join(' '), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4);
    expect(html).toBe('<mark>w0 w1 w2 w3</mark>…');
  });

  it('shows the text normalised as the index holds it, and blanks the old marker characters', () => {
    const html = render('Thuỷ điện\u0001hoà\u0002bình'.normalize('NFD'), [0]);
    expect(html).toBe('<mark>Thủy</mark> điện hòa bình');
  });
});

describe('text analysis', () => {
  const sample = [
    'Ngư dân Quảng Trị ra khơi, đánh bắt ở vùng biển quanh đảo Cồn Cỏ.',
    'Thủy điện Quảng Bình xả lũ; người dân Đồng Hới'.normalize('NFD'),
    'COVID-19: 1½ triệu liều vắc-xin, ĐẦU TƯ 5\u0301 tỷ — e-mail: a@b.vn',
    'Lao ພາສາລາວ and Thai ภาษาไทย with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and ǅ, İstanbul, ΣΊΣΥΦΟΣ',
    '中国在南海部署, 越南西沙群岛 ニュース 한국어 뉴스 𠀀𠀁 ประเทศไทยมีชายแดนติดกับลาว',
  ];

  it('yields the tokens of the title/text and *_folded columns (the reference analysis)', () => {
    for (const text of sample) {
      const analysed = analyseText(text);
      const exact = analysed.forms.flatMap((forms) => forms.exact);
      const folded = analysed.forms.flatMap((forms) => forms.folded);
      expect(exact).toEqual(referenceAnalysis(text).exact);
      expect(folded).toEqual(referenceAnalysis(text).folded);
    }
  });
});

function item(title: string, text: string): Item {
  return { title, text } as Item;
}

function highlight(query: string, title: string, text: string) {
  const compiled = compileQuery(parseQuery(query)!);
  return createHighlighter(compiled.texts)(item(title, text));
}

describe('page highlights', () => {
  it('marks exact words only where the diacritics match', () => {
    expect(highlight('biển', 'Biển và biên giới', 'x')).toEqual({ title: '<mark>Biển</mark> và biên giới' });
  });

  it('marks folded words on the exact text, in every spelling', () => {
    expect(highlight('bien', 'Biển và biên giới', 'Không có')).toEqual({
      title: '<mark>Biển</mark> và <mark>biên</mark> giới',
    });
  });

  it('marks phrases as a run and only where the words are consecutive', () => {
    expect(highlight('"bien gioi"', 'Biên giới, giới biên, biên — giới', '')).toEqual({
      title: '<mark>Biên giới</mark>, giới biên, <mark>biên — giới</mark>',
    });
  });

  it('marks prefixes and respects field scopes', () => {
    expect(highlight('title:đầu*', 'Đầu tư', 'đầu tư')).toEqual({ title: '<mark>Đầu</mark> tư' });
    expect(highlight('text:"đầu tư"', 'Đầu tư', 'Vốn đầu tư')).toEqual({ text: 'Vốn <mark>đầu tư</mark>' });
  });

  it('marks the true branches of OR, and AND only when all of it holds', () => {
    expect(highlight('(cảng AND sân) OR đảo', 'cảng đảo', '')).toEqual({ title: 'cảng <mark>đảo</mark>' });
    expect(highlight('cảng AND đảo', 'cảng đảo', '')).toEqual({ title: '<mark>cảng đảo</mark>' });
    expect(highlight('cảng AND sân', 'cảng đảo', '')).toBeNull();
  });

  it('never marks negated words, and nothing when the NOT fails', () => {
    expect(highlight('cảng -đảo', 'cảng biển', 'đảo')).toBeNull();
    expect(highlight('cảng -sân', 'cảng đảo', '')).toEqual({ title: '<mark>cảng</mark> đảo' });
    expect(highlight('-cảng', 'cảng đảo', '')).toBeNull();
  });

  it('ignores meta terms and marks the text beside them', () => {
    expect(highlight('lang:vi biển', 'biển', '')).toEqual({ title: '<mark>biển</mark>' });
  });

  it('cannot be fooled by markup or marker characters in the item', () => {
    const result = highlight('"lừa đảo"', 'a\u0001<mark>lừa đảo</mark>\u0002b', '<script>lừa đảo</script>');
    expect(result).toEqual({
      title: 'a &lt;mark&gt;<mark>lừa đảo</mark>&lt;/mark&gt; b',
      text: '&lt;script&gt;<mark>lừa đảo</mark>&lt;/script&gt;',
    });
  });
});
