import { expect, test } from '../support/fixtures';
import { openCaseList } from '../support/cases';

test.describe('language', () => {
  test('switching to English and back is remembered after a reload', async ({ page, expectNoA11yViolations }) => {
    await openCaseList(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', /^da/);
    const danishHeading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

    await page
      .getByRole('button', { name: /english/i })
      .or(page.getByRole('link', { name: /english/i }))
      .first()
      .click();
    await expect(html).toHaveAttribute('lang', /^en/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(danishHeading);
    await page.reload();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(html).toHaveAttribute('lang', /^en/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(danishHeading);
    await expectNoA11yViolations({ label: 'case list (English)' });

    await page
      .getByRole('button', { name: /dansk/i })
      .or(page.getByRole('link', { name: /dansk/i }))
      .first()
      .click();
    await expect(html).toHaveAttribute('lang', /^da/);
    await page.reload();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(html).toHaveAttribute('lang', /^da/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(danishHeading);
  });
});
