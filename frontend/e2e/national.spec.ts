// National base pathways: everyone reads the list; an admin writes one whose steps name
// organisations of any region, publishes it, and triages the feedback it gets.
import { expect, test } from '@playwright/test';

import { expectAccessible, signIn, unique } from './support';

test('an admin writes and publishes a national pathway across regions, and triages its feedback', async ({ page, browser }) => {
  const title = unique('Kansallinen polku');
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kansalliset hoitopolut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kansalliset hoitopolut' })).toBeVisible();
  await expectAccessible(page, 'national-as-admin');
  await page.getByRole('link', { name: 'Uusi kansallinen hoitopolku' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi hoitopolku' })).toBeVisible();

  await page.getByLabel('Otsikko').fill(title);
  await page.getByLabel('Tiivistelmä').fill('Valtakunnallinen pohja selaintestistä.');
  await page.getByRole('button', { name: 'Lisää vaihe' }).click();
  await page.getByRole('button', { name: 'Lisää vaihe' }).click();
  // A national pathway's steps may name organisations of different regions.
  const first = page.getByRole('group', { name: 'Vaihe 1' });
  await first.getByLabel('Mitä tapahtuu').fill('Arvio oikeuspsykiatriassa');
  await first.getByLabel('Vastuussa').selectOption({ label: 'OYS oikeuspsykiatria' });
  const second = page.getByRole('group', { name: 'Vaihe 2' });
  await second.getByLabel('Mitä tapahtuu').fill('Jatkohoito');
  await second.getByLabel('Vastuussa').selectOption({ label: 'HUS Psykiatria' });
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByText('Luonnos tallennettu.')).toBeVisible();
  await page.getByRole('button', { name: 'Julkaise' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.meta .badge').first()).toHaveText('Julkaistu');
  await expect(page.locator('.flow__step')).toHaveCount(2);
  await expect(page.locator('.flow__step').nth(1)).toContainText('HUS Psykiatria');
  const pathwayUrl = page.url();

  await page.locator('.breadcrumb').getByRole('link', { name: 'Kansalliset hoitopolut' }).click();
  await expect(page.locator('section[aria-labelledby="national-pathways"]').getByRole('link', { name: title })).toBeVisible();

  // A member in Oulu reads it and sends urgent feedback.
  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(new URL(pathwayUrl).pathname);
  const feedback = member.locator('[data-slot="feedback"]');
  const message = unique('Kansallisen polun vaihe 2 puuttuu Lapista');
  await expect(feedback.getByLabel('Palautteesi')).toHaveAccessibleDescription(/Palaute menee Verkoston ylläpitäjille\.$/);
  await feedback.getByLabel('Palautteesi').fill(message);
  await feedback.getByLabel('Kiireellinen').check();
  await feedback.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(feedback.getByRole('status')).toContainText('Kiitos');
  await member.context().close();

  // The admin's home counts it under the national pathways and leads to their queue.
  await page.goto('/');
  const tasks = page.locator('[data-slot="tasks"]');
  await expect(tasks.getByRole('heading', { level: 3, name: 'Kansalliset hoitopolut' })).toBeVisible();
  await expect(tasks.locator('.badge--warn')).toContainText('kiireellinen');
  await tasks.getByRole('link', { name: /^\d+ (uusi palaute|uutta palautetta)$/ }).click();
  await expect(page).toHaveURL('/national/feedback');
  await expect(page.getByRole('heading', { level: 1, name: 'Palautteet' })).toBeVisible();
  const item = page.locator('ol.feedback-queue > li').filter({ hasText: message });
  await expect(item).toBeVisible();
  await expect(item).toContainText(title);
  await expectAccessible(page, 'national-feedback-with-item');
});

test('a member reads the national pathways but gets no admin actions, and no national queue', async ({ page }) => {
  await signIn(page, 'memberOulu');
  await page.goto('/national');
  await expect(page.getByRole('heading', { level: 1, name: 'Kansalliset hoitopolut' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="national-pathways"] .card').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Uusi kansallinen hoitopolku' })).toHaveCount(0);
  await page.goto('/national/feedback');
  await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
});
