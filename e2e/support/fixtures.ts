import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeOptions {
  /** CSS selectors to leave out of the scan (use sparingly and say why). */
  exclude?: string[];
  /** Name for the report attachment, e.g. 'case list (en)'. */
  label?: string;
  /** Another user's page (a second browser context) to scan instead of the test's own. */
  page?: Page;
}

interface Fixtures {
  /** Console messages (regexps) that a test declares as expected; anything else fails the test. */
  allowedConsoleErrors: RegExp[];
  /** Auto fixture: fails the test on any console error or uncaught page error. */
  consoleGuard: void;
  /** Scans the current page with axe (WCAG 2.0/2.1 A and AA) and fails on any violation. */
  expectNoA11yViolations: (options?: AxeOptions) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const { url, lineNumber } = message.location();
        problems.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        problems.push(`page error: ${error.name}: ${error.message}`);
      });
      await use();
      expect(problems, `the page logged ${problems.length} error(s):\n${problems.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],

  expectNoA11yViolations: async ({ page }, use, testInfo) => {
    await use(async (options = {}) => {
      const scanned = options.page ?? page;
      let builder = new AxeBuilder({ page: scanned }).withTags(WCAG_TAGS);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const results = await builder.analyze();
      const label = options.label ?? new URL(scanned.url()).pathname;
      await testInfo.attach(`axe: ${label}`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
      const lines = results.violations.flatMap((v) => [
        `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes
          .slice(0, 5)
          .map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
        ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more element(s)`] : []),
      ]);
      expect(
        lines,
        `${results.violations.length} accessibility violation(s) on ${label} (${scanned.url()}):\n${lines.join('\n')}`,
      ).toEqual([]);
    });
  },
});

/**
 * Everything the user could read or a script could scrape: the rendered text plus every text node
 * (hidden ones too), one per line so that neighbouring cells never run together.
 */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
    return parts.join('\n');
  });
}

/**
 * A full CPR number (DDMMYY-SSSS with real digits, with or without the dash) standing on its own:
 * not part of a longer run of letters and digits such as a UUID segment.
 */
export const FULL_CPR = /(?<![\dA-Za-z])\d{6}-?\d{4}(?![\dA-Za-z])/;
/** The masked form the list shows. */
export const MASKED_CPR = /(?<!\d)\d{6}-XXXX/;
