import { expect, test } from '../support/fixtures';
import { inviteFromMap, planNetworkMeeting } from '../support/meeting-planning-steps';
import { addDecision, daysFromToday, decisionsSection, minutesUrl, runUrl, saveStatus, startMeeting } from '../support/meeting-run-steps';
import { FACILITATOR, setUpMeetingCase } from '../support/meeting-steps';
import { logInAs } from '../support/network-map-steps';

test('the facilitator runs an inclusive network meeting: phases, attendance, columns, scores, three agreements into the map, fidelity, minutes', async ({
  page,
  browser,
  baseURL,
  expectNoA11yViolations,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await setUpMeetingCase(page, 'Emma', stamp);
  const facilitator = await logInAs(browser, baseURL as string, FACILITATOR.email);

  // Planned from the map with five invitees.
  const meetingId = await planNetworkMeeting(facilitator, kase);
  const five = kase.invitable.slice(0, 5);
  await inviteFromMap(facilitator, five);

  await facilitator.goto(runUrl(meetingId));
  await startMeeting(facilitator);
  const stepper = facilitator.getByRole('navigation', { name: 'Dagsorden' });
  await expect(stepper.getByRole('button', { name: /Velkomst og formål/ })).toHaveAttribute('aria-current', 'step');
  await expectNoA11yViolations({ page: facilitator, label: 'meeting screen' });

  // Through every phase, with a note in each.
  const phases = ['Velkomst og formål', 'Runde', 'Det vi er bekymrede for', 'Det der går godt', 'Det der skal ske', 'Aftaler', 'Skalering', 'Næste møde'];
  for (const [index, phase] of phases.entries()) {
    await expect(stepper.getByRole('button', { name: new RegExp(phase) })).toHaveAttribute('aria-current', 'step');
    await facilitator.getByLabel(`Noter: ${phase}`).fill(`Note om ${phase.toLowerCase()}`);
    if (index < phases.length - 1) await stepper.getByRole('button', { name: 'Næste fase' }).click();
  }
  await expect(stepper.getByRole('button', { name: 'Næste fase' })).toBeDisabled();

  // Attendance: four came.
  const attendance = facilitator.getByRole('group', { name: 'Fremmøde' });
  for (const name of five.slice(0, 4)) await attendance.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();

  await facilitator.getByLabel('Det vi er bekymrede for', { exact: true }).fill('Emma kommer for sent i skole');
  await facilitator.getByLabel('Det der går godt', { exact: true }).fill('Mormor henter hver fredag');
  await facilitator.getByLabel('Det der skal ske', { exact: true }).fill('En plan for morgenerne');
  await facilitator.getByRole('textbox', { name: 'Faglige noter' }).fill(`Fortrolig faglig vurdering ${stamp}`);
  await expect(saveStatus(facilitator)).toHaveText(/^Gemt kl\. \d\d\.\d\d$/, { timeout: 15_000 });

  // Scale scores from the four who came.
  const scores = facilitator.locator('section').filter({ has: facilitator.getByRole('heading', { level: 2, name: 'Skalering' }) });
  for (const [index, value] of [6, 7, 5, 8].entries()) {
    await scores.getByRole('group', { name: `Score ${index + 1}`, exact: true }).getByRole('radio', { name: String(value), exact: true }).check();
  }
  await scores.getByRole('button', { name: 'Gem scorerne' }).click();
  await expect(scores.getByText('Scorerne er gemt.')).toBeVisible();
  await expect(scores.getByRole('list', { name: 'Scorer fra mødet' }).getByRole('listitem')).toHaveCount(4);

  // Three agreements with named network persons and dates, then into the map in one step.
  const agreements = [
    { what: 'Henter Emma i skole tirsdag og torsdag', who: five[0]!, due: daysFromToday(30) },
    { what: 'Træner med Emma lørdag', who: five[3]!, due: daysFromToday(60) },
    { what: 'Ringer til Emma hver søndag', who: five[1]!, due: daysFromToday(45) },
  ];
  for (const a of agreements) await addDecision(facilitator, a.what, a.who, a.due);
  const decisions = decisionsSection(facilitator);
  for (const a of agreements) await decisions.getByRole('checkbox', { name: `Vælg aftalen "${a.what}"` }).check();
  await decisions.getByRole('button', { name: 'Opret som aftaler i netværkskortet' }).click();
  await expect(decisions.getByText('3 aftaler er oprettet i netværkskortet.')).toBeVisible();
  await expect(decisions.getByRole('cell', { name: 'Oprettet', exact: true })).toHaveCount(3);
  await expectNoA11yViolations({ page: facilitator, label: 'meeting screen with agreements' });

  // The map's part 2 shows them with those persons.
  const mapResponse = await facilitator.request.get(`/api/cases/${kase.id}/network-maps/${kase.mapId}`);
  const map = (await mapResponse.json()) as { persons: { name: string; agreements: { what: string; status: string }[] }[] };
  for (const a of agreements) {
    expect(map.persons.find((p) => p.name === a.who)?.agreements).toEqual([expect.objectContaining({ what: a.what, status: 'AGREED' })]);
  }
  await facilitator.goto(`/sager/${kase.id}/netvaerkskort/${kase.mapId}`);
  for (const a of agreements) await expect(facilitator.getByText(a.what).first()).toBeVisible();

  // Finish, then method fidelity.
  await facilitator.goto(runUrl(meetingId));
  await facilitator.getByRole('button', { name: 'Afslut mødet' }).click();
  const fidelity = facilitator.locator('section').filter({ has: facilitator.getByRole('heading', { level: 2, name: 'Metodetroskab' }) });
  await expect(fidelity).toBeVisible();
  for (const item of ['Mødet blev ledet af en neutral mødeleder', 'Det private netværk var til stede', 'Aftalerne har navne og datoer', 'Der blev skaleret']) {
    await fidelity.getByRole('checkbox', { name: item }).check();
  }
  await fidelity.getByRole('button', { name: 'Gem metodetroskab' }).click();
  await expect(fidelity.getByText('Metodetroskaben er gemt.')).toBeVisible();
  await expect(fidelity.getByText(/4 af 7 opfyldt/)).toBeVisible();

  // The minutes: print, PDF, and the network's version without professional notes.
  await facilitator.getByRole('link', { name: 'Se referatet' }).click();
  await expect(facilitator).toHaveURL(minutesUrl(meetingId));
  const minutes = facilitator.getByRole('article');
  await expect(minutes).toContainText('Emma kommer for sent i skole');
  await expect(minutes).toContainText(`Fortrolig faglig vurdering ${stamp}`);
  for (const a of agreements) await expect(minutes).toContainText(a.what);
  await expectNoA11yViolations({ page: facilitator, label: 'minutes' });
  await facilitator.evaluate(() => {
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
  await facilitator.getByRole('button', { name: 'Udskriv' }).click();
  expect(await facilitator.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
  const [download] = await Promise.all([facilitator.waitForEvent('download'), facilitator.getByRole('link', { name: 'Hent som PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^referat-\d{4}-\d\d-\d\d\.pdf$/);

  await facilitator.getByRole('radio', { name: 'Udgave til netværket' }).check();
  await expect(facilitator).toHaveURL(minutesUrl(meetingId, true));
  await expect(minutes).toContainText('Emma kommer for sent i skole');
  await expect(minutes).not.toContainText(`Fortrolig faglig vurdering ${stamp}`);
  await expect(minutes).not.toContainText('Faglige noter');
  await expectNoA11yViolations({ page: facilitator, label: 'minutes for the network' });

  await facilitator.getByRole('button', { name: 'Læg referatet på sagen' }).click();
  await expect(facilitator.getByText(/Lagt på sagen/)).toBeVisible();
  await facilitator.close();
});
