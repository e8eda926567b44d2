import { expect, test } from '../support/fixtures';

test.describe('not found', () => {
  test('an unknown route shows the not-found page', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/denne-side-findes-ikke');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ikke fundet|findes ikke|404/i);
    await expect(page.getByRole('link', { name: /sager|forside/i }).first()).toBeVisible();
    await expectNoA11yViolations({ label: 'not found' });
  });
});
