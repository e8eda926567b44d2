import type { FontWeight } from './fonts';
import { TEXT } from './style';

export type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;

/** Where blocks go: the document, the structure element they join, and the text column. */
export interface Layout {
  doc: Doc;
  parent: StructElement;
  left: number;
  width: number;
}

/** pdfkit (0.19+) writes a table-header scope; @types/pdfkit does not know the option yet. */
type ElementOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

export function useFont(doc: Doc, weight: FontWeight, size: number, color: string = TEXT.color) {
  doc.font(weight).fontSize(size).fillColor(color);
}

/**
 * Adds a structure element of `type` (H1, P, TH…) under `parent` and draws its content inside it,
 * so the content is marked and a screen reader reads it as that element. Returns the element.
 */
export function tagged(
  doc: Doc,
  parent: StructElement,
  type: string,
  draw?: () => void,
  options: ElementOptions = {},
): StructElement {
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  parent.add(element);
  if (draw) {
    element.add(draw);
    element.end();
  }
  return element;
}

/** Draws decoration (rules, cell borders, page footers, repeated table heads) outside the structure. */
export function artifact(doc: Doc, draw: () => void, type?: 'Pagination' | 'Layout') {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(layout: Layout, height: number) {
  const { doc } = layout;
  if (doc.y + height > doc.page.maxY()) {
    doc.addPage();
    doc.x = layout.left;
  }
}

export function lineHeight(doc: Doc): number {
  return doc.currentLineHeight(true) + TEXT.lineGap;
}
