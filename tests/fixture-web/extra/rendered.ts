// Pages that need a browser (render: true). Every text here is fictional, written for the tests.
//   /render/js-article.html   the article is fetched and inserted by /render/app.js; the page also
//                             asks for an image, a font, a stylesheet and a video (counted, so a
//                             test can show the browser never requested them)
//   /render/consent.html      the article appears only once #accept-cookies is clicked
//   /render/slow.html         answers after 5 s (a navigation timeout)
//   /render/probe.html?to=URL loads a script from URL (the SSRF test points it at another host)
//   /render/redirect?to=URL   302 to URL (a public page redirecting the browser somewhere private)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { esc } from '../format.ts';
import { HTML, send } from './reply.ts';

export const RENDER_PATHS = {
  jsArticle: '/render/js-article.html',
  consent: '/render/consent.html',
  slow: '/render/slow.html',
  probe: '/render/probe.html',
  redirect: '/render/redirect',
  image: '/render/photo.jpg',
  font: '/render/font.woff2',
  stylesheet: '/render/site.css',
  video: '/render/clip.mp4',
  script: '/render/app.js',
  data: '/render/article.json',
} as const;

export const RENDERED_ARTICLE = {
  title: 'Đồng Hới mở lại tuyến xe buýt ven biển sau mùa mưa bão',
  paragraphs: [
    'Sáng nay, tuyến xe buýt ven biển nối trung tâm Đồng Hới với các xã phía bắc đã hoạt động trở lại sau hơn hai tuần tạm dừng vì mưa bão.',
    'Theo đơn vị vận hành, đoạn đường bị sạt lở gần cầu Nhật Lệ đã được gia cố tạm thời, xe chạy với tần suất ba mươi phút một chuyến trong giờ cao điểm.',
    'Nhiều học sinh và tiểu thương cho biết việc nối lại tuyến xe giúp họ tiết kiệm chi phí đi lại đáng kể so với xe ôm.',
    'Sở Giao thông dự kiến hoàn thành việc sửa chữa lâu dài đoạn đường này trước Tết, đồng thời lắp thêm mái che tại các điểm dừng.',
  ],
};

const CONSENT_TEXT =
  'Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Vui lòng đồng ý với chính sách quyền riêng tư trước khi tiếp tục đọc nội dung. Bạn có thể thay đổi lựa chọn bất cứ lúc nào trong phần cài đặt.';

const STATIC: Record<string, { type: string; body: string }> = {
  [RENDER_PATHS.image]: { type: 'image/jpeg', body: 'not really a jpeg' },
  [RENDER_PATHS.font]: { type: 'font/woff2', body: 'not really a font' },
  [RENDER_PATHS.stylesheet]: { type: 'text/css', body: 'body { font-family: serif; }' },
  [RENDER_PATHS.video]: { type: 'video/mp4', body: 'not really a video' },
  [RENDER_PATHS.data]: { type: 'application/json', body: JSON.stringify(RENDERED_ARTICLE) },
  [RENDER_PATHS.script]: { type: 'text/javascript', body: appScript() },
};

export function serveRendered(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  pending: Set<NodeJS.Timeout>,
): boolean {
  const asset = STATIC[path];
  if (asset) send(res, 200, asset.type, asset.body);
  else if (path === RENDER_PATHS.jsArticle) send(res, 200, HTML, jsArticlePage());
  else if (path === RENDER_PATHS.consent) send(res, 200, HTML, consentPage());
  else if (path === RENDER_PATHS.probe) send(res, 200, HTML, probePage(req));
  else if (path === RENDER_PATHS.redirect) {
    res.writeHead(302, { location: targetOf(req), 'content-length': 0 });
    res.end();
  } else if (path === RENDER_PATHS.slow) {
    const timer = setTimeout(() => {
      pending.delete(timer);
      send(res, 200, HTML, '<!DOCTYPE html><html><body><p>Chậm quá.</p></body></html>');
    }, 5_000);
    pending.add(timer);
    req.on('close', () => {
      clearTimeout(timer);
      pending.delete(timer);
    });
  } else return false;
  return true;
}

function shell(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="stylesheet" href="${RENDER_PATHS.stylesheet}">
<link rel="preload" as="font" type="font/woff2" href="${RENDER_PATHS.font}" crossorigin>
</head>
<body>
<header><a href="/">Báo Biển Xanh</a></header>
${body}
<footer>Báo Biển Xanh (ấn phẩm hư cấu dùng cho kiểm thử).</footer>
</body></html>
`;
}

function jsArticlePage(): string {
  return shell(
    'Báo Biển Xanh',
    `<main id="app"><p>Đang tải…</p></main>
<img src="${RENDER_PATHS.image}" alt="Ảnh minh họa">
<video src="${RENDER_PATHS.video}" autoplay muted></video>
<script src="${RENDER_PATHS.script}"></script>
<script>window.renderArticle(document.getElementById('app'));</script>`,
  );
}

function consentPage(): string {
  return shell(
    'Báo Biển Xanh',
    `<main id="app"></main>
<div id="consent-overlay" style="position:fixed;inset:0;background:#fff">
  <p>${CONSENT_TEXT}</p>
  <button id="accept-cookies" type="button">Đồng ý</button>
</div>
<script src="${RENDER_PATHS.script}"></script>
<script>
document.getElementById('accept-cookies').addEventListener('click', function () {
  document.getElementById('consent-overlay').remove();
  window.renderArticle(document.getElementById('app'));
});
</script>`,
  );
}

function targetOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://fixture.invalid').searchParams.get('to') ?? '/';
}

function probePage(req: IncomingMessage): string {
  return shell('Probe', `<main><p>Một trang thử.</p></main><script src="${esc(targetOf(req))}"></script>`);
}

// Fetches the article as JSON and writes it into the page, as single-page news sites do.
function appScript(): string {
  return `window.renderArticle = function (root) {
  fetch('${RENDER_PATHS.data}').then(function (r) { return r.json(); }).then(function (a) {
    var article = document.createElement('article');
    var h1 = document.createElement('h1');
    h1.textContent = a.title;
    article.appendChild(h1);
    a.paragraphs.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      article.appendChild(p);
    });
    root.replaceChildren(article);
  });
};
`;
}
