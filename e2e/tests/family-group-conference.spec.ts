import { expect, test } from '../support/fixtures';
import { conferenceUrl, expectSaved, goToPhase, phasePanel, planConference, writeQuestions } from '../support/conference-steps';
import { inviteFromMap } from '../support/meeting-planning-steps';
import { runUrl, startMeeting } from '../support/meeting-run-steps';
import { COORDINATOR, meetingUrl, setUpMeetingCase } from '../support/meeting-steps';
import { logInAs, watchConsole } from '../support/network-map-steps';

const QUESTIONS = ['Hvordan sikrer I, at Emil kommer i skole hver dag?', 'Hvem kan Emil ringe til, når det er svært derhjemme?'];

test('a coordinator runs a family group conference to a plan the caseworker approves', async ({ page, browser, baseURL, expectNoA11yViolations }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const kase = await setUpMeetingCase(page, 'Emil', stamp);
  const meetingId = await planConference(page, kase);

  // The caseworker formulates the questions with the coordinator.
  await page.goto(conferenceUrl(meetingId));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Familierådslagning for Emil');
  await writeQuestions(page, QUESTIONS);
  await expect(page.getByText(`Samordner: ${COORDINATOR.name}`)).toBeVisible();

  // The coordinator lands on his conferences.
  const coordinator = await logInAs(browser, baseURL as string, COORDINATOR.email);
  const console = watchConsole(coordinator, [/status of 404/]);
  await expect(coordinator).toHaveURL(/\/moeder$/);
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Mine familierådslagninger');
  await expect(coordinator.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link')).toHaveText(['Møder']);
  const row = coordinator.getByTestId('my-meetings').getByRole('row').filter({ hasText: kase.caseNumber });
  await expect(row).toContainText(`Emil, sag ${kase.caseNumber}`);
  await expect(row.getByRole('link', { name: `Emil, sag ${kase.caseNumber}`, exact: true })).toHaveCount(0);
  await expectNoA11yViolations({ page: coordinator, label: 'Mine familierådslagninger' });
  await row.getByRole('link', { name: `Rådslagningen: Emil, sag ${kase.caseNumber}` }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Familierådslagning for Emil');
  await expect(coordinator.getByTestId('conference-questions').getByRole('textbox')).toHaveCount(2);

  // He invites the family from the map and the caseworker as information giver.
  const [grethe, poul] = kase.invitable as [string, string];
  await coordinator.goto(meetingUrl(meetingId));
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Familierådslagning om Emil');
  await inviteFromMap(coordinator, [kase.childName, kase.mother, grethe, poul, 'Sofie Lund']);
  await coordinator.goto(conferenceUrl(meetingId));
  const informants = coordinator.getByTestId('conference-informants');
  await informants.getByLabel('Sofie Lund er informatør').check();
  await informants.getByLabel('Det Sofie Lund skal fortælle familien').fill('Hvad undersøgelsen viste, og hvad kommunen er bekymret for.');
  await informants.getByRole('button', { name: 'Gem for Sofie Lund' }).click();
  await expect(informants.getByText('Informatøren er gemt.')).toBeVisible();
  await expectNoA11yViolations({ page: coordinator, label: 'conference (coordinator)' });

  // The meeting: the information part, private family time (professionals leave), the family's plan.
  await coordinator.getByRole('link', { name: 'Mødeskærmen' }).click();
  await expect(coordinator).toHaveURL(runUrl(meetingId));
  await startMeeting(coordinator);
  await goToPhase(coordinator, 'Velkomst og formål');
  await goToPhase(coordinator, 'Informationsdel');
  const information = phasePanel(coordinator).getByTestId('panel-information');
  await expect(information).toContainText('Sofie Lund');
  await expect(information).toContainText('Hvad undersøgelsen viste, og hvad kommunen er bekymret for.');
  await goToPhase(coordinator, 'Familiens egen tid');
  const privateTime = phasePanel(coordinator).getByTestId('panel-private-time');
  await expect(privateTime.getByTestId('private-time-notice')).toContainText('forlader samordneren og alle fagpersoner lokalet');
  await privateTime.getByRole('button', { name: 'Start familiens egen tid' }).click();
  await expect(privateTime.getByTestId('private-time-status')).toContainText('Familiens egen tid er i gang siden');
  await privateTime.getByRole('button', { name: 'Afslut familiens egen tid' }).click();
  await expect(privateTime.getByTestId('private-time-status')).toContainText('Familiens egen tid er holdt');
  await expectNoA11yViolations({ page: coordinator, label: 'meeting screen (private family time)' });
  await goToPhase(coordinator, 'Familiens plan');
  const familyPlan = phasePanel(coordinator).getByTestId('panel-plan');
  await familyPlan.getByLabel('Familiens plan', { exact: true }).fill('Mormor Grethe kører Emil i skole mandag til onsdag, morfar Poul torsdag og fredag.');
  await familyPlan.getByLabel(`Svar på: ${QUESTIONS[0]}`).fill('Mormor og morfar kører ham.');
  await familyPlan.getByLabel(`Svar på: ${QUESTIONS[1]}`).fill('Han kan altid ringe til mormor.');
  await expectSaved(coordinator);
  for (const phase of ['Aftaler', 'Skalering', 'Næste møde']) await goToPhase(coordinator, phase);
  await coordinator.getByRole('button', { name: 'Afslut mødet' }).click();
  await expect(coordinator.getByRole('link', { name: 'Se referatet' })).toBeVisible();
  await expect(coordinator.getByText(/· Afholdt$/)).toBeVisible();
  await expectNoA11yViolations({ page: coordinator, label: 'meeting screen (held)' });

  await coordinator.goto(conferenceUrl(meetingId));
  await expect(coordinator.getByTestId('conference-private-time').getByTestId('private-time-status')).toContainText('Familiens egen tid er holdt');
  const plan = coordinator.getByTestId('conference-plan');
  await expect(plan).toContainText('Mormor Grethe kører Emil i skole');
  await expect(plan).toContainText('Han kan altid ringe til mormor.');
  await expect(coordinator.getByTestId('conference-approval').getByRole('radio')).toHaveCount(0);

  // He cannot open the case.
  await coordinator.goto(`/sager/${kase.id}`);
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(/ingen adgang|findes ikke/i);

  // The caseworker approves the plan; everyone sees it.
  await page.goto(conferenceUrl(meetingId));
  const approval = page.getByTestId('conference-approval');
  await approval.getByRole('button', { name: 'Gem beslutningen' }).click();
  await expect(approval.getByText('Vælg en beslutning')).toBeVisible();
  await approval.getByLabel('Godkend planen', { exact: true }).check();
  await approval.getByRole('button', { name: 'Gem beslutningen' }).click();
  await expect(approval.getByTestId('approval-status')).toContainText('Godkendt');
  await expect(approval.getByTestId('approval-status')).toContainText('Sofie Lund');
  await expectNoA11yViolations({ label: 'conference (caseworker, approved)' });

  await coordinator.goto(conferenceUrl(meetingId));
  await expect(coordinator.getByTestId('approval-status')).toContainText('Godkendt');
  console.check();
  await coordinator.context().close();

  // "Mine møder" for the caseworker, with the link to the case.
  await page.goto('/moeder');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine møder');
  await page.getByLabel('Vis også afholdte og aflyste').check();
  await expect(page.getByTestId('my-meetings').getByRole('link', { name: `Emil, sag ${kase.caseNumber}`, exact: true })).toBeVisible();
  await expectNoA11yViolations({ label: 'Mine møder' });
});
