// Sources → OPML 2.0. Every field of a source is written, the ones OPML has no attribute for in
// PressWatch's namespace, so that exporting then importing gives back the same sources.
import type { Source } from '@presswatch/domain';
import { PRESSWATCH_OPML_NAMESPACE } from './parse-opml.ts';

export interface OpmlExportOptions {
  title?: string;
  /** dateCreated in the head (tests pin it). */
  now?: Date;
}

/** An OPML 2.0 document listing the sources, feeds as type="rss", other kinds as type="link". */
export function sourcesToOpml(sources: Source[], options: OpmlExportOptions = {}): string {
  const title = options.title ?? 'PressWatch sources';
  const lines = sources.map((source) => `    <outline ${outlineAttributes(source)}/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:pw="${PRESSWATCH_OPML_NAMESPACE}">`,
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${(options.now ?? new Date()).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

function outlineAttributes(source: Source): string {
  const isFeed = source.kind === 'feed';
  const attributes: [string, string | null][] = [
    ['type', isFeed ? 'rss' : 'link'],
    ['text', source.name],
    ['title', source.name],
    [isFeed ? 'xmlUrl' : 'url', source.url],
    ['language', source.language],
    ['pw:id', source.id],
    ['pw:kind', source.kind],
    ['pw:country', source.country],
    ['pw:domestic', String(source.domestic)],
    ['pw:render', String(source.render)],
    ['pw:minPollSeconds', String(source.minPollSeconds)],
    ['pw:maxPollSeconds', String(source.maxPollSeconds)],
    ['pw:enabled', String(source.enabled)],
    ['pw:selectors', source.selectors ? JSON.stringify(source.selectors) : null],
  ];
  return attributes
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
