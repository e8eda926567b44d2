import PDFDocument from 'pdfkit';
import { renderBlock, renderLetterhead } from './blocks';
import type { PrintableDocument } from './document';
import { parsedFont } from './fonts';
import { artifact, useFont, type Doc, type Layout } from './layout';
import { PAGE, TEXT } from './style';

const AUTHOR = 'Inddrag';

/**
 * Lays a PrintableDocument out on A4 and returns the PDF's bytes: a tagged PDF (PDF/UA
 * identification, structure tree, language, title shown by viewers) with the font embedded.
 * See docs/adr/010-pdf-documents.md.
 */
export async function renderPdf(document: PrintableDocument): Promise<Buffer> {
  const language = document.language ?? 'da-DK';
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.PDFDocumentOptions['subset'],
    lang: language,
    displayTitle: true,
    bufferPages: true,
    // No default font: pdfkit's is Helvetica, which a PDF/UA file may not use unembedded, and
    // opening ours here as well made every later switch to it parse the font file again.
    font: null as unknown as string,
    info: { Title: document.title, Author: AUTHOR, Creator: AUTHOR, Producer: AUTHOR },
  });
  escapeXmpInfo(doc);
  // pdfkit 0.20 takes a parsed fontkit font; @types/pdfkit (0.17) does not know that yet.
  doc.registerFont('regular', parsedFont('regular') as unknown as Uint8Array);
  doc.registerFont('bold', parsedFont('bold') as unknown as Uint8Array);
  const bytes = collect(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const layout: Layout = {
    doc,
    parent: root,
    left: PAGE.margin.left,
    width: doc.page.width - PAGE.margin.left - PAGE.margin.right,
  };
  renderLetterhead(layout, document);
  for (const block of document.blocks) renderBlock(layout, block);
  root.end();
  drawFooters(layout, document.footer, language);
  doc.end();
  return bytes;
}

/** "Side 2 af 3" and the document's footer on every page, as pagination artifacts. */
function drawFooters({ doc, left, width }: Layout, footer: string | undefined, language: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const number = pageLabel(language, i - start + 1, count);
    artifact(
      doc,
      () => {
        useFont(doc, 'regular', TEXT.small - 0.5, TEXT.muted);
        const numberWidth = doc.widthOfString(number);
        doc.text(number, left + width - numberWidth, PAGE.footerY, { lineBreak: false });
        if (footer) doc.text(footer, left, PAGE.footerY, { width: width - numberWidth - 24 });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}

function pageLabel(language: string, page: number, pages: number): string {
  return language.startsWith('en') ? `Page ${page} of ${pages}` : `Side ${page} af ${pages}`;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * pdfkit copies Title, Author… into the XMP metadata without escaping them, so a title with
 * "&" or "<" made the metadata invalid XML. The document information dictionary is written
 * before the XMP, so swapping escaped values in for that one step leaves it untouched.
 */
function escapeXmpInfo(doc: Doc) {
  const target = doc as unknown as { info: Record<string, unknown>; _addInfo: () => void };
  const addInfo = target._addInfo;
  target._addInfo = function () {
    const info = target.info;
    target.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    );
    try {
      addInfo.call(target);
    } finally {
      target.info = info;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
