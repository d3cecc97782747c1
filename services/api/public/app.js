// A minimal search page over the API. Text from the API is inserted with textContent; highlight
// fragments are rebuilt from the server's escaped <mark> markup without innerHTML on raw text.
import { STRINGS } from './i18n.js';

const $ = (selector) => document.querySelector(selector);
let lang = localStorage.getItem('pw.lang') || 'vi';
let nextCursor = null;

const t = (key, ...args) => {
  const value = STRINGS[lang][key];
  return typeof value === 'function' ? value(...args) : value;
};

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]'))
    el.placeholder = t(el.dataset.i18nPlaceholder);
}

async function api(path) {
  const token = sessionStorage.getItem('pw.token');
  if (!token) throw new Error(t('needToken'));
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (!response.ok) {
    const where = body.column ? ` (${t('column')} ${body.column})` : '';
    throw new Error(`${body.title}: ${body.detail ?? ''}${where}`);
  }
  return body;
}

/** Appends text where <mark>…</mark> pairs become <mark> elements; everything else stays text. */
function appendMarked(parent, fragment) {
  const parts = fragment.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = new DOMParser().parseFromString(part, 'text/html').documentElement.textContent;
      const node = marked
        ? Object.assign(document.createElement('mark'), { textContent: text })
        : document.createTextNode(text);
      parent.append(node);
    }
  }
}

function renderHit(hit) {
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), {
    href: hit.url,
    rel: 'noopener noreferrer',
    target: '_blank',
  });
  if (hit.highlights?.title) appendMarked(link, hit.highlights.title);
  else link.textContent = hit.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [
    hit.sourceName,
    hit.publishedAt?.slice(0, 16).replace('T', ' '),
    hit.language,
    hit.domestic ? t('domestic') : t('foreign'),
  ]
    .filter(Boolean)
    .join(' · ');
  const snippet = document.createElement('p');
  if (hit.highlights?.text) appendMarked(snippet, hit.highlights.text);
  li.append(link, meta, snippet);
  return li;
}

async function search(append) {
  const params = new URLSearchParams({ q: $('#q').value, sort: $('#sort').value, limit: '20' });
  if (append && nextCursor) params.set('cursor', nextCursor);
  try {
    const page = await api(`/api/items?${params}`);
    if (!append) $('#results').replaceChildren();
    $('#results').append(...page.items.map(renderHit));
    nextCursor = page.nextCursor;
    $('#more').hidden = !nextCursor;
    $('#status').textContent = t('results', page.total);
  } catch (error) {
    $('#status').textContent = `${t('error')}: ${error.message}`;
  }
}

async function loadSources() {
  try {
    const { sources } = await api('/api/sources');
    $('#sources tbody').replaceChildren(
      ...sources.map((s) => {
        const row = document.createElement('tr');
        for (const value of [
          s.name,
          t(s.health.status),
          s.health.lastFetchAt?.slice(0, 16).replace('T', ' ') ?? '—',
          s.health.itemsSeen,
        ]) {
          row.append(Object.assign(document.createElement('td'), { textContent: String(value) }));
        }
        return row;
      }),
    );
  } catch {
    /* shown by search */
  }
}

$('#lang-toggle').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('pw.lang', lang);
  applyLanguage();
});
$('#save-token').addEventListener('click', () => {
  sessionStorage.setItem('pw.token', $('#token').value.trim());
  $('#token').value = '';
  search(false);
  loadSources();
});
$('#search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  search(false);
});
$('#more').addEventListener('click', () => search(true));

applyLanguage();
if (sessionStorage.getItem('pw.token')) {
  search(false);
  loadSources();
}
