import { expect, test } from '../support/fixtures';
import { CASEWORKER, planMeetingUrl, setUpMeetingCase } from '../support/meeting-steps';
import { copenhagenDate, danishDate } from '../support/scaling-steps';

/** `YYYY-MM-DD` plus days, in calendar terms. */
const plusDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

test("a network council from the police's date shows its 7-day deadline on the meeting, the case and in Mine sager", async ({
  page,
  expectNoA11yViolations,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await setUpMeetingCase(page, 'Emil', stamp);
  const policeDate = copenhagenDate(2);
  const dueOn = plusDays(policeDate, 7);

  await page.goto(planMeetingUrl(kase.id));
  const form = page.getByRole('form', { name: 'Planlæg et møde' });
  await form.getByRole('radio', { name: 'Netværkssamråd' }).check();
  await form.getByLabel('Dato for politiets dokumentation').fill(policeDate);
  // The deadline is shown as soon as the date is known.
  await expect(page.getByTestId('council-deadline-live')).toHaveText(
    `Frist: netværkssamrådet skal holdes senest ${danishDate(dueOn)}.`,
  );
  await form.getByLabel('Formål', { exact: true }).fill('En plan med aftaler, der kan forebygge ny kriminalitet');
  await form.getByLabel('Dato', { exact: true }).fill(copenhagenDate(-1));
  await form.getByLabel('Starttidspunkt').fill('10:00');
  await form.getByLabel('Mødested', { exact: true }).fill('Ungecentret, mødelokale 1');
  await form.getByLabel('Initiativtager').fill('Politiets dokumentation om mistanke om personfarlig kriminalitet');
  await form.getByLabel('Indkalder').selectOption({ label: CASEWORKER.name });
  await form.getByLabel('Mødeleder').selectOption({ label: CASEWORKER.name });
  await expectNoA11yViolations({ label: 'plan a network council' });
  await form.getByRole('button', { name: 'Planlæg mødet' }).click();

  await expect(page).toHaveURL(/\/moeder\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Netværkssamråd om ${kase.firstName}`);
  const deadline = page.getByTestId('council-deadline');
  await expect(deadline).toContainText(`Netværkssamrådet skal holdes senest ${danishDate(dueOn)} (5 dage tilbage).`);
  await expect(deadline).toContainText(`Politiets dokumentation modtaget ${danishDate(policeDate)}.`);
  // The young person and the custody holder are invited at once, and must be.
  const table = page.getByTestId('participants-table');
  await expect(table.locator(`tr[data-participant="${kase.childName}"]`)).toContainText('skal indkaldes');
  await expect(table.locator(`tr[data-participant="${kase.mother}"]`)).toContainText('skal indkaldes');
  // The caseworker both invites and leads: the app warns.
  await expect(page.getByTestId('meeting-warnings').locator('[data-code="ROLE_CONFLICT"]')).toBeVisible();
  await expectNoA11yViolations({ label: 'network council' });

  await page.goto(`/sager/${kase.id}`);
  await expect(page.getByTestId('meetings-section').getByTestId('council-deadline')).toHaveText(
    `Netværkssamråd senest ${danishDate(dueOn)}`,
  );

  await page.goto(`/sager/${kase.id}/moeder`);
  const meetings = page.getByTestId('case-meetings');
  await expect(meetings.locator('tbody tr').filter({ hasText: 'Netværkssamråd' })).toContainText(
    `Netværkssamråd senest ${danishDate(dueOn)}`,
  );
  await expectNoA11yViolations({ label: "the case's meetings" });

  await page.goto('/mine-sager');
  const row = page.getByRole('row').filter({ hasText: kase.caseNumber });
  await expect(row).toContainText(`Netværkssamråd (7 dage)`);
  await expect(row.locator(`time[datetime="${dueOn}"]`)).toBeVisible();

  await page.goto(`/sager?q=${encodeURIComponent(kase.caseNumber)}`);
  const listRow = page.getByRole('row').filter({ hasText: kase.caseNumber });
  await expect(listRow).toContainText('Netværkssamråd (7 dage)');
});
