import type { PrintableBlock } from './document';
import type { FontWeight } from './fonts';
import { artifact, ensureSpace, tagged, useFont, type Doc, type Layout, type StructElement } from './layout';
import { SPACE, TEXT } from './style';

type TableBlock = Extract<PrintableBlock, { kind: 'table' }>;
type FactsBlock = Extract<PrintableBlock, { kind: 'facts' }>;

interface Cell {
  text: string;
  /** A header cell (TH) and what it heads. */
  heads?: 'Column' | 'Row';
}

interface Grid {
  widths: number[];
  size: number;
  bordered: boolean;
  padding: number;
}

/**
 * A bordered table: Table › Caption, THead › TR › TH, TBody › TR › TD. The head row is drawn
 * again at the top of every page the table continues on, as a pagination artifact, so a screen
 * reader meets it once.
 */
export function renderTable(layout: Layout, block: TableBlock) {
  const { doc, parent, left, width } = layout;
  const grid: Grid = { widths: [], size: TEXT.body - 1, bordered: true, padding: SPACE.cellPadding };
  grid.widths = columnWidths(doc, block.head, block.rows, width, grid);
  const head: Cell[] = block.head.map((text) => ({ text, heads: 'Column' }));
  const rows: Cell[][] = block.rows.map((row) => block.head.map((_, i) => ({ text: row[i] ?? '' })));

  useFont(doc, 'bold', TEXT.body);
  const captionHeight = doc.heightOfString(block.caption, { width }) + 4;
  const firstRow = rows[0] ? rowHeight(doc, rows[0], grid) : 0;
  ensureSpace(layout, captionHeight + rowHeight(doc, head, grid) + firstRow);

  const table = tagged(doc, parent, 'Table');
  useFont(doc, 'bold', TEXT.body);
  tagged(doc, table, 'Caption', () => doc.text(block.caption, left, doc.y, { width }));
  doc.y += 4;
  const thead = tagged(doc, table, 'THead');
  drawRow(layout, thead, head, grid);
  thead.end();
  const tbody = tagged(doc, table, 'TBody');
  const headHeight = rowHeight(doc, head, grid);
  let repeatHead = false;
  for (const row of rows) {
    const height = rowHeight(doc, row, grid);
    if (height > doc.page.maxY() - doc.page.margins.top - headHeight) {
      drawStacked(layout, tbody, row, block.head);
      repeatHead = true;
      continue;
    }
    if (doc.y + height > doc.page.maxY()) {
      ensureSpace(layout, height + headHeight);
      repeatHead = true;
    }
    if (repeatHead) drawRow(layout, null, head, grid);
    repeatHead = false;
    drawRow(layout, tbody, row, grid);
  }
  tbody.end();
  table.end();
  doc.y += SPACE.afterParagraph + 4;
}

/** Label/value pairs as a borderless two-column table whose labels are row headers. */
export function renderFacts(layout: Layout, rows: FactsBlock['rows']) {
  const { doc, parent, width } = layout;
  const grid: Grid = { widths: [], size: TEXT.body, bordered: false, padding: 2 };
  useFont(doc, 'bold', grid.size);
  const widest = Math.max(0, ...rows.map((row) => doc.widthOfString(row.label)));
  const labelWidth = Math.min(widest + 2 * grid.padding + 12, width * 0.4);
  grid.widths = [labelWidth, width - labelWidth];

  const table = tagged(doc, parent, 'Table');
  for (const row of rows) {
    const cells: Cell[] = [{ text: row.label, heads: 'Row' }, { text: row.value }];
    const height = rowHeight(doc, cells, grid);
    if (height > doc.page.maxY() - doc.page.margins.top) {
      drawStacked(layout, table, cells);
      continue;
    }
    ensureSpace(layout, height);
    drawRow(layout, table, cells, grid);
  }
  table.end();
  doc.y += SPACE.afterParagraph;
}

function weightOf(cell: Cell): FontWeight {
  return cell.heads ? 'bold' : 'regular';
}

function rowHeight(doc: Doc, cells: Cell[], grid: Grid): number {
  let height = 0;
  cells.forEach((cell, i) => {
    useFont(doc, weightOf(cell), grid.size);
    const width = (grid.widths[i] ?? 0) - 2 * grid.padding;
    height = Math.max(height, doc.heightOfString(cell.text || ' ', { width, lineGap: 1 }));
  });
  return height + 2 * grid.padding;
}

/** One row; into `parent` as TR, or as an artifact when `parent` is null (a repeated head). */
function drawRow(layout: Layout, parent: StructElement | null, cells: Cell[], grid: Grid) {
  const { doc, left } = layout;
  const y = doc.y;
  const height = rowHeight(doc, cells, grid);
  const xs = grid.widths.map((_, i) => left + grid.widths.slice(0, i).reduce((a, b) => a + b, 0));
  const borders = () => {
    cells.forEach((cell, i) => {
      const w = grid.widths[i] ?? 0;
      if (cell.heads === 'Column') doc.rect(xs[i] ?? left, y, w, height).fill(TEXT.tableHead);
      doc
        .rect(xs[i] ?? left, y, w, height)
        .lineWidth(0.5)
        .strokeColor(TEXT.rule)
        .stroke();
    });
  };
  const text = (cell: Cell, i: number) => () => {
    useFont(doc, weightOf(cell), grid.size);
    const width = (grid.widths[i] ?? 0) - 2 * grid.padding;
    doc.text(cell.text, (xs[i] ?? left) + grid.padding, y + grid.padding, { width, lineGap: 1 });
  };

  if (parent) {
    if (grid.bordered) artifact(doc, borders, 'Layout');
    const tr = tagged(doc, parent, 'TR');
    cells.forEach((cell, i) => {
      const type = cell.heads ? 'TH' : 'TD';
      const options = cell.heads ? { scope: cell.heads } : {};
      if (cell.text) tagged(doc, tr, type, text(cell, i), options);
      else tagged(doc, tr, type, undefined, options).end();
    });
    tr.end();
  } else {
    artifact(
      doc,
      () => {
        if (grid.bordered) borders();
        cells.forEach((cell, i) => text(cell, i)());
      },
      'Pagination',
    );
  }
  doc.x = left;
  doc.y = y + height;
}

/**
 * A row taller than a page cannot keep its grid: its cells follow one another at full width and
 * break across pages like paragraphs, each under its column's name (an artifact: the TH says it).
 */
function drawStacked(layout: Layout, parent: StructElement, cells: Cell[], labels?: string[]) {
  const { doc, left, width } = layout;
  const tr = tagged(doc, parent, 'TR');
  cells.forEach((cell, i) => {
    const label = labels?.[i];
    if (label) {
      useFont(doc, 'bold', TEXT.body - 1);
      artifact(doc, () => doc.text(label, left, doc.y, { width }));
    }
    useFont(doc, weightOf(cell), TEXT.body - (labels ? 1 : 0));
    const options = cell.heads ? { scope: cell.heads } : {};
    tagged(doc, tr, cell.heads ? 'TH' : 'TD', () => doc.text(cell.text, left, doc.y, { width }), options);
    doc.y += 4;
  });
  tr.end();
  doc.x = left;
}

/** Each column gets its longest word, then a share of the rest by how much text it holds. */
function columnWidths(doc: Doc, head: string[], rows: string[][], total: number, grid: Grid): number[] {
  const pad = 2 * grid.padding + 1;
  const minimum: number[] = [];
  const natural: number[] = [];
  head.forEach((title, j) => {
    const column = [title, ...rows.map((row) => row[j] ?? '')];
    let longestWord = 0;
    let longestText = 0;
    column.forEach((text, i) => {
      useFont(doc, i === 0 ? 'bold' : 'regular', grid.size);
      longestText = Math.max(longestText, doc.widthOfString(text));
      for (const word of text.split(/\s+/)) longestWord = Math.max(longestWord, doc.widthOfString(word));
    });
    minimum.push(longestWord + pad);
    natural.push(Math.min(longestText, total) + pad);
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const minimumSum = sum(minimum);
  if (minimumSum >= total) return minimum.map((w) => (w / minimumSum) * total);
  const flex = natural.map((w, j) => Math.max(0, w - (minimum[j] ?? 0)));
  const flexSum = sum(flex);
  const spare = total - minimumSum;
  if (flexSum <= spare) return natural.map((w, j) => Math.max(w, minimum[j] ?? 0) + (spare - flexSum) / head.length);
  return minimum.map((w, j) => w + (spare * (flex[j] ?? 0)) / flexSum);
}
