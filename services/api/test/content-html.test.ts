// Item text as sanitised HTML: hostile markup never survives the allowlist, and GET /api/items/:id
// answers contentHtml built from the item's text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHtmlOf, sanitizeArticleHtml, textToHtml } from '../src/content/content-html.ts';
import { indexItems, startTestApi, type TestApi, testItem } from './support.ts';

const HOSTILE = `
<h1 onclick="steal()">Tiêu đề</h1>
<p style="color:red" onmouseover="x()">Đoạn <b>một</b> <i>nghiêng</i> <script>alert(1)</script></p>
<style>body{display:none}</style>
<img src="x" onerror="alert(2)">
<a href="javascript:alert(3)">js</a> <a href="JaVaScRiPt&colon;alert(4)">js2</a>
<a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="//evil.example/x">proto-relative</a>
<a href="https://bao.example/bai" target="_self" rel="opener" onclick="x()">ok</a>
<svg onload="alert(5)"><script>alert(6)</script><text>svg-text</text></svg>
<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>
<form action="https://evil.example"><input value="x"><button formaction="javascript:alert(7)">b</button></form>
<ul><li>mục</li></ul><blockquote>trích</blockquote><h3>Mục nhỏ</h3><br>
<math><mi xlink:href="javascript:alert(8)">m</mi></math>
`;

describe('sanitizeArticleHtml', () => {
  const clean = sanitizeArticleHtml(HOSTILE);

  it('drops scripts, styles, handlers, frames, svg and non-http URLs', () => {
    for (const bad of [
      '<script',
      'alert(',
      '<style',
      'display:none',
      'onerror',
      'onclick',
      'onmouseover',
      'onload',
      'style=',
      '<img',
      '<svg',
      'svg-text',
      '<iframe',
      '<object',
      '<form',
      '<input',
      '<button',
      'javascript',
      'data:',
      '//evil',
      '<math',
      'xlink',
    ])
      expect(clean.toLowerCase()).not.toContain(bad.toLowerCase());
  });

  it('keeps the allowed structure and makes links safe', () => {
    expect(clean).toContain('<h2>Tiêu đề</h2>');
    expect(clean).toContain('<p>Đoạn <strong>một</strong> <em>nghiêng</em> </p>');
    expect(clean).toContain(
      '<a href="https://bao.example/bai" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    );
    expect(clean).toContain('<ul><li>mục</li></ul><blockquote>trích</blockquote><h3>Mục nhỏ</h3><br />');
    expect(clean).toContain('<a rel="noopener noreferrer nofollow" target="_blank">js</a>');
  });
});

describe('textToHtml', () => {
  it('makes paragraphs and line breaks of plain text, escaped', () => {
    expect(textToHtml('Một <b>x</b> & "y"\ndòng hai\n\n\nHai')).toBe(
      '<p>Một &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;<br>dòng hai</p>\n<p>Hai</p>',
    );
    expect(contentHtmlOf({ text: '<script>alert(1)</script>' })).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
});

describe('GET /api/items/:id contentHtml', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await indexItems(api.storage, [
      testItem('h1', '2026-11-01T00:00:00.000Z', {
        text: 'Đoạn đầu <img src=x onerror=alert(1)>\n\nĐoạn sau',
      }),
    ]);
  });
  afterAll(() => api.close());

  it('answers the text as sanitised HTML next to the text', async () => {
    const response = await api.app.inject({ url: '/api/items/h1', headers: api.bearer('viewer') });
    expect(response.statusCode).toBe(200);
    expect(response.json().text).toContain('onerror');
    expect(response.json().contentHtml).toBe(
      '<p>Đoạn đầu &lt;img src=x onerror=alert(1)&gt;</p>\n<p>Đoạn sau</p>',
    );
  });
});
