import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, MASKED_CPR } from './fixtures';

export interface ApiCase {
  caseNumber: string;
  phase: string;
  child: { firstName: string; lastName: string; cprMasked: string };
}

/** Rows of the case table that show a case (header and empty-state rows have no masked CPR). */
export function caseRows(page: Page): Locator {
  return page.getByRole('table').getByRole('row').filter({ hasText: MASKED_CPR });
}

/** The list as the API answers it: the source of truth the UI must agree with. */
export async function apiCases(request: APIRequestContext, query: Record<string, string> = {}): Promise<ApiCase[]> {
  const params = new URLSearchParams({ limit: '100', ...query });
  const res = await request.get(`/api/cases?${params}`);
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { items: ApiCase[]; nextCursor: string | null };
  return body.items;
}

export async function openCaseList(page: Page): Promise<void> {
  await page.goto('/sager');
  await expect(page.getByRole('table')).toBeVisible();
  await expect.poll(() => caseRows(page).count(), { message: 'seeded cases in the table' }).toBeGreaterThan(0);
}

/** The case numbers shown in the table, in order. */
export async function shownCaseNumbers(page: Page, all: string[]): Promise<string[]> {
  const texts = await caseRows(page).allInnerTexts();
  return texts.map((t) => all.find((n) => t.includes(n)) ?? `?? ${t.replace(/\s+/g, ' ')}`);
}
