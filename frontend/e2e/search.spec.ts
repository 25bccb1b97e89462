// Search as you type, facets with counts, highlighted snippets rendered safely, and a
// keyboard-only journey from search to a pathway step's service.
import { expect, test } from '@playwright/test';

import { createPathway, regionId, searchCaughtUp, signIn, unique } from './support';

test('search as you type shows highlighted snippets, and a facet with its count filters the results', async ({ page }) => {
  await signIn(page, 'memberOulu');
  await page.goto('/search');
  await page.getByLabel('Hae hoitopolkuja, palveluja ja organisaatioita').pressSequentially('hoitop', { delay: 40 });
  await expect(page.locator('.result').first()).toBeVisible();
  await expect(page).toHaveURL(/q=hoitop/);
  await expect(page.locator('.result .snippet mark').first()).toBeVisible();

  const facet = page.locator('fieldset.facet').filter({ hasText: 'Tyyppi' }).locator('label').filter({ hasText: 'Hoitopolku' });
  const count = Number((await facet.innerText()).match(/\((\d+)\)/)?.[1]);
  expect(count).toBeGreaterThan(0);
  await facet.click();
  await expect(page).toHaveURL(/type=PATHWAY/);
  await expect(page.getByRole('status').filter({ hasText: 'tulos' })).toHaveText(count === 1 ? '1 tulos' : `${count} tulosta`);
  const badges = page.locator('.result > .badge');
  await expect(badges).toHaveCount(Math.min(count, 30));
  for (const text of await badges.allInnerTexts()) expect(text).toBe('Hoitopolku');
});

test('a snippet holding markup is shown as text and never runs', async ({ page }) => {
  const word = unique('merkintä').replace(/-/g, '');
  const oulu = await regionId('pohjois-pohjanmaa');
  await createPathway('coordinatorOulu', oulu, {
    title: `Testi ${word}`,
    summary: `${word} <img src=x onerror="window.__pwned=1"> <b>lihavoitu</b>`,
  });
  await searchCaughtUp();
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/search?q=${word}`);
  const snippet = page.locator('.result .snippet').first();
  await expect(snippet).toContainText('<img src=x');
  await expect(snippet.locator('mark').first()).toBeVisible();
  await expect(page.locator('.results img, .results b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('keyboard only: from the search field to a pathway, and on to a step’s service', async ({ page }) => {
  await page.goto('/');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', href: el?.getAttribute('href') ?? '', text: (el?.textContent ?? '').trim(), parent: el?.parentElement?.className ?? '' };
  });
  // Tab to the "Haku" link in the header.
  for (let i = 0; i < 20 && (await focused()).text !== 'Haku'; i++) await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Haku');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Haku' })).toBeVisible();
  for (let i = 0; i < 10 && (await focused()).tag !== 'INPUT'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('vapautuvan hoitopolku', { delay: 30 });
  await expect(page.locator('.result').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 20 && !(await focused()).href.startsWith('/pathways/'); i++) await page.keyboard.press('ArrowDown');
  expect((await focused()).href).toMatch(/^\/pathways\//);
  await page.keyboard.press('Enter');
  await expect(page.locator('.flow__step').first()).toBeVisible();
  for (let i = 0; i < 60 && (await focused()).parent !== 'flow__service'; i++) await page.keyboard.press('Tab');
  const service = await focused();
  expect(service.href).toMatch(/^\/services\//);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(service.href));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(service.text);
});

test('a ticked region and organisation kind keep their names when a query finds nothing', async ({ page }) => {
  await signIn(page, 'memberOulu');
  await page.goto('/search?q=v%C3%A4kivalta');
  const facet = (legend: string) => page.locator('fieldset.facet').filter({ has: page.locator('legend', { hasText: legend }) });
  const region = facet('Alue').locator('label').first();
  await expect(region).toBeVisible();
  const regionName = (await region.innerText()).replace(/\s*\([\d\s]+\)$/, '');
  await region.click();
  await expect(page).toHaveURL(/region=/);
  const kind = facet('Organisaatiotyyppi').locator('label').first();
  await expect(kind).toBeVisible();
  const kindName = (await kind.innerText()).replace(/\s*\([\d\s]+\)$/, '');
  await kind.click();
  await expect(page).toHaveURL(/kind=/);

  await page.getByLabel('Hae hoitopolkuja, palveluja ja organisaatioita').fill('zzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'tulos' })).toHaveText('0 tulosta');
  await expect(facet('Alue').locator('label')).toHaveText([`${regionName} (0)`]);
  await expect(facet('Organisaatiotyyppi').locator('label')).toHaveText([`${kindName} (0)`]);
  await expect(facet('Alue').getByRole('checkbox', { name: regionName })).toBeChecked();
  await expect(facet('Organisaatiotyyppi').getByRole('checkbox', { name: kindName })).toBeChecked();
  // Neither the region's id nor the kind's API value shows.
  await expect(page.locator('.facets')).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-|[A-Z]{3,}_[A-Z]{3,}/);
});

test('"Show more" adds the next page of hits, each once, and the arrow keys go through them all', async ({ page }) => {
  await signIn(page, 'memberOulu');
  await page.goto('/search?q=v%C3%A4kivalta');
  const status = page.getByRole('status').filter({ hasText: 'tulos' });
  await expect(status).toHaveText(/^\d+ tulosta$/);
  const total = Number((await status.innerText()).replace(/\D/g, ''));
  expect(total, 'the demo finds more than one page of hits for "väkivalta"').toBeGreaterThan(30);
  const links = page.locator('#search-results > li > a');
  await expect(links).toHaveCount(30);

  const more = page.getByRole('button', { name: 'Näytä lisää: Tulokset' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(Math.min(total, 60));
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  // The first new hit takes the focus; the arrow keys move on through the new hits and back up.
  await expect(links.nth(30)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(29)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(31)).toBeFocused();

  // Until every hit is shown, then the button goes.
  while (await more.isVisible()) {
    const shown = await links.count();
    await more.click();
    await expect(links).not.toHaveCount(shown);
  }
  await expect(links).toHaveCount(total);
  const all = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(all).size).toBe(total);
});
