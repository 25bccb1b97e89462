// Signing in and out as each demo role; wrong credentials at the field; a reload keeps the session;
// a members-only link opened signed out offers to sign in and comes back to it (never off-site).
import { expect, test, type Page } from '@playwright/test';

import { ACCOUNTS, PASSWORD, createPathway, regionId, signIn, unique, type Account } from './support';

/** Fills in and sends the sign-in form the page is on. */
async function signInHere(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Sähköposti').fill(ACCOUNTS[account]);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
}

test('a wrong password is told at the password field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Sähköposti').fill(ACCOUNTS.memberOulu);
  await page.getByLabel('Salasana').fill('not-the-password');
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  const password = page.getByLabel('Salasana');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Sähköpostiosoite tai salasana on väärin.');
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toHaveCount(0);
});

const homes: Record<Account, { region: string; role: string }> = {
  admin: { region: 'Kaakkois-Suomi', role: '' },
  coordinatorOulu: { region: 'Pohjois-Pohjanmaa', role: 'Koordinaattori' },
  memberOulu: { region: 'Pohjois-Pohjanmaa', role: 'Jäsen' },
  coordinatorUusimaa: { region: 'Uusimaa', role: 'Koordinaattori' },
  memberUusimaa: { region: 'Uusimaa', role: 'Jäsen' },
};

for (const [account, home] of Object.entries(homes) as [Account, { region: string; role: string }][]) {
  test(`${account} signs in, sees their regions on the home page, and signs out`, async ({ page }) => {
    await signIn(page, account);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tervetuloa');
    const regions = page.locator(account === 'admin' ? 'section[aria-labelledby="all-regions"]' : 'section[aria-labelledby="my-regions"]');
    const card = regions.locator('.card').filter({ hasText: home.region });
    await expect(card.first()).toBeVisible();
    if (home.role) await expect(card.first()).toContainText(home.role);
    await expect(page.getByRole('link', { name: 'Avaa uusi alue' }).first()).toHaveCount(account === 'admin' ? 1 : 0);
    for (const slot of ['myEvents', 'recentChanges', 'reviewDue', 'myFeedback']) {
      await expect(page.locator(`[data-slot="${slot}"]`).getByRole('heading', { level: 2 })).toBeVisible();
    }
    if (account === 'memberOulu') {
      // The demo's everyday work: an info session they registered for, the feedback they sent,
      // and what was published in their region.
      await expect(page.locator('[data-slot="myEvents"]')).toContainText('Turvasuunnitelma-infotilaisuus');
      await expect(page.locator('[data-slot="myFeedback"]')).toContainText('päivystysnumero');
      await expect(page.locator('[data-slot="recentChanges"] li').first()).toContainText('julkaistu');
    }
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(page.locator('.site-header').getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="my-regions"]')).toHaveCount(0);
  });
}

test('a reload keeps the session through the refresh token, and the access token stays in memory', async ({ page }) => {
  await signIn(page, 'memberOulu');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tervetuloa');
  const stored = await page.evaluate(() => {
    const entries = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key): [string, string] => [key, storage.getItem(key) ?? '']);
    return { local: entries(localStorage), session: entries(sessionStorage) };
  });
  expect(stored.session.map(([key]) => key)).toEqual(['verkosto.refresh']);
  const values = [...stored.local, ...stored.session].map(([, value]) => value);
  // An access token is a JWT (three dot-separated parts); none is stored.
  expect(values.filter((v) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v))).toEqual([]);
});

test('a members-only pathway opened signed out offers to sign in, and signing in comes back to it', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Jäsenten polku');
  const id = await createPathway('coordinatorOulu', oulu, { title }, true);
  await page.goto(`/pathways/${id}?from=mail#steps`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
  await page.getByRole('link', { name: 'Kirjaudu nähdäksesi tämän sivun' }).click();
  await expect(page).toHaveURL(/\/sign-in\?return=/);
  await signInHere(page, 'memberOulu');
  await expect(page).toHaveURL(new RegExp(`/pathways/${id}\\?from=mail#steps$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test("a region's feedback queue opened signed out comes back after signing in as its coordinator", async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  await page.goto(`/regions/${oulu}/feedback`);
  await page.getByRole('link', { name: 'Kirjaudu nähdäksesi tämän sivun' }).click();
  await signInHere(page, 'coordinatorOulu');
  await expect(page).toHaveURL(new RegExp(`/regions/${oulu}/feedback$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Palautteet' })).toBeVisible();
});

test('a signed-in reader of a missing page is not offered to sign in', async ({ page }) => {
  await signIn(page, 'memberOulu');
  await page.goto('/pathways/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kirjaudu nähdäksesi tämän sivun' })).toHaveCount(0);
});

test('sign-in returns only to a page of this site, never to another', async ({ page, baseURL }) => {
  for (const target of ['https://example.org/', '//example.org/x', '/\\example.org', 'javascript:alert(1)']) {
    await page.goto(`/sign-in?return=${encodeURIComponent(target)}`);
    await signInHere(page, 'memberOulu');
    await expect(page).toHaveURL(`${baseURL ?? ''}/`);
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(page.locator('.site-header').getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
  }
});
