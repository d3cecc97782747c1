// The part of the `docx` package the document builder uses, typed here: the package's type
// declarations use extension-less relative imports that TypeScript's NodeNext resolution cannot
// follow (every export would be missing), so the library is required as CommonJS and given this
// interface. The DOCX test opens the generated file and reads its text, which checks these shapes.
import { createRequire } from 'node:module';

type Block = object;
type Inline = object;

export interface Docx {
  Document: new (options: { creator: string; title: string; sections: { children: Block[] }[] }) => Block;
  Paragraph: new (options: {
    text?: string;
    heading?: string;
    children?: Inline[];
    bullet?: { level: number };
    indent?: { left: number };
  }) => Block;
  TextRun: new (
    options: string | { text: string; bold?: boolean; italics?: boolean; style?: string },
  ) => Inline;
  ExternalHyperlink: new (options: { link: string; children: Inline[] }) => Inline;
  HeadingLevel: { TITLE: string; HEADING_1: string; HEADING_2: string };
  Packer: { toBuffer(document: Block): Promise<Buffer> };
}

let loaded: Docx | null = null;

/** The library, required on first use (not at import). */
export function docx(): Docx {
  loaded ??= createRequire(import.meta.url)('docx') as Docx;
  return loaded;
}
