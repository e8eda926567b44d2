import { expect, FULL_CPR, MASKED_CPR, pageText, test } from '../support/fixtures';
import { apiCases, caseRows, openCaseList, shownCaseNumbers } from '../support/cases';
import { choosePhase, searchField } from '../support/case-list-controls';

test.describe('case list (/sager)', () => {
  test('the root address opens the case list for a caseworker', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sager$/);
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('shows the seeded cases with a masked CPR and never a full one', async ({ page, expectNoA11yViolations }) => {
    await openCaseList(page);
    const table = page.getByRole('table');
    await expect(table.locator('caption')).not.toBeEmpty();
    await expect
      .poll(() => caseRows(page).count(), { message: 'at least 20 seeded cases shown' })
      .toBeGreaterThanOrEqual(20);

    const first = caseRows(page).first();
    await expect(first).toContainText(MASKED_CPR);
    await expect(first).toContainText(/\d{4}-\d{4}/); // case number, e.g. 2026-0001

    expect(await pageText(page)).not.toMatch(FULL_CPR);
    await expectNoA11yViolations({ label: 'case list' });
  });

  test('search narrows the list to the cases the API finds', async ({ page, request, expectNoA11yViolations }) => {
    const all = await apiCases(request);
    const allNumbers = all.map((c) => c.caseNumber);
    // A last name some children share but not all: the search must narrow, not empty, the list.
    const counts = new Map<string, number>();
    for (const c of all) counts.set(c.child.lastName, (counts.get(c.child.lastName) ?? 0) + 1);
    const term = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(term, 'seeded children have last names').toBeTruthy();
    const expected = (await apiCases(request, { q: term! })).map((c) => c.caseNumber);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await openCaseList(page);
    const before = await caseRows(page).count();
    await searchField(page).fill(term!);
    await expect
      .poll(() => caseRows(page).count(), { message: `rows after searching "${term}"` })
      .toBe(expected.length);
    expect(expected.length).toBeLessThan(before);
    expect((await shownCaseNumbers(page, allNumbers)).sort()).toEqual([...expected].sort());
    for (const row of await caseRows(page).all()) await expect(row).toContainText(term!);
    await expectNoA11yViolations({ label: 'case list, searched' });

    await searchField(page).clear();
    await expect.poll(() => caseRows(page).count(), { message: 'rows after clearing the search' }).toBe(before);
  });

  test('the phase filter shows only cases in that phase', async ({ page, request, expectNoA11yViolations }) => {
    const all = await apiCases(request);
    const expected = (await apiCases(request, { phase: 'SCREENING' })).map((c) => c.caseNumber);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await openCaseList(page);
    await choosePhase(page, /^screening$/i);
    await expect.poll(() => caseRows(page).count(), { message: 'rows in phase Screening' }).toBe(expected.length);
    expect(
      (
        await shownCaseNumbers(
          page,
          all.map((c) => c.caseNumber),
        )
      ).sort(),
    ).toEqual([...expected].sort());
    await expectNoA11yViolations({ label: 'case list, filtered by phase' });
  });
});
