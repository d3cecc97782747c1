// The argument document as DOCX (the `docx` package): the same content as the Markdown version —
// title, coverage summary, claims with source, date, reach and quote, arguments with evidence and
// citations, the sources list. Links are only ever http(s).
import { countsText, type DocumentModel, documentModel } from './document-model.ts';
import { type Docx, docx } from './docx-lib.ts';
import type { DossierView } from './dossier-view.ts';
import { type DocumentLang, formatDate, LABELS, type Labels } from './labels.ts';

type Paragraph = InstanceType<Docx['Paragraph']>;
type Inline = InstanceType<Docx['TextRun']>;
type Level = string;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const heading = (text: string, level: Level) => new (docx().Paragraph)({ text, heading: level });
const para = (text: string) => new (docx().Paragraph)({ text });
const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  new (docx().TextRun)({ text, ...style });
const line = (children: Inline[], indent = 0) =>
  new (docx().Paragraph)({ children, ...(indent ? { indent: { left: indent } } : {}) });
const field = (label: string, value: string) => line([run(`${label}: `, { bold: true }), run(value)]);
const bullet = (children: Inline[]) => new (docx().Paragraph)({ children, bullet: { level: 0 } });

function linked(text: string, url: string | null): Inline {
  if (!url || !/^https?:\/\//i.test(url)) return run(text);
  const child = new (docx().TextRun)({ text, style: 'Hyperlink' });
  return new (docx().ExternalHyperlink)({ link: url, children: [child] });
}

function coverage(model: DocumentModel, l: Labels, lang: DocumentLang): Paragraph[] {
  const c = model.coverage;
  return [
    heading(l.coverage, docx().HeadingLevel.HEADING_1),
    field(l.claimCount, String(c.claims)),
    field(l.dateSpan, `${formatDate(c.from, lang)} – ${formatDate(c.to, lang)}`),
    field(l.totalReach, String(c.totalReach)),
    field(l.bySource, countsText(c.bySource) || l.none),
    field(l.byCountry, countsText(c.byCountry) || l.none),
    field(l.byLanguage, countsText(c.byLanguage) || l.none),
  ];
}

function claims(model: DocumentModel, l: Labels, lang: DocumentLang): Paragraph[] {
  const out = [heading(l.claims, docx().HeadingLevel.HEADING_1)];
  if (model.claims.length === 0) out.push(para(l.none));
  model.claims.forEach(({ item, quote, note }, i) => {
    out.push(
      heading(`${i + 1}. ${item.title}`, docx().HeadingLevel.HEADING_2),
      field(l.source, item.sourceName),
      field(l.date, formatDate(item.publishedAt, lang)),
      field(l.reach, String(item.clusterSize)),
      line([run(`${l.link}: `, { bold: true }), linked(item.url, item.url)]),
    );
    if (quote) out.push(line([run(`“${quote}”`, { italics: true })], 720));
    if (note) out.push(field(l.note, note));
  });
  return out;
}

function args(model: DocumentModel, l: Labels): Paragraph[] {
  const out = [heading(l.arguments, docx().HeadingLevel.HEADING_1)];
  if (model.arguments.length === 0) out.push(para(l.none));
  model.arguments.forEach(({ card, note }, i) => {
    out.push(heading(`${i + 1}. ${card.title}`, docx().HeadingLevel.HEADING_2), para(card.statement));
    if (note) out.push(field(l.note, note));
    if (card.evidence.length > 0) out.push(line([run(`${l.evidence}:`, { bold: true })]));
    for (const e of card.evidence)
      out.push(bullet([run(`${e.text} — ${l.citation}: `), linked(e.citation, e.url)]));
  });
  return out;
}

export function docxDocument(
  dossier: DossierView,
  lang: DocumentLang = 'vi',
): InstanceType<Docx['Document']> {
  const l = LABELS[lang];
  const model = documentModel(dossier);
  const head = [heading(model.title, docx().HeadingLevel.TITLE), para(l.document)];
  if (model.topic) head.push(field(l.topic, model.topic));
  head.push(field(l.updated, formatDate(model.updatedAt, lang)));
  if (model.summary)
    head.push(heading(l.summary, docx().HeadingLevel.HEADING_1), ...model.summary.split(/\n{2,}/).map(para));
  const sources = [
    heading(l.sources, docx().HeadingLevel.HEADING_1),
    ...model.sources.map((s) => bullet([linked(s.name, s.url)])),
  ];
  return new (docx().Document)({
    creator: 'PressWatch',
    title: model.title,
    sections: [
      {
        children: [
          ...head,
          ...coverage(model, l, lang),
          ...claims(model, l, lang),
          ...args(model, l),
          ...sources,
        ],
      },
    ],
  });
}

export async function buildDocx(dossier: DossierView, lang: DocumentLang = 'vi'): Promise<Buffer> {
  return docx().Packer.toBuffer(docxDocument(dossier, lang));
}
