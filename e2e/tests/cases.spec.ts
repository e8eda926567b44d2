import { expect, FULL_CPR, MASKED_CPR, pageText, test } from '../support/fixtures';
import { csrfHeaders } from '../support/auth';
import { apiCases, caseRows, openCaseList, shownCaseNumbers } from '../support/cases';
import { choosePhase, searchField } from '../support/case-list-controls';

test.describe('case list (/sager)', () => {
  test('the root address opens "Mine sager" for a caseworker', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/mine-sager$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine sager');
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

  // Afgørelse: a phase the seed fills and no other spec moves a case through while this one runs.
  test('the phase filter shows only cases in that phase', async ({ page, request, expectNoA11yViolations }) => {
    const all = await apiCases(request);
    const expected = (await apiCases(request, { phase: 'AFGOERELSE' })).map((c) => c.caseNumber);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await openCaseList(page);
    await choosePhase(page, /^afgørelse$/i);
    await expect.poll(() => caseRows(page).count(), { message: 'rows in phase Afgørelse' }).toBe(expected.length);
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

  test('only overdue deadlines, next deadline first: the rows the API finds, in its order, each marked in words', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    const all = await apiCases(request);
    const expected = (await apiCases(request, { overdue: 'true', sort: 'nextDeadline' })).map((c) => c.caseNumber);
    expect(expected.length, 'the demo caseworker has overdue cases').toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await openCaseList(page);
    await page.getByRole('checkbox', { name: 'Kun overskredne frister' }).check();
    await page.getByLabel('Sortér efter').selectOption({ label: 'Næste frist' });
    await expect(page).toHaveURL(/[?&]overdue=true/);
    await expect(page).toHaveURL(/[?&]sort=nextDeadline/);
    await expect.poll(() => caseRows(page).count(), { message: 'rows with an overdue deadline' }).toBe(expected.length);
    expect(await shownCaseNumbers(page, all.map((c) => c.caseNumber))).toEqual(expected);
    for (const row of await caseRows(page).all()) await expect(row).toContainText('Overskredet');
    await expect(page.getByRole('columnheader', { name: 'Næste frist' })).toBeVisible();
    await expectNoA11yViolations({ label: 'case list, overdue by next deadline' });

    // The filters live in the URL: a reload shows the same list.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Kun overskredne frister' })).toBeChecked();
    await expect.poll(() => caseRows(page).count(), { message: 'rows after a reload' }).toBe(expected.length);
  });
});

test.describe('Mine sager (/mine-sager)', () => {
  test("lists the caseworker's open cases, next deadline first, with every deadline to meet", async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    const res = await request.get('/api/cases/mine?limit=100');
    expect(res.status(), await res.text()).toBe(200);
    const mine = (await res.json()) as {
      items: {
        caseNumber: string;
        phase: string;
        openedAt: string;
        deadlines: { status: string }[];
        nextDeadline: { status: string } | null;
      }[];
    };
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((c) => c.phase !== 'AFSLUTTET')).toBe(true);
    expect(mine.items[0]?.nextDeadline?.status, 'an overdue case comes first').toBe('OVERDUE');

    await page.goto('/sager');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine sager' }).click();
    await expect(page).toHaveURL(/\/mine-sager$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine sager');
    await expect.poll(() => caseRows(page).count(), { message: 'my cases' }).toBe(Math.min(mine.items.length, 25));
    // Other journeys register cases for her while this runs: compare the demo data's cases, in order.
    const seeded = mine.items.filter((c) => Date.now() - new Date(c.openedAt).getTime() > 12 * 3_600_000).map((c) => c.caseNumber);
    const shown = (await shownCaseNumbers(page, seeded)).filter((n) => seeded.includes(n));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual(seeded.slice(0, shown.length));
    await expect(caseRows(page).first()).toContainText('Overskredet');
    await expect(caseRows(page).first()).toContainText('Ansvarlig rådgiver');
    expect(await pageText(page)).not.toMatch(FULL_CPR);
    await expectNoA11yViolations({ label: 'Mine sager' });
  });

  test("shows each case's next meeting, with a link to it", async ({ page, request }) => {
    const res = await request.get('/api/cases/mine?limit=25');
    const items = ((await res.json()) as { items: { id: string; caseNumber: string; openedAt: string; nextMeeting: unknown }[] }).items;
    // A case of the demo data (opened days ago), never one another journey registered during this run.
    const first = items.find((item) => item.nextMeeting === null && Date.now() - new Date(item.openedAt).getTime() > 12 * 3_600_000);
    if (!first) throw new Error('the demo caseworker has no open case without a meeting');
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(13, 0, 0, 0);
    const planned = await request.post(`/api/cases/${first.id}/meetings`, {
      headers: await csrfHeaders(request),
      data: {
        type: 'NETWORK_MEETING',
        purpose: 'En plan for skolegangen',
        startsAt: startsAt.toISOString(),
        place: 'Medborgerhuset',
        neutralVenue: true,
        initiator: 'Rådgiveren',
      },
    });
    expect(planned.status(), await planned.text()).toBe(201);
    const meetingId = ((await planned.json()) as { id: string }).id;

    await page.goto('/mine-sager');
    const row = caseRows(page).filter({ hasText: first.caseNumber });
    const link = row.getByRole('link', { name: /^Inddragende netværksmøde, / });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `/moeder/${meetingId}`);
  });
});
