// What the journeys share: signing in as a demo account, the accessibility check, screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'verkosto-demo';
export const SCREENSHOTS = resolve(process.env.VERKOSTO_SCREENSHOTS ?? 'test-results/screenshots');

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/sähköposti/i).fill(email);
  await page.getByLabel(/salasana/i).fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Tervetuloa/ })).toBeVisible();
}

/** Asserts axe-core finds no serious or critical WCAG 2.1 A/AA violations on the page as it is. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(`axe ${name}: ${results.violations.length} violations, ${serious.length} serious or critical`);
  expect(summary, `axe on ${name}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}
