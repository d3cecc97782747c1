// The vocabulary boilerplate.ts judges boxes by: tags that are never text, page chrome, and the
// words of class and id names that mark consent banners, comments, related news, share bars,
// ads, tag lists and captions, in English and in unaccented Vietnamese.
/** Never text: their content is code, controls or media. */
export const NEVER_TEXT = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'label',
  'link',
  'meta',
  'dialog',
]);

/** Page chrome and image furniture: navigation, side boxes, figure captions. */
export const CHROME = new Set([
  'nav',
  'aside',
  'footer',
  'header',
  'menu',
  'figure',
  'figcaption',
  'picture',
]);

export const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'search',
  'toolbar',
]);

// Words (between -, _, spaces and camelCase humps) that name a box that is not the article.
// Vietnamese CMS names are often unaccented Vietnamese: lien-quan (related), binh-luan
// (comments), tu-khoa (keywords), xem-them / doc-them (see / read more), tin-khac (other news),
// quang-cao / qc (advertising), chu-thich (caption), chia-se (share).
export const JUNK_WORDS = new Set([
  // consent walls and overlays
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'didomi',
  'onetrust',
  'optanon',
  'usercentrics',
  'cookiebot',
  'truste',
  'popup',
  'modal',
  'overlay',
  'paywall',
  'regwall',
  // comments
  'comment',
  'comments',
  'commenting',
  'disqus',
  'replies',
  'binhluan',
  // related and recommended
  'related',
  'relatedarticles',
  'recommended',
  'recommendations',
  'recirculation',
  'outbrain',
  'taboola',
  'liquidity',
  'lienquan',
  'xemthem',
  'docthem',
  'tinkhac',
  'readmore',
  'morestories',
  'mostread',
  'mostpopular',
  'trending',
  'popular',
  // sharing and social
  'share',
  'sharing',
  'sharebar',
  'social',
  'sociallinks',
  'chiase',
  'addthis',
  'sharethis',
  // navigation and layout chrome
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'navbar',
  'menu',
  'masthead',
  'pagination',
  'pager',
  'toolbar',
  'footer',
  'skiplink',
  // advertising and promotion
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'advertising',
  'adsense',
  'adslot',
  'adunit',
  'dfp',
  'sponsor',
  'sponsored',
  'promo',
  'promotion',
  'banner',
  'qc',
  'quangcao',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  // bylines, datelines, author boxes: metadata, read elsewhere
  'meta',
  'byline',
  'bio',
  'authorbio',
  'dateline',
  'timestamp',
  'date',
  // tags, captions, credits
  'tags',
  'taglist',
  'tagcloud',
  'keywords',
  'tukhoa',
  'caption',
  'captions',
  'credit',
  'credits',
  'chuthich',
  // screen-reader and print-only copies
  'hidden',
  'hide',
  'invisible',
  'sronly',
  'visuallyhidden',
  'screenreader',
  'noprint',
]);

// Two-word names joined the Vietnamese way ("lien-quan", "binh-luan") or the English way
// ("read-more", "most-read"), with the separator written.
export const JUNK_PAIRS =
  /(?:^|[-_\s])(lien[-_]quan|binh[-_]luan|xem[-_]them|doc[-_]them|tin[-_]khac|tu[-_]khoa|chia[-_]se|quang[-_]cao|chu[-_]thich|read[-_]more|more[-_]stories|most[-_]read|most[-_]popular|related[-_]articles?|tag[-_](?:list|cloud)|sr[-_]only|visually[-_]hidden|screen[-_]reader|skip[-_]link|ad[-_](?:slot|unit|container|wrapper|box))(?:$|[-_\s])/;

// Words that name the article itself: a name ending in one of these is no junk box even with a
// junk word before it ("sidebar-content", "comments-article" aside, see ALWAYS_JUNK).
export const CONTENT_WORDS = new Set([
  'article',
  'articlebody',
  'content',
  'contents',
  'entry',
  'main',
  'story',
  'post',
  'detail',
  'chitiet',
  'noidung',
]);

// Comment and consent boxes are junk whatever follows ("article-comments" holds the comments of
// the article) and however much text they hold: a consent wall or a long thread of comments must
// never pass for the article.
export const ALWAYS_JUNK = new Set([
  'comment',
  'comments',
  'disqus',
  'binhluan',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  'didomi',
  'onetrust',
  'optanon',
  'usercentrics',
  'cookiebot',
  'truste',
]);

// State classes ("has-comments", "no-sidebar", "comments-open") describe the page, not a box.
export const STATE_TOKEN =
  /^(?:has|no|is|with|show|hide-on)[-_]|[-_](?:open|closed|enabled|disabled|active)$/;

// Unaccented Vietnamese written solid inside a longer name ("box-tinlienquan", "binhluanbox").
export const VIETNAMESE_SOLID =
  /lienquan|xemthem|docthem|tinkhac|tukhoa|quangcao|chiase|cungchuyenmuc|docnhieu|xemnhieu/;
