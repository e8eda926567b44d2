import { expect, FULL_CPR, pageText, test } from '../support/fixtures';
import {
  inviteFromMap,
  invitePanel,
  participantRow,
  planNetworkMeeting,
  recordInvitationAndReply,
} from '../support/meeting-planning-steps';
import { csrfHeaders } from '../support/auth';
import { FACILITATOR, setUpMeetingCase } from '../support/meeting-steps';
import { logInAs } from '../support/network-map-steps';

test('the facilitator plans an inclusive network meeting from the map, invites, prepares and prints an invitation', async ({
  page,
  browser,
  baseURL,
  expectNoA11yViolations,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await setUpMeetingCase(page, 'Emma', stamp);

  const facilitator = await logInAs(browser, baseURL as string, FACILITATOR.email);
  await facilitator.goto(`/sager/${kase.id}`);
  const section = facilitator.getByTestId('meetings-section');
  await expect(section.getByText('Der er ikke planlagt møder på sagen.')).toBeVisible();
  await section.getByRole('link', { name: 'Planlæg et møde' }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: 'Planlæg et møde' })).toBeVisible();
  await expectNoA11yViolations({ page: facilitator, label: 'plan a meeting' });

  // The form by keyboard alone; a missing purpose first shows the error summary, which takes focus.
  await facilitator.getByRole('button', { name: 'Planlæg mødet' }).click();
  const summary = facilitator.getByRole('alert').filter({ hasText: 'Mødet kan ikke gemmes endnu' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Skriv mødets formål' })).toBeVisible();
  await expectNoA11yViolations({ page: facilitator, label: 'plan a meeting with errors' });
  const meetingId = await planNetworkMeeting(facilitator, kase, { keyboard: true });
  await expect(facilitator.getByTestId('meeting-plan')).toContainText('Medborgerhuset, lokale 2 (neutralt mødested)');
  await expect(facilitator.getByTestId('meeting-plan')).toContainText(FACILITATOR.name);

  // The blocked person is shown, disabled, with the reason.
  const panel = invitePanel(facilitator);
  await expect(panel.getByRole('checkbox', { name: kase.blocked, exact: true })).toBeDisabled();
  await expect(panel.getByTestId('blocked-reason')).toContainText('Kan ikke inviteres');
  await expectNoA11yViolations({ page: facilitator, label: 'meeting page' });

  const five = kase.invitable.slice(0, 5);
  const child = kase.childName;
  await inviteFromMap(facilitator, [...five, kase.mother, child]);
  await expect(facilitator.getByTestId('participants-table').locator('tbody tr')).toHaveCount(7);
  for (const name of [...five, kase.mother, child])
    await recordInvitationAndReply(facilitator, name, name === five[4] ? 'Kommer ikke' : 'Kommer');
  await expect(
    participantRow(facilitator, five[0] as string)
      .getByRole('cell')
      .nth(3),
  ).toHaveText('Kommer');
  await expect(
    participantRow(facilitator, five[4] as string)
      .getByRole('cell')
      .nth(3),
  ).toHaveText('Kommer ikke');

  // Expectation alignment with the mother.
  await participantRow(facilitator, kase.mother)
    .getByRole('button', { name: `Registrér for ${kase.mother}` })
    .click();
  const actions = facilitator.getByTestId('participant-actions');
  await actions.getByLabel('Note').fill('Mor vil gerne have, at mormor er med');
  await actions.getByRole('button', { name: 'Gem forventningsafstemning' }).click();
  await expect(facilitator.getByText(`Forventningsafstemningen med ${kase.mother} er gemt.`)).toBeVisible();
  await expect(participantRow(facilitator, kase.mother).getByRole('cell').nth(4)).not.toHaveText('Ikke endnu');
  await expectNoA11yViolations({ page: facilitator, label: 'meeting page with participants' });

  // The preparation checklist.
  const preparation = facilitator.getByTestId('preparation');
  await preparation.getByRole('checkbox', { name: 'Dagsordenen er aftalt med barnet og familien' }).check();
  await preparation.getByRole('checkbox', { name: 'Invitationerne er sendt' }).check();
  await preparation.getByLabel('Note: Det praktiske er på plads (lokale, forplejning, transport)').fill('Mormor bager');
  await preparation.getByRole('button', { name: 'Gem forberedelsen' }).click();
  await expect(facilitator.getByText('Forberedelsen er gemt.')).toBeVisible();
  await facilitator.reload();
  await expect(
    facilitator.getByTestId('preparation').getByRole('checkbox', { name: 'Invitationerne er sendt' }),
  ).toBeChecked();

  // One invitation letter: plain Danish, who else is coming, never a CPR number.
  const grethe = five[0] as string;
  await participantRow(facilitator, grethe)
    .getByRole('link', { name: `Invitation til ${grethe}` })
    .click();
  const letter = facilitator.getByTestId('invitation-letter');
  await expect(letter.getByRole('heading', { level: 1 })).toHaveText('Invitation til inddragende netværksmøde');
  await expect(letter).toContainText(`Kære ${grethe.split(' ')[0]}`);
  await expect(letter).toContainText(`Du er inviteret til et netværksmøde om ${kase.firstName}.`);
  await expect(letter).toContainText('Hvorfor holder vi mødet?');
  await expect(letter).toContainText('Medborgerhuset, lokale 2');
  await expect(letter).toContainText('kl. 15.00–18.00');
  await expect(letter.getByRole('listitem').filter({ hasText: kase.mother })).toHaveCount(1);
  await expect(letter.getByRole('listitem').filter({ hasText: five[1] as string })).toHaveCount(1);
  await expect(letter).not.toContainText(kase.blocked);
  expect(await pageText(facilitator)).not.toMatch(FULL_CPR);
  await expectNoA11yViolations({ page: facilitator, label: 'invitation letter' });

  // The PDF: the link downloads it, and the server answers a PDF.
  const pdfLink = facilitator.getByRole('link', { name: 'Hent som PDF' });
  await expect(pdfLink).toHaveAttribute('download', '');
  const pdf = await facilitator.request.get((await pdfLink.getAttribute('href')) as string);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const [download] = await Promise.all([facilitator.waitForEvent('download'), pdfLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^Invitation .+\.pdf$/);

  await facilitator.getByRole('link', { name: 'Tilbage til mødet' }).click();
  await expect(facilitator).toHaveURL(new RegExp(`/moeder/${meetingId}$`));
  await facilitator.context().close();
});

test.describe('changing and cancelling a plan', () => {
  // The stale save below is answered 409 on purpose; Chromium logs the failed request.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 409/] });

  test('the plan is changed, a stale change is refused with the new version shown, and the meeting is cancelled', async ({
    page,
    expectNoA11yViolations,
  }) => {
    test.setTimeout(240_000);
    const stamp = Date.now().toString(36).slice(-5);
    const kase = await setUpMeetingCase(page, 'Ida', stamp);
    const meetingId = await planNetworkMeeting(page, kase);

    await page.getByRole('button', { name: 'Ret planen' }).click();
    const form = page.getByRole('form', { name: 'Ret planen' });
    await expect(form.getByRole('heading', { name: 'Ret planen' })).toBeFocused();
    await form.getByLabel('Mødested', { exact: true }).fill('Biblioteket');
    await form.getByRole('button', { name: 'Gem planen' }).click();
    await expect(page.getByText(/^Planen er gemt \(version \d+\)\.$/)).toBeVisible();
    await expect(page.getByTestId('meeting-plan')).toContainText('Biblioteket');

    // Someone else changes the plan meanwhile (through the API, with the version the page holds).
    await page.getByRole('button', { name: 'Ret planen' }).click();
    type Role = { user: { id: string } | null; name: string | null };
    const current = (await (await page.request.get(`/api/meetings/${meetingId}`)).json()) as {
      purpose: string;
      agenda: string;
      startsAt: string;
      endsAt: string | null;
      initiator: string;
      inviter: Role;
      leader: Role;
      noteTaker: Role;
      noteKind: string;
      version: number;
    };
    const { inviter, leader, noteTaker } = current;
    const role = (r: Role) => ({ userId: r.user?.id ?? null, name: r.user ? null : r.name });
    const changed = await page.request.put(`/api/meetings/${meetingId}/plan`, {
      headers: await csrfHeaders(page.request),
      data: {
        purpose: current.purpose,
        agenda: current.agenda,
        startsAt: current.startsAt,
        endsAt: current.endsAt,
        place: 'Skolens mødelokale',
        neutralVenue: false,
        initiator: current.initiator,
        inviter: role(inviter),
        leader: role(leader),
        noteTaker: role(noteTaker),
        noteKind: current.noteKind,
        coordinatorId: null,
        version: current.version,
      },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    const newVersion = ((await changed.json()) as { version: number }).version;

    await form.getByLabel('Mødested', { exact: true }).fill('Hallen');
    await form.getByRole('button', { name: 'Gem planen' }).click();
    const conflict = page.getByTestId('meeting-conflict');
    await expect(conflict).toContainText('Mødet er ændret af en anden');
    await expect(conflict).toContainText(`version ${newVersion}`);
    await expect(page.getByTestId('meeting-plan')).toContainText('Skolens mødelokale');
    await expectNoA11yViolations({ label: 'meeting page after a conflict' });

    await page.getByRole('button', { name: 'Aflys mødet …' }).click();
    await page.getByRole('button', { name: 'Aflys mødet', exact: true }).click();
    await expect(page.getByText('Skriv hvorfor mødet aflyses')).toBeVisible();
    await page.getByLabel('Hvorfor aflyses mødet?').fill('Familien har bedt om at flytte mødet');
    await page.getByRole('button', { name: 'Aflys mødet', exact: true }).click();
    await expect(page.getByText('Mødet er aflyst: Familien har bedt om at flytte mødet')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ret planen' })).toHaveCount(0);
  });
});
