import type { PrintableDocument } from './document';

/**
 * Lays a PrintableDocument out on A4 and returns the PDF's bytes. (The PDF helper replaces this
 * placeholder with the real implementation; until then it refuses, so nothing pretends to work.)
 */
export async function renderPdf(document: PrintableDocument): Promise<Buffer> {
  throw new Error(`PDF rendering is not implemented yet (${document.title})`);
}
