import type { Page } from '@playwright/test';
import { caseSection } from '../support/case-steps';
import { expect, test } from '../support/fixtures';
import { registerCaseInAssessment } from '../support/network-map-steps';
import {
  chartOf,
  copenhagenDate,
  createConcernPair,
  danishDate,
  openScaling,
  recordScores,
  withdrawScore,
} from '../support/scaling-steps';

/**
 * Scaling as the caseworker Sofie Lund (raadgiver@): on one of her cases she records the overall
 * safety scale from the child's and a parent's perspective on two dates, reads the development in
 * the charts and their table alternative, withdraws a score given by mistake, and sees the latest
 * scores on the case page. Then a concern pair's own scale.
 */

/** A case of her own, new, so no other spec running alongside adds pairs or scores to it. */
async function caseForScaling(page: Page): Promise<string> {
  return (await registerCaseInAssessment(page, 'Emma', 'Skalering')).id;
}

test.describe('scaling', () => {
  test('records scores from two perspectives on two dates, shows them over time, withdraws one', async ({
    page,
    expectNoA11yViolations,
  }) => {
    test.setTimeout(180_000);
    const caseId = await caseForScaling(page);
    const earlier = copenhagenDate(14);
    const today = copenhagenDate(0);
    // Names of their own, so the assertions hold on a case that already has scores.
    const stamp = Date.now().toString(36);
    const child = `Emma ${stamp}`;
    const mother = `Mor ${stamp}`;

    await openScaling(page, caseId);
    await recordScores(page, {
      date: earlier,
      rows: [
        { perspective: 'Barnet', respondent: child, score: 3, reason: 'Mor har været sur mange morgener.', oneStepUp: 'At vi spiser morgenmad sammen.' },
        { perspective: 'Forælder', respondent: mother, score: 4, reason: 'Vi er kommet i gang med en morgenrutine.' },
      ],
    });
    await recordScores(page, {
      date: today,
      rows: [
        { perspective: 'Barnet', respondent: child, score: 5, reason: 'Mor vækker mig i god tid nu.' },
        { perspective: 'Forælder', respondent: mother, score: 9 },
      ],
    });

    // The child's chart: one line with a point on each date, both dates on the axis and in the table.
    const childChart = chartOf(page, 'Barnet');
    const childPoints = childChart.locator(`g.scale-chart-series[data-respondent="${child}"] path.scale-chart-point`);
    await expect(childPoints).toHaveCount(2);
    expect(await childPoints.evaluateAll((points) => points.map((p) => [p.getAttribute('data-date'), p.getAttribute('data-score')]))).toEqual([
      [earlier, '3'],
      [today, '5'],
    ]);
    for (const date of [earlier, today]) {
      await expect(childChart.locator('text.scale-chart-date').filter({ hasText: danishDate(date) })).toHaveCount(1);
    }
    await expect(childChart.getByRole('img', { name: 'Samlet vurdering: Barnet' })).toBeVisible();
    await expect(childChart.getByRole('listitem').filter({ hasText: child })).toBeVisible();
    await childChart.getByText('Vis som tabel').click();
    const table = childChart.getByRole('table', { name: 'Samlet vurdering: scorer fra Barnet' });
    const column = (await table.getByRole('columnheader').allInnerTexts()).indexOf(child);
    expect(column, 'a column for the child').toBeGreaterThan(0);
    for (const [date, score] of [[earlier, '3'], [today, '5']] as const) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: danishDate(date), exact: true }) });
      // The first column is the date (a row header); the respondents' cells follow it.
      await expect(row.getByRole('cell').nth(column - 1)).toHaveText(score);
    }
    await expect(page.getByRole('list', { name: 'Seneste score pr. person på skalaen Samlet vurdering' })).toContainText(
      'steget fra 3 til 5',
    );

    // Mor's 9 was a slip: withdrawn, it leaves the chart and the trend but stays in the list.
    await withdrawScore(page, mother, today, 'Scoren blev skrevet forkert; Mor sagde 4.');
    const parentPoints = chartOf(page, 'Forælder').locator(`g.scale-chart-series[data-respondent="${mother}"] path.scale-chart-point`);
    await expect(parentPoints).toHaveCount(1);
    await expect(page.getByRole('list', { name: /Seneste score/ }).getByRole('listitem').filter({ hasText: mother })).toContainText(
      'første score',
    );
    await page.getByLabel('Vis tilbagetrukne scorer').check();
    await expect(page.getByRole('row').filter({ hasText: mother }).filter({ hasText: 'Scoren blev skrevet forkert' })).toContainText(
      'Trukket tilbage',
    );

    await expectNoA11yViolations({ label: 'scaling page' });

    // The case page shows the latest scores with their direction in words.
    await page.goto(`/sager/${caseId}`);
    const section = caseSection(page, 'Skalering');
    await expect(section.getByRole('heading', { level: 3, name: 'Samlet vurdering' })).toBeVisible();
    await expect(section.getByRole('listitem').filter({ hasText: child })).toContainText('steget fra 3 til 5');
    await section.getByRole('link', { name: 'Registrér skalering' }).click();
    await expect(page).toHaveURL(new RegExp(`/sager/${caseId}/skalering$`));
  });

  test("scores a concern pair on the pair's own scale", async ({ page, request, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    const caseId = await caseForScaling(page);
    const pair = await createConcernPair(request, caseId);
    const label = `Bekymring ${pair.number}`;

    await openScaling(page, caseId);
    // A row without a score is refused by the field, before anything is sent.
    await page.getByRole('button', { name: 'Registrér skalering' }).click();
    await page.getByRole('button', { name: 'Gem scorerne' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await expect(summary.getByRole('link', { name: 'Vælg en score fra 0 til 10' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Skriv hvem der har givet scoren' })).toBeVisible();
    await summary.getByRole('link', { name: 'Vælg en score fra 0 til 10' }).click();
    await expect(page.getByRole('group', { name: 'Score 1', exact: true }).getByRole('radio', { name: '0', exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Annullér' }).click();

    await recordScores(page, {
      scale: label,
      date: copenhagenDate(7),
      rows: [{ perspective: 'Netværk', respondent: 'Mormor', score: 6, reason: 'Jeg henter Emma om onsdagen.' }],
    });
    // After saving, the page shows the scale just recorded on.
    await expect(page.getByLabel('Skala', { exact: true })).toHaveValue(pair.id);
    await expect(page).toHaveURL(new RegExp(`skala=${pair.id}`));
    const chart = chartOf(page, 'Netværk');
    await expect(chart.getByRole('img', { name: `${label}: Netværket` })).toBeVisible();
    await expect(chart.locator('path.scale-chart-point')).toHaveCount(1);
    await expect(page.getByRole('list', { name: `Seneste score pr. person på skalaen ${label}` })).toHaveText(/Mormor \(Netværk\): 6/);
    await expectNoA11yViolations({ label: 'scaling page, pair scale' });

    await page.goto(`/sager/${caseId}`);
    await expect(caseSection(page, 'Skalering').getByRole('heading', { level: 3, name: label })).toBeVisible();
  });
});
