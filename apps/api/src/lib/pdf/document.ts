/**
 * A printable document as the features describe it (an invitation letter, meeting minutes, later
 * the child's plan): plain structure, no layout. `renderPdf` (render.ts) lays it out on A4.
 * Never put a CPR number in one: these go to families and network persons.
 */
export type PrintableBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** Label/value pairs, e.g. "Hvornår: 3. december kl. 15.00". */
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] };

export interface PrintableDocument {
  /** The PDF's title (document metadata and the first heading). */
  title: string;
  /** Shown under the title, e.g. "Inddragende netværksmøde · Horsens Kommune". */
  subtitle?: string;
  /** Sender shown at the top, e.g. the municipality and unit. */
  sender?: string;
  blocks: PrintableBlock[];
  /** Small print at the foot of every page. */
  footer?: string;
  /** Document language for the PDF (default da-DK). */
  language?: string;
}
