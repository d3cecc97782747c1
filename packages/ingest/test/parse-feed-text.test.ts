// The streaming HTML → text used for every entry must give what htmlToText gives (it exists only
// because building a DOM per entry made parsing several times slower).
import { describe, expect, it } from 'vitest';
import { htmlFragmentText } from '../src/feed/html-text-stream.ts';
import { htmlToText } from '../src/index.ts';

const FRAGMENTS = [
  'Chỉ có chữ, không thẻ.',
  'Hai đoạn\n\nvăn bản thuần',
  '<a href="/bai.html"><img src="/anh.jpg"></a></br>Người dân đi chợ &amp; mua hoa.',
  '<p>Đoạn một <b>đậm</b>.</p><p>Đoạn hai<br>dòng hai<br/>dòng ba</p>',
  '<div><ul><li>Một</li><li>Hai</li></ul></div><script>alert(1)</script><style>p{}</style>Cuối',
  '<table><tr><td>Ô một</td><td>Ô hai</td></tr></table>&nbsp;&hellip;&#x41;&#160;',
  '<h2>Tiêu đề</h2>\n\n  nhiều   khoảng\ttrắng  <blockquote>Trích</blockquote>',
  '<p>Không đóng <i>nghiêng<p>Đoạn mới',
];

describe('htmlFragmentText', () => {
  it('gives the same text as htmlToText', () => {
    for (const html of FRAGMENTS) expect(htmlFragmentText(html), html).toBe(htmlToText(html));
  });

  it('reads a "<" with no ">" after it as text', () => {
    expect(htmlFragmentText('Về thẻ <!DOCTYPE')).toBe('Về thẻ <!DOCTYPE');
    expect(htmlFragmentText('1 < 2')).toBe('1 < 2');
  });
});
