import { describe, expect, it } from 'vitest';
import type { PrintableDocument } from './document';
import { readPdf } from './pdf-testing';
import { renderPdf } from './render';

const danish = 'Æbleskiver, ØSTERGADE og Århus: blåbærgrød med fløde – René siger “tak”';

const everyBlock: PrintableDocument = {
  title: 'Invitation til netværksmøde & opfølgning',
  subtitle: 'Inddragende netværksmøde · Horsens Kommune',
  sender: 'Horsens Kommune · Børn og Familie',
  footer: 'Spørgsmål? Ring til rådgiver Sofie Lund',
  blocks: [
    { kind: 'paragraph', text: danish },
    { kind: 'facts', rows: [{ label: 'Hvornår', value: 'Tirsdag 3. december kl. 15.00–17.00' }] },
    { kind: 'heading', text: 'Dagsorden' },
    { kind: 'list', items: ['Velkomst og præsentation', 'Łukasz Şahin og Nguyễn Thị Hương'] },
    { kind: 'table', caption: 'Aftaler', head: ['Aftale', 'Ansvarlig'], rows: [['Mormor henter', 'Åse']] },
  ],
};

function agreements(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [`Aftale nr. ${i + 1}`, i % 2 ? 'Moster Søs' : 'Morfar Ærling']);
}

describe('renderPdf', () => {
  it('renders every block kind with Danish text, the footer and page numbers', async () => {
    const bytes = await renderPdf(everyBlock);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    for (const expected of [
      danish,
      'Horsens Kommune · Børn og Familie',
      'Invitation til netværksmøde & opfølgning',
      'Inddragende netværksmøde · Horsens Kommune',
      'Hvornår',
      'Tirsdag 3. december kl. 15.00–17.00',
      'Dagsorden',
      '•',
      'Velkomst og præsentation',
      'Łukasz Şahin og Nguyễn Thị Hương',
      'Ansvarlig',
      'Mormor henter',
      'Spørgsmål? Ring til rådgiver Sofie Lund',
      'Side 1 af 1',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('names the document: title, language, author and creator, in the info and the XMP', async () => {
    const pdf = await readPdf(await renderPdf(everyBlock));
    expect(pdf.info).toMatchObject({
      Title: 'Invitation til netværksmøde & opfølgning',
      Language: 'da-DK',
      Author: 'Inddrag',
      Creator: 'Inddrag',
    });
    expect(pdf.xmpTitle).toBe('Invitation til netværksmøde & opfølgning');
  });

  it('writes XMP metadata that is well-formed XML even when the title has "&" or "<"', async () => {
    const raw = (await renderPdf({ ...everyBlock, title: 'Møde <A> & “B”' })).toString('utf8');
    const xmp = raw.slice(raw.indexOf('<?xpacket begin'), raw.indexOf('<?xpacket end'));
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Møde &#60;A&#62; &#38; “B”</rdf:li>');
    // pdf.js reads a bare "&" leniently; a validator's XML parser would not.
    expect(xmp).not.toMatch(/&(?!#\d+;)/);
    expect(xmp).not.toContain('<A>');
  });

  it('embeds its font and never falls back to a standard font', async () => {
    const raw = (await renderPdf(everyBlock)).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3-Regular/);
    expect(raw).not.toContain('Helvetica');
  });

  it('is a tagged PDF whose structure says what each block is', async () => {
    const bytes = await renderPdf(everyBlock);
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(raw).toMatch(/\/DisplayDocTitle true/);

    const pdf = await readPdf(bytes);
    expect(pdf.marked).toBe(true);
    const roles = pdf.roles;
    expect(roles[0]).toBe('Document');
    expect(roles.filter((role) => role === 'H1')).toHaveLength(1);
    expect(roles.indexOf('H1')).toBeLessThan(roles.indexOf('H2'));
    for (const role of ['P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'THead', 'TBody', 'TR', 'TH', 'TD']) {
      expect(roles).toContain(role);
    }
    // Two list items, each with a label and a body.
    expect(roles.filter((role) => role === 'LI')).toHaveLength(2);
    expect(roles.filter((role) => role === 'LBody')).toHaveLength(2);
    // Facts: one row header and one value; table: two column headers and two values.
    expect(roles.filter((role) => role === 'TH')).toHaveLength(3);
    expect(roles.filter((role) => role === 'TD')).toHaveLength(3);
    // Everything on the page is either structure content or decoration marked as such.
    expect(pdf.unmarked).toEqual(['']);
    expect(pdf.artifacts[0]).toContain('Side 1 af 1');
    expect(pdf.artifacts[0]).not.toContain('Dagsorden');
  });

  it('breaks a long table across pages, repeating its head row on each page but tagging it once', async () => {
    const rows = agreements(70);
    const bytes = await renderPdf({
      title: 'Referat',
      footer: 'Referat af netværksmøde',
      blocks: [{ kind: 'table', caption: 'Aftaler', head: ['Aftale', 'Ansvarlig'], rows }],
    });
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain('Ansvarlig');
      expect(page).toContain(`Side ${i + 1} af ${pdf.pages.length}`);
      expect(page).toContain('Referat af netværksmøde');
    });
    // Every row once, in order, none lost at a page break.
    const order = rows.map(([agreement, who]) => pdf.text.indexOf(`${agreement} ${who}\n`));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The head row is structure once; the pages after the first repeat it as an artifact.
    expect(pdf.roles.filter((role) => role === 'TH')).toHaveLength(2);
    expect(pdf.roles.filter((role) => role === 'TD')).toHaveLength(rows.length * 2);
    expect(pdf.artifacts[0]).not.toContain('Ansvarlig');
    pdf.artifacts.slice(1).forEach((artifacts) => expect(artifacts).toContain('Aftale Ansvarlig'));
    expect(pdf.unmarked.every((text) => text === '')).toBe(true);
  });

  it('wraps a long paragraph and continues it on the next page', async () => {
    const sentence = 'Familien og netværket fortæller, hvad der går godt, og hvad de er bekymrede for. ';
    const pdf = await readPdf(
      await renderPdf({
        title: 'Lang tekst',
        blocks: [{ kind: 'paragraph', text: `${sentence.repeat(60)}Slut på teksten.` }],
      }),
    );
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]).toContain('Side 1 af 2');
    expect(pdf.pages[1]).toContain('Slut på teksten.');
    // One paragraph, continued: its second page's text is still structure content.
    expect(pdf.roles.filter((role) => role === 'P')).toHaveLength(1);
    expect(pdf.unmarked).toEqual(['', '']);
  });

  it('keeps all text of a table row taller than a page', async () => {
    const long = `${'Et meget langt referat af en aftale om samvær og aflastning. '.repeat(160)}Sidste sætning.`;
    const pdf = await readPdf(
      await renderPdf({
        title: 'Referat',
        blocks: [
          {
            kind: 'table',
            caption: 'Aftaler',
            head: ['Aftale', 'Ansvarlig'],
            rows: [
              ['Før', 'Mor'],
              [long, 'Moster Søs'],
              ['Efter', 'Far'],
            ],
          },
        ],
      }),
    );
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain('Sidste sætning.');
    expect(pdf.text).toContain('Moster Søs');
    // The grid resumes after the long row, under a repeated head.
    const last = pdf.pages.length - 1;
    expect(pdf.pages[last]).toContain('Efter Far');
    expect(pdf.artifacts[last]).toContain('Aftale Ansvarlig');
    expect(pdf.roles.filter((role) => role === 'TR')).toHaveLength(4);
  });

  it('follows the document language for metadata and page numbers', async () => {
    const pdf = await readPdf(
      await renderPdf({ title: 'Invitation', language: 'en-GB', blocks: [{ kind: 'paragraph', text: 'Welcome' }] }),
    );
    expect(pdf.info.Language).toBe('en-GB');
    expect(pdf.text).toContain('Page 1 of 1');
  });
});
