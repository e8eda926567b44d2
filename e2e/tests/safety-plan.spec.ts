import { expect, test } from '../support/fixtures';
import { registerCaseInAssessment } from '../support/network-map-steps';
import { copenhagenDate } from '../support/scaling-steps';
import {
  activateSafetyPlan,
  buildSafetyPlan,
  networkChoice,
  openPrintablePlan,
  ruleFieldsets,
  setUpSafetyPlanNetwork,
  startSafetyPlan,
} from '../support/safety-plan-steps';

/** A4 portrait at 96 dpi: 210 mm. */
const A4_WIDTH_PX = Math.floor((210 / 25.4) * 96);

test('a safety plan: three rules, two network people, the blocked person refused, put in force and printed on A4', async ({
  page,
  request,
  expectNoA11yViolations,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const kase = await registerCaseInAssessment(page, 'Sofie', 'Sikkerhed');
  const network = await setUpSafetyPlanNetwork(request, kase.id, stamp);
  const [grethe, jens] = network.allowed as [string, string];

  await startSafetyPlan(page, kase.id);
  // The person with do-not-contact cannot be chosen, and the reason stands next to them.
  await page.getByRole('button', { name: 'Tilføj regel' }).click();
  const blockedInRule = ruleFieldsets(page).first().getByRole('checkbox', { name: new RegExp(`^${network.blocked} \\(`) });
  await expect(blockedInRule).toBeDisabled();
  await expect(networkChoice(page, network.blocked)).toBeDisabled();
  await expect(page.getByText(`Kan ikke vælges: ${network.blockedReason}`).first()).toBeVisible();
  await page.getByRole('button', { name: 'Fjern regel 1' }).click();
  await expectNoA11yViolations({ label: 'safety plan editor' });

  const today = copenhagenDate();
  await buildSafetyPlan(page, {
    pairNumber: network.pairNumber,
    rules: [
      { text: 'Mor drikker ikke, når hun passer Sofie', responsible: [grethe], monitoredBy: 'Mormor ringer hver aften kl. 19', warningSigns: 'Mor tager ikke telefonen', ifBroken: 'Mormor henter Sofie' },
      { text: 'Sofie sover hos mormor fredag', responsible: [grethe, jens], monitoredBy: 'Naboen', ifBroken: 'Naboen ringer til mormor' },
      { text: 'Der er altid mad i køleskabet', responsible: [jens], monitoredBy: 'Naboen kigger ind om lørdagen', ifBroken: 'Naboen ringer til rådgiveren' },
    ],
    network: [grethe, jens],
    startsOn: today,
    reviewOn: copenhagenDate(-14),
  });
  await expect(ruleFieldsets(page)).toHaveCount(3);
  await activateSafetyPlan(page);
  await expectNoA11yViolations({ label: 'safety plan editor, in force' });

  await openPrintablePlan(page);
  await expect(page.getByTestId('print-rule')).toHaveCount(3);
  const safetyNetwork = page.getByRole('region', { name: 'Sikkerhedsnetværket' });
  await expect(safetyNetwork.getByRole('listitem')).toHaveText([`${grethe} (mormor)`, `${jens} (nabo)`]);
  await expect(page.getByText(network.blocked)).toHaveCount(0);
  await expectNoA11yViolations({ label: 'safety plan print view' });

  await page.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    plan: document.querySelector('.safety-plan-print')!.getBoundingClientRect().width,
  }));
  expect(widths.document).toBeLessThanOrEqual(A4_WIDTH_PX);
  expect(widths.plan).toBeLessThanOrEqual(A4_WIDTH_PX);

  // The case page shows the plan in force.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/sager/${kase.id}`);
  const section = page.getByTestId('safety-plan-section');
  await expect(section.getByRole('heading', { level: 2, name: 'Sikkerhedsplan' })).toBeVisible();
  await expect(section.getByText('I kraft')).toBeVisible();
  await expect(section.getByText('3 regler, 2 i sikkerhedsnetværket')).toBeVisible();
});
