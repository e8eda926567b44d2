import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { apiCases } from '../support/cases';
import { expect, test } from '../support/fixtures';

/**
 * The case journal and documents as the suite's persona, the caseworker Sofie Lund
 * (raadgiver@, see support/auth.ts): she writes a note on one of her cases, adds a supplement to
 * it, attaches a PDF and downloads it again.
 */

const CASEWORKER_NAME = 'Sofie Lund';

interface ApiCaseSummary {
  id: string;
  caseNumber: string;
  child: { firstName: string; lastName: string };
  responsibleCaseworker: { id: string; name: string } | null;
  openedAt: string;
}

/** One of her own cases (she is the responsible caseworker). */
async function ownCase(request: APIRequestContext): Promise<ApiCaseSummary> {
  const mine = (await apiCases(request)) as unknown as ApiCaseSummary[];
  // A case of the demo data (opened days ago), never one another journey registered during this run.
  const seeded = (c: { openedAt: string }) => Date.now() - new Date(c.openedAt).getTime() > 12 * 3_600_000;
  const own = mine.filter((c) => c.responsibleCaseworker?.name === CASEWORKER_NAME && seeded(c)).at(-1);
  expect(own, 'a case where the caseworker is responsible').toBeTruthy();
  return own!;
}

const section = (page: Page, heading: string): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

/** A small but real PDF: header, one object, trailer. */
function minimalPdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Title (${text}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

test.describe('journal and documents on the case page', () => {
  test('the caseworker writes a note and a supplement, attaches a PDF and downloads it', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    const kase = await ownCase(request);
    const stamp = Date.now();
    const noteTitle = `Opringning fra skolen ${stamp}`;
    const supplementTitle = `Mor ringede tilbage ${stamp}`;

    await page.goto(`/sager/${kase.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${kase.child.firstName} ${kase.child.lastName}`);

    // ---- Journal: write a note ---------------------------------------------------------------
    const journal = section(page, 'Journal');
    await expect(journal).toBeVisible();
    await journal.getByRole('button', { name: 'Skriv notat', exact: true }).click();
    await expect(journal.getByRole('heading', { level: 3, name: 'Skriv notat' })).toBeFocused();

    // An empty form is refused in the browser, naming the fields.
    await journal.getByRole('button', { name: 'Gem notat' }).click();
    await expect(journal.getByRole('alert').filter({ hasText: 'Der er problemer' })).toBeFocused();
    await expect(journal.getByRole('alert')).toContainText('Skriv en overskrift');

    await journal.getByLabel('Type', { exact: true }).selectOption({ label: 'Telefonsamtale' });
    await expect(journal.getByLabel('Dato', { exact: true })).not.toHaveValue('');
    await journal.getByLabel('Overskrift', { exact: true }).fill(noteTitle);
    await journal
      .getByLabel('Notat', { exact: true })
      .fill('Klasselæreren fortæller, at Emma ofte kommer sent.\nHun virker træt.');
    await journal.getByRole('button', { name: 'Gem notat' }).click();

    const note = journal.locator('article.journal-note:not(.journal-supplement)').filter({
      has: page.getByRole('heading', { level: 3, name: noteTitle, exact: true }),
    });
    await expect(note).toBeVisible();
    await expect(note.getByRole('heading', { level: 3, name: noteTitle })).toBeFocused();
    await expect(journal.getByRole('status')).toContainText(`Notatet "${noteTitle}" er gemt.`);
    await expect(note).toContainText('Telefonsamtale');
    await expect(note).toContainText(`${CASEWORKER_NAME}, Myndighedscentret`);
    await expect(note).toContainText('Hun virker træt.');
    // Her own note, just written: she may still correct it, and anyone may supplement it.
    await expect(note.getByRole('button', { name: /^Rediger/ }).first()).toBeVisible();
    await expect(note.getByText(/Kan rettes af dig indtil/).first()).toBeVisible();
    await expectNoA11yViolations({ label: 'case page, journal with a note' });

    // ---- Journal: a supplement shown under the note -----------------------------------------
    await note.getByRole('button', { name: /^Skriv tilføjelse/ }).click();
    await expect(note.getByRole('heading', { level: 3, name: `Tilføjelse til "${noteTitle}"` })).toBeFocused();
    await note.getByLabel('Overskrift', { exact: true }).fill(supplementTitle);
    await note.getByLabel('Notat', { exact: true }).fill('Mor bekræfter, at hun har talt med skolen.');
    await expectNoA11yViolations({ label: 'case page, supplement form' });
    await note.getByRole('button', { name: 'Gem tilføjelse' }).click();

    const supplement = note.locator('article.journal-supplement').filter({ hasText: supplementTitle });
    await expect(supplement).toBeVisible();
    await expect(supplement.getByRole('heading', { level: 4, name: supplementTitle })).toBeFocused();
    await expect(supplement).toContainText('Tilføjelse');
    await expect(supplement).toContainText('Mor bekræfter');
    // A supplement is not supplemented in turn.
    await expect(supplement.getByRole('button', { name: /^Skriv tilføjelse/ })).toHaveCount(0);

    // ---- Documents: upload a PDF, see it listed, download it --------------------------------
    const documents = section(page, 'Dokumenter');
    const pdf = minimalPdf(`Udtalelse ${stamp}`);
    const fileName = `udtalelse-${stamp}.pdf`;
    const documentTitle = `Udtalelse fra skolen ${stamp}`;
    await documents
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    await expect(documents.getByLabel('Titel', { exact: true })).toHaveValue(`udtalelse-${stamp}`);
    await documents.getByLabel('Titel', { exact: true }).fill(documentTitle);
    await documents.getByRole('button', { name: 'Vedhæft', exact: true }).click();

    await expect(documents.getByRole('status')).toContainText(`Dokumentet "${documentTitle}" er vedhæftet.`);
    const row = documents.getByRole('row').filter({ hasText: documentTitle });
    await expect(row).toBeVisible();
    await expect(row).toContainText(fileName);
    await expect(row).toContainText('PDF');
    await expect(row).toContainText(CASEWORKER_NAME);
    await expect(row).toContainText(/\d+ B/);
    await expect(documents.getByLabel('Titel', { exact: true })).toHaveValue('');
    await expectNoA11yViolations({ label: 'case page, documents' });

    const downloading = page.waitForEvent('download');
    await row.getByRole('link', { name: new RegExp(`^Hent ${documentTitle}`) }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(fileName);
    const path = await download.path();
    expect((await readFile(path)).equals(pdf), 'the downloaded file is the uploaded one, byte for byte').toBe(true);
  });

  test.describe('a refused upload', () => {
    // The browser logs the API's 400 answer; that is the point of this test.
    test.use({ allowedConsoleErrors: [/the server responded with a status of 400/] });

    test('a file that is not a PDF or an image is refused with the reason next to the field', async ({
      page,
      request,
    }) => {
      const kase = await ownCase(request);
      await page.goto(`/sager/${kase.id}`);
      const documents = section(page, 'Dokumenter');
      await documents
        .getByLabel('Fil', { exact: true })
        .setInputFiles({
          name: 'ikke-en-pdf.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('Bare tekst, ikke en PDF.'),
        });
      await documents.getByRole('button', { name: 'Vedhæft', exact: true }).click();
      await expect(documents.getByRole('alert').filter({ hasText: 'Der er problemer' })).toBeFocused();
      await expect(documents.locator('.form-error-message')).toContainText('Filtypen er ikke tilladt');
      await expect(documents.getByRole('row').filter({ hasText: 'ikke-en-pdf' })).toHaveCount(0);
    });
  });
});
