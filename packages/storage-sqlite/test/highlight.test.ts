import { describe, expect, it } from 'vitest';
import { markedPositions, renderHighlight } from '../src/search/highlight.ts';

describe('highlight rendering', () => {
  it('reads token positions from FTS5 markers', () => {
    expect(markedPositions('a \u0001b c\u0002 d \u0001e\u0002')).toEqual(new Set([1, 2, 4]));
  });

  it('marks runs of tokens once and escapes everything else', () => {
    expect(renderHighlight('<b>biên giới</b> & "x"', new Set([1, 2]))).toBe(
      '&lt;b&gt;<mark>biên giới</mark>&lt;/b&gt; &amp; &quot;x&quot;',
    );
  });

  it('returns null when nothing is marked', () => {
    expect(renderHighlight('some text', new Set())).toBeNull();
  });

  it('cuts long text to a window around the densest matches', () => {
    const words = Array.from({ length: 100 }, (_, n) => `w${n}`);
    const html = renderHighlight(words.join(' '), new Set([3, 70, 72, 74]), 10);
    expect(html).toBe('…w68 w69 <mark>w70</mark> w71 <mark>w72</mark> w73 <mark>w74</mark> w75 w76 w77…');
  });

  it('opens a mark at the window edge when a run starts before it', () => {
    const words = Array.from({ length: 30 }, (_, n) => `w${n}`);
    const html = renderHighlight(words.join(' '), new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 4);
    expect(html).toBe('<mark>w0 w1 w2 w3</mark>…');
  });
});
