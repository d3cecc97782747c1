// A tiny site on 127.0.0.1 with one RSS feed and one article whose HTML attacks the reader:
// script tags, onerror handlers, javascript: links, a style tag. Written for these tests (fictional).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HOSTILE_TITLE = 'Hội thảo về du lịch sinh thái ven biển Gio Linh';

const ARTICLE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>${HOSTILE_TITLE}</title>
<script>window.__pwned = 'head-script';</script>
<style>body { display: none !important; }</style>
</head><body><article>
<h1>${HOSTILE_TITLE}</h1>
<p>Sáng nay, các doanh nghiệp lữ hành và chính quyền xã bàn cách đưa du khách tới bãi biển Gio Linh mà không làm hại rừng phi lao ven bờ.<script>window.__pwned = 'inline-script'; alert('xss');</script></p>
<p>Một hướng dẫn viên kể rằng mùa hè năm ngoái lượng khách đi bộ dọc bờ cát tăng gấp đôi. <img src="/missing.png" onerror="window.__pwned = 'onerror'; alert('img')"> Các hộ dân muốn mở thêm dịch vụ nghỉ tại nhà.</p>
<p>Đại diện sở văn hoá nói sẽ có quy định về rác thải và giờ tham quan. <a href="javascript:window.__pwned='js-link';alert('link')">Xem quy định</a> và <a href="https://example.org/quy-dinh" onclick="window.__pwned='onclick'">bản đầy đủ</a>.</p>
<p>Hội thảo kết thúc bằng chuyến khảo sát thực địa tới cửa sông, nơi nhóm chuyên gia ghi nhận nhiều loài chim di cư.<svg onload="window.__pwned='svg'"><circle r="3"/></svg><iframe src="javascript:alert('frame')"></iframe></p>
</article></body></html>`;

function feed(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin thử độc hại</title><link>${base}/</link><description>thử</description>
<item><title>${HOSTILE_TITLE}</title><link>${base}/bai/hoi-thao-gio-linh</link>
<guid isPermaLink="false">hostile-1</guid><pubDate>${new Date(Date.now() - 3_600_000).toUTCString()}</pubDate>
<description><![CDATA[<img src=x onerror="alert(1)">Hội thảo du lịch]]></description></item>
</channel></rss>`;
}

export interface HostileSite {
  url: string;
  feedUrl: string;
  host: string;
  close(): Promise<void>;
}

export async function startHostileSite(): Promise<HostileSite> {
  let base = '';
  const server: Server = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(base));
    } else if (request.url === '/bai/hoi-thao-gio-linh') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    feedUrl: `${base}/feed.xml`,
    host: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
