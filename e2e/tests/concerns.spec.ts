import { caseSection } from '../support/case-steps';
import {
  addConcernGround,
  concernPair,
  createAssessment,
  editConcernPair,
  openConcerns,
  writeConcernPair,
} from '../support/concern-steps';
import { expect, test } from '../support/fixtures';
import { registerCaseInAssessment } from '../support/network-map-steps';

/**
 * Signs of Safety as the Myndighed caseworker Sofie Lund (raadgiver@): on a case of her own she adds
 * a ground for concern, writes two concern statement/safety goal pairs through the form (with the
 * writing guidance), edits one so a new version shows, then makes an assessment and sees the three
 * columns and their print view. Axe finds no violations on the pages.
 */

/** A4 landscape, 297 mm less 10 mm margins either side, at CSS's 96 px per inch. */
const A4_LANDSCAPE_PRINTABLE_PX = Math.floor(((297 - 20) / 25.4) * 96);

test('a caseworker writes grounds, two concern/goal pairs and an assessment in three columns', async ({
  page,
  expectNoA11yViolations,
}) => {
  const kase = await registerCaseInAssessment(page, 'Alma', 'Bekymring');

  // The case page has the section, and it leads to the concerns page.
  const section = caseSection(page, 'Bekymringer og sikkerhedsmål');
  await expect(section.getByText('Der er ingen aktive bekymringer.')).toBeVisible();
  await section.getByRole('link', { name: 'Skriv bekymringer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bekymringer og sikkerhedsmål' })).toBeVisible();

  await openConcerns(page, kase.id);
  await addConcernGround(page, {
    kind: 'Observation',
    source: 'Hjemmebesøg',
    description: 'Køleskabet var tomt, og Alma sagde, at hun ikke havde fået aftensmad.',
  });

  // The guidance: a label word, and the readability of what is written.
  await page.getByRole('button', { name: 'Skriv ny bekymring' }).click();
  const form = page.locator('section.concern-pair-form');
  await form.getByLabel('Hvad er vi bekymrede for – konkret adfærd?').fill('Der er omsorgssvigt i hjemmet.');
  await expect(form.getByTestId('label-word-hint')).toContainText('omsorgssvigt');
  await expect(form.getByTestId('readability-hint').first()).toContainText('LIX');
  await expectNoA11yViolations({ label: 'concern pair form' });
  await form.getByRole('button', { name: 'Annuller' }).click();

  const first = await writeConcernPair(page, {
    whoIsWorried: 'Skolen og socialrådgiveren',
    behaviour: 'Alma er kommet i skole uden madpakke 12 gange i oktober.',
    impactOnChild: 'Alma er sulten og kan ikke koncentrere sig i timerne.',
    ifNothingChanges: 'Alma bliver ved med at være sulten og mister lysten til skolen.',
    goalParentsWill: 'Mor sørger for morgenmad og madpakke hver skoledag.',
    goalChildWillExperience: 'Alma er mæt og har energi i skolen.',
    goalProfessionalsWillSee: 'Læreren ser Alma spise sin madpakke hver dag.',
    goalDuration: 'I 3 måneder',
    grounds: ['Hjemmebesøg'],
  });
  const second = await writeConcernPair(page, {
    kind: 'Skadesudsagn',
    whoIsWorried: 'Politiet og socialrådgiveren',
    behaviour: 'Far slog mor i ansigtet, mens Alma så på, den 3. september.',
    impactOnChild: 'Alma er bange og sover dårligt.',
    ifNothingChanges: 'Alma ser vold igen og bliver mere utryg.',
    familyView: 'Mor siger, at det kun skete én gang.',
    goalParentsWill: 'Mor ringer til mormor eller politiet, hvis far kommer.',
    goalChildWillExperience: 'Alma føler sig tryg hjemme.',
    goalProfessionalsWillSee: 'Der kommer ingen nye politisager.',
    goalDuration: 'I 6 måneder',
  });
  expect([first, second]).toEqual([1, 2]);
  await expect(concernPair(page, 2).getByText('Skadesudsagn').first()).toBeVisible();
  await expect(concernPair(page, 2).getByText('Mor siger, at det kun skete én gang.')).toBeVisible();

  // An edit is a new version; the history lists both and shows the text of the first.
  const version = await editConcernPair(page, first, { goalDuration: 'I 4 måneder' });
  expect(version).toBe(2);
  const pair = concernPair(page, first);
  await expect(pair.getByText('I 4 måneder')).toBeVisible();
  await pair.getByRole('button', { name: 'Versioner' }).click();
  const versions = pair.getByRole('table', { name: 'Versioner, nyeste først' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await versions.getByRole('button', { name: 'Vis tekst, version 1' }).click();
  await expect(pair.getByTestId('version-text').getByText('I 3 måneder')).toBeVisible();
  await expectNoA11yViolations({ label: 'concerns page' });

  // The case page lists the active pairs in brief.
  await page.goto(`/sager/${kase.id}`);
  await expect(caseSection(page, 'Bekymringer og sikkerhedsmål').getByText('Bekymring 2:')).toBeVisible();

  // A new assessment shows the pairs in the three columns.
  await createAssessment(page, kase.id, {
    purpose: 'Faglig sparring',
    participants: 'Sofie Lund, Jens Kragh',
    harm: 'Alma har set vold mellem forældrene.',
    strengths: 'Mormor hjælper gerne.',
    existingSafety: 'Mormor henter tirsdag og torsdag.',
    nextSteps: 'Netværksmøde inden for tre uger.',
  });
  const columns = page.getByTestId('assessment-columns');
  for (const heading of ['Hvad er vi bekymrede for?', 'Hvad fungerer godt?', 'Hvad skal der ske?']) {
    await expect(columns.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(columns.getByText('Alma er kommet i skole uden madpakke 12 gange i oktober.')).toBeVisible();
  await expect(columns.getByText('Mor ringer til mormor eller politiet, hvis far kommer.')).toBeVisible();
  await expect(columns.getByText('Mormor henter tirsdag og torsdag.')).toBeVisible();
  await expectNoA11yViolations({ label: 'assessment' });

  await page.goto(`/sager/${kase.id}/kortlaegninger`);
  await expect(page.getByRole('table', { name: 'Kortlægninger, nyeste først' }).getByText('Faglig sparring')).toBeVisible();
  await expectNoA11yViolations({ label: 'assessments list' });
  await page.getByRole('table', { name: 'Kortlægninger, nyeste først' }).getByRole('link').first().click();
  await expect(columns).toBeVisible();

  // Print: A4 landscape's printable width, three columns side by side, no navigation, nothing wider.
  await page.setViewportSize({ width: A4_LANDSCAPE_PRINTABLE_PX, height: 790 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    tops: [...document.querySelectorAll('.concern-assessment-column')].map((c) => Math.round(c.getBoundingClientRect().top)),
    rights: [...document.querySelectorAll('.concern-assessment-column')].map((c) => c.getBoundingClientRect().right),
  }));
  expect(layout.scrollWidth).toBeLessThanOrEqual(A4_LANDSCAPE_PRINTABLE_PX);
  expect(layout.tops).toHaveLength(3);
  expect(new Set(layout.tops).size, 'the three columns side by side').toBe(1);
  expect(Math.max(...layout.rights)).toBeLessThanOrEqual(A4_LANDSCAPE_PRINTABLE_PX);
  await page.emulateMedia({ media: 'screen' });
});
