import type { PrintableBlock, PrintableDocument } from './document';
import { artifact, ensureSpace, lineHeight, tagged, useFont, type Layout } from './layout';
import { SPACE, TEXT } from './style';
import { renderFacts, renderTable } from './table';

/** Sender, title (the only H1), subtitle and a rule under them. */
export function renderLetterhead(layout: Layout, document: PrintableDocument) {
  const { doc, parent, left, width } = layout;
  if (document.sender) {
    const sender = document.sender;
    useFont(doc, 'regular', TEXT.small, TEXT.muted);
    tagged(doc, parent, 'P', () => doc.text(sender, left, doc.y, { width, align: 'right' }));
    doc.moveDown(1);
  }
  useFont(doc, 'bold', TEXT.title);
  tagged(doc, parent, 'H1', () => doc.text(document.title, left, doc.y, { width }));
  if (document.subtitle) {
    const subtitle = document.subtitle;
    doc.y += 2;
    useFont(doc, 'regular', TEXT.body + 0.5, TEXT.muted);
    tagged(doc, parent, 'P', () => doc.text(subtitle, left, doc.y, { width }));
  }
  doc.y += 8;
  const y = doc.y;
  artifact(
    doc,
    () => {
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.75)
        .strokeColor(TEXT.rule)
        .stroke();
    },
    'Layout',
  );
  doc.y += 12;
}

export function renderBlock(layout: Layout, block: PrintableBlock) {
  switch (block.kind) {
    case 'heading':
      return renderHeading(layout, block.text);
    case 'paragraph':
      return renderParagraph(layout, block.text);
    // An empty list or facts block would leave an empty structure element: leave it out.
    case 'list':
      if (block.items.length > 0) renderList(layout, block.items);
      return;
    case 'facts':
      if (block.rows.length > 0) renderFacts(layout, block.rows);
      return;
    case 'table':
      return renderTable(layout, block);
  }
}

function renderHeading(layout: Layout, text: string) {
  const { doc, parent, left, width } = layout;
  useFont(doc, 'bold', TEXT.heading);
  const height = doc.heightOfString(text, { width });
  useFont(doc, 'regular', TEXT.body);
  // Keep a heading with at least two lines of what follows it.
  const following = 2 * lineHeight(doc);
  if (doc.y > doc.page.margins.top) doc.y += SPACE.beforeHeading;
  ensureSpace(layout, height + SPACE.afterHeading + following);
  useFont(doc, 'bold', TEXT.heading);
  tagged(doc, parent, 'H2', () => doc.text(text, left, doc.y, { width }));
  doc.y += SPACE.afterHeading;
}

function renderParagraph(layout: Layout, text: string) {
  const { doc, parent, left, width } = layout;
  useFont(doc, 'regular', TEXT.body);
  ensureSpace(layout, lineHeight(doc));
  tagged(doc, parent, 'P', () => doc.text(text, left, doc.y, { width, lineGap: TEXT.lineGap }));
  doc.y += SPACE.afterParagraph;
}

/** L › LI › (Lbl "•", LBody text) with a hanging indent. */
function renderList(layout: Layout, items: string[]) {
  const { doc, parent, left, width } = layout;
  const list = tagged(doc, parent, 'L');
  useFont(doc, 'regular', TEXT.body);
  for (const text of items) {
    ensureSpace(layout, lineHeight(doc));
    const item = tagged(doc, list, 'LI');
    const y = doc.y;
    tagged(doc, item, 'Lbl', () => doc.text('•', left + 4, y, { lineBreak: false }));
    tagged(doc, item, 'LBody', () =>
      doc.text(text, left + SPACE.listIndent, y, {
        width: width - SPACE.listIndent,
        lineGap: TEXT.lineGap,
      }),
    );
    item.end();
    doc.y += 2;
  }
  list.end();
  doc.x = left;
  doc.y += SPACE.afterParagraph - 2;
}
