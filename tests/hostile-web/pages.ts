// What the hostile web serves that is text: short fictional Vietnamese and French passages written
// for these tests, encoded the ways real servers get wrong, and two feeds.
import iconv from 'iconv-lite';

/** Fictional Vietnamese text (NFC), with every tone and the letters ă â đ ê ô ơ ư. */
export const VIETNAMESE_TEXT =
  'Bản tin thử nghiệm: Đồng Hới và Đông Hà đón mùa mưa sớm; ngư dân Cửa Tùng kéo thuyền lên bờ, ' +
  'chợ phiên vẫn họp, bà con ăn bánh ướt với chả lụa và uống trà gừng ấm.';

/** Fictional French text, encodable in windows-1252. */
export const FRENCH_TEXT = 'Un café crème à Hué, près de la rivière : déjà l’été et ses œufs brouillés.';

// windows-1258 has ă â ê ô ơ ư đ precomposed but writes the five tones as combining marks, so
// each letter is split into base (+ shape mark, recomposed) + tone mark before encoding.
const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031b']);

export function toWindows1258(text: string): Buffer {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const [base = '', ...marks] = [...char.normalize('NFD')];
    const shape = marks.find((m) => SHAPE_MARKS.has(m)) ?? '';
    out += (base + shape).normalize('NFC') + marks.filter((m) => m !== shape).join('');
  }
  return iconv.encode(out, 'windows-1258');
}

export function htmlPage(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="vi"><head>${head}<title>Trang thử</title></head><body><p>${body}</p></body></html>`;
}

/** A French page in windows-1252. */
export function frenchPage1252(): Buffer {
  const html = `<!DOCTYPE html><html lang="fr"><head><title>Essai</title></head><body><p>${FRENCH_TEXT}</p></body></html>`;
  return iconv.encode(html, 'windows-1252');
}

export function metaCharset(label: string): string {
  return `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`;
}

/** RSS with named and numeric entities, CDATA sections and markup inside them. */
export function entitiesFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Tin th&#7917; &amp; ki&#x1EC3;m tra</title>
<link>${base}/</link>
<description>Ngu&#7891;n th&#7917;</description>
<item>
<title><![CDATA[Đồng Hới & Đông Hà: “mưa sớm” <kỷ lục>]]></title>
<link>${base}/bai/mua-som.html?a=1&amp;b=2</link>
<guid>${base}/bai/mua-som.html</guid>
<description><![CDATA[<p>Ngư dân <b>Cửa Tùng</b> kéo thuyền lên bờ &amp; chờ bão tan.</p>]]></description>
<pubDate>Mon, 04 Aug 2025 07:30:00 +0700</pubDate>
</item>
</channel></rss>
`;
}

/**
 * VISCII (a 1990s Vietnamese charset): no detector recognises it, so only the document's own
 * declaration can get it right.
 */
export function visciiPage(): Buffer {
  return iconv.encode(htmlPage(VIETNAMESE_TEXT, '<meta charset="VISCII">'), 'viscii');
}

export function visciiFeed(base: string): Buffer {
  const xml = `<?xml version="1.0" encoding="VISCII"?>
<rss version="2.0"><channel><title>Bản tin thử</title><link>${base}/</link><description>Thử</description>
<item><title>${VIETNAMESE_TEXT}</title><link>${base}/bai/hai.html</link></item>
</channel></rss>
`;
  return iconv.encode(xml, 'viscii');
}

/** The same kind of feed in windows-1258, saying so only in its XML declaration. */
export function windows1258Feed(base: string): Buffer {
  const xml = `<?xml version="1.0" encoding="windows-1258"?>
<rss version="2.0"><channel><title>Bản tin thử</title><link>${base}/</link><description>Thử</description>
<item><title>${VIETNAMESE_TEXT}</title><link>${base}/bai/mot.html</link></item>
</channel></rss>
`;
  return toWindows1258(xml);
}
