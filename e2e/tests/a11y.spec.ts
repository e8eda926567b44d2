import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { caseRows } from '../support/cases';

/**
 * The caseworker's pages without a journey of their own, scanned with axe (WCAG 2.0/2.1 A + AA).
 * The journeys (cases, login, admin, case access) scan the pages and states they visit.
 */
const PAGES: { path: string; label: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/start',
    label: 'start page',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    path: '/sager',
    label: 'case list',
    ready: async (page) => {
      await expect.poll(() => caseRows(page).count()).toBeGreaterThan(0);
    },
  },
  {
    path: '/denne-side-findes-ikke',
    label: 'not found',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
];

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  for (const { path, label, ready } of PAGES) {
    test(`${label} (${path}) has no violations`, async ({ page, expectNoA11yViolations }) => {
      await page.goto(path);
      await ready(page);
      await expectNoA11yViolations({ label });
    });
  }
});
