import { concernPair, openConcerns, shownVersion } from '../support/concern-steps';
import { expect, test } from '../support/fixtures';
import { registerCaseInAssessment } from '../support/network-map-steps';
import { csrfHeaders } from '../support/auth';
import { createConcernPair } from '../support/scaling-steps';

/**
 * Two people edit the same concern pair: while Sofie Lund has it open in the form, someone saves a
 * new version through the API. Her save is refused (409); the page says so in Danish, keeps her text,
 * loads their version on request, and her change saved again becomes the next version. Nothing is
 * lost and nothing is overwritten silently.
 */

test.use({ allowedConsoleErrors: [/the server responded with a status of 409/] });

/** What a save of a pair sends (UpdateConcernStatementRequest). */
const PAIR_FIELDS = [
  'kind',
  'whoIsWorried',
  'behaviour',
  'impactOnChild',
  'ifNothingChanges',
  'familyView',
  'goalParentsWill',
  'goalChildWillExperience',
  'goalProfessionalsWillSee',
  'goalDuration',
  'groundIds',
  'version',
] as const;

interface ApiPair {
  id: string;
  version: number;
  [field: string]: unknown;
}

test('a stale save of a concern pair says what happened, keeps the text and lets it be saved again', async ({
  page,
  request,
}) => {
  const kase = await registerCaseInAssessment(page, 'Ida', 'Samtidig');
  const created = await createConcernPair(request, kase.id);
  await openConcerns(page, kase.id);
  const pair = concernPair(page, created.number);
  expect(await shownVersion(page, created.number)).toBe(1);

  await pair.getByRole('button', { name: 'Ret', exact: true }).click();
  const behaviour = pair.getByLabel('Hvad er vi bekymrede for – konkret adfærd?', { exact: true });
  const mine = 'Ida er kommet for sent i skole fire gange i denne uge.';
  await behaviour.fill(mine);

  // Meanwhile someone else saves version 2.
  const theirs = 'Ida er kommet uden madpakke tre gange i denne uge.';
  const concerns = (await (await request.get(`/api/cases/${kase.id}/concerns`)).json()) as { statements: ApiPair[] };
  const current = concerns.statements.find((s) => s.id === created.id)!;
  const fields = Object.fromEntries(PAIR_FIELDS.map((field) => [field, current[field]]));
  const saved = await request.put(`/api/cases/${kase.id}/concern-statements/${created.id}`, {
    headers: await csrfHeaders(request),
    data: { ...fields, behaviour: theirs },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  await pair.getByRole('button', { name: 'Gem ny version' }).click();
  const notice = pair.getByRole('alert').filter({ hasText: 'En anden har gemt bekymringen imens' });
  await expect(notice).toContainText('Din ændring er ikke gemt, fordi en anden har gemt bekymringen');
  await expect(behaviour).toHaveValue(mine);

  await notice.getByRole('button', { name: 'Hent deres version' }).click();
  await expect(page.getByText('Deres version (version 2) er hentet ind i formularen.')).toBeVisible();
  await expect(behaviour).toHaveValue(theirs);
  await expect(page.getByText(mine)).toBeVisible();

  // Her change, laid onto their version, saves as version 3.
  await behaviour.fill(`${theirs} ${mine}`);
  await pair.getByRole('button', { name: 'Gem ny version' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Bekymring ${created.number} er gemt (version 3).` })).toBeVisible();
  await expect(pair).toContainText(`${theirs} ${mine}`);
});
