// Signing in and out as each demo role; wrong credentials at the field, and the wait after five of
// them; a reload and every tab keep
// the session (and signing out in one tab signs out all);
// a members-only link opened signed out offers to sign in and comes back to it (never off-site).
import { expect, test, type Page, type Request } from '@playwright/test';

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

test('after five wrong passwords the address has to wait, told at the password field', async ({ page }) => {
  // An address of its own: a pause on a demo account would hold up the other journeys.
  const email = `${unique('arvaaja')}@example.org`;
  await page.goto('/sign-in');
  await page.getByLabel('Sähköposti').fill(email);
  const password = page.getByLabel('Salasana');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await password.fill(`arvaus-numero-${attempt}`);
    const answered = page.waitForResponse((response) => response.url().endsWith('/graphql'));
    await page.getByRole('button', { name: 'Kirjaudu' }).click();
    await answered;
    await expect(password).toHaveAccessibleDescription('Sähköpostiosoite tai salasana on väärin.');
  }
  await password.fill('arvaus-numero-6');
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(password).toHaveAccessibleDescription('Tälle osoitteelle on annettu liian monta väärää salasanaa: yritä uudelleen 1 min kuluttua');
  await expect(page.getByRole('link', { name: 'Unohditko salasanasi?' })).toBeVisible();
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

test('a reload keeps the session through the refresh cookie, which no script can read', async ({ page, context }) => {
  await signIn(page, 'memberOulu');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tervetuloa');
  const [cookie, ...others] = await context.cookies();
  expect(others).toEqual([]);
  expect(cookie).toMatchObject({ name: 'verkosto_refresh', httpOnly: true, sameSite: 'Strict', path: '/graphql', expires: -1 });
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const stored = await page.evaluate(() => {
    const values = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '') ?? '');
    return [...values(localStorage), ...values(sessionStorage)];
  });
  // Neither token is kept where a script could read it: not the refresh token, not an access
  // token (a JWT, three dot-separated parts).
  expect(stored).not.toContain(cookie.value);
  expect(stored.filter((v) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v))).toEqual([]);
});

test('a new tab is signed in too, and signing out in one tab signs out the other', async ({ page, context }) => {
  await signIn(page, 'memberOulu');
  const other = await context.newPage();
  await other.goto('/account');
  await expect(other.locator('main')).toContainText(ACCOUNTS.memberOulu);
  await expect(other.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.locator('.site-header').getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
  await expect(other.locator('.site-header').getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
  await expect(other.locator('main')).not.toContainText(ACCOUNTS.memberOulu);
  // Signed out for good: a tab opened now is signed out as well.
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.locator('.site-header').getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
});

test('tabs opened at once on a slow network share the session without ending it', async ({ page, context }) => {
  await signIn(page, 'memberOulu');
  // Each new tab trades the shared cookie for an access token. On a slow connection (Chromium's
  // own throttling: 400 ms to each answer) a tab that did not wait for the others would spend a
  // token already spent, which ends the session everywhere (the server takes a reused token for
  // a stolen one).
  const tabs = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  const slow = await Promise.all(tabs.map((tab) => context.newCDPSession(tab)));
  const latency = (ms: number) =>
    Promise.all(slow.map((cdp) => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: ms, downloadThroughput: -1, uploadThroughput: -1 })));
  await latency(400);
  await Promise.all(tabs.map((tab) => tab.goto('/')));
  for (const tab of tabs) await expect(tab.locator('section[aria-labelledby="my-regions"]')).toContainText('Pohjois-Pohjanmaa');
  await latency(0);
  for (const tab of [...tabs, page]) {
    await tab.reload();
    await expect(tab.locator('section[aria-labelledby="my-regions"]')).toContainText('Pohjois-Pohjanmaa');
  }
});

test('a refresh that never reaches the server does not sign out', async ({ page, context }) => {
  await signIn(page, 'memberOulu');
  const isRefresh = (request: Request) => request.postData()?.includes('RefreshSession') ?? false;
  await context.route('**/graphql', (route) => (isRefresh(route.request()) ? route.abort('internetdisconnected') : route.fallback()));
  await Promise.all([page.waitForRequest(isRefresh), page.reload()]);
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  // The connection is back: the session is still there, no password asked.
  await context.unrouteAll();
  await page.reload();
  await expect(page.locator('section[aria-labelledby="my-regions"]')).toContainText('Pohjois-Pohjanmaa');
});

test('signing in as someone else in one tab switches the other tab to them', async ({ page, context }) => {
  await signIn(page, 'memberOulu');
  await page.goto('/account');
  await expect(page.locator('main')).toContainText(ACCOUNTS.memberOulu);
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await signIn(other, 'coordinatorUusimaa');
  await expect(page.locator('main')).toContainText(ACCOUNTS.coordinatorUusimaa);
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
