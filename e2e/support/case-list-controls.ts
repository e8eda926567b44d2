import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The case list's search field (an <input type="search"> has the role searchbox). */
export function searchField(page: Page): Locator {
  return page.getByRole('searchbox');
}

/** Chooses a phase in the phase filter, whether it is a native <select> or a react-aria Select. */
export async function choosePhase(page: Page, option: RegExp): Promise<void> {
  const native = page.locator('select').filter({ has: page.getByRole('option', { name: option }) });
  if ((await native.count()) > 0 && (await native.first().isVisible())) {
    const label = await native
      .first()
      .locator('option')
      .evaluateAll((opts, source) => {
        const re = new RegExp(source.slice(1, source.lastIndexOf('/')), source.slice(source.lastIndexOf('/') + 1));
        return opts.map((o) => o.textContent?.trim() ?? '').find((t) => re.test(t));
      }, option.toString());
    expect(label, `an option matching ${option}`).toBeTruthy();
    await native.first().selectOption({ label: label! });
    return;
  }
  await page.getByRole('button', { name: /fase/i }).click();
  await page.getByRole('option', { name: option }).click();
}
