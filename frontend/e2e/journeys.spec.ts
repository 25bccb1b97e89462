// The journeys in the browser, as the people who have them, with axe on every page.
import { expect, test } from '@playwright/test';

import { expectAccessible, PASSWORD, screenshot, signIn } from './support';

test('a visitor searches as they type, narrows by a facet and reads a public pathway', async ({ page }) => {
  await page.goto('/');
  await expectAccessible(page, 'home (anonymous)');
  await page.getByRole('link', { name: 'Haku' }).first().click();
  await page.getByLabel(/Hae hoitopolkuja/).fill('vankilasta vapautuva');
  const results = page.locator('ol.results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('ol.results mark').first()).toBeVisible();
  const pathwayFacet = page.getByRole('button', { name: /Hoitopolku \(\d+\)/ });
  await pathwayFacet.click();
  await expect(pathwayFacet).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'search');
  await screenshot(page, 'search');
  await results.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vaiheet' })).toBeVisible();
  await expect(page.locator('.flow-step').first()).toBeVisible();
});

test('a member signs in, sees their region and events, reads a pathway with its history and sends feedback', async ({ page }) => {
  await signIn(page, 'jasen.oulu@example.org');
  const myRegions = page.locator('article', { has: page.getByRole('heading', { name: 'Omat alueeni' }) });
  await expect(myRegions.getByRole('link', { name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  await expect(page.getByText('Turvasuunnitelma-infotilaisuus ammattilaisille')).toBeVisible();
  await expectAccessible(page, 'home (member)');
  await screenshot(page, 'home-member');

  await myRegions.getByRole('link', { name: 'Pohjois-Pohjanmaa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Koordinaattorit' })).toBeVisible();
  await expect(page.getByText(/Verkostosta puuttuu vielä: Sosiaalipalvelut/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Vankila' })).toBeVisible();
  await expectAccessible(page, 'region');
  await screenshot(page, 'region');

  await page.getByRole('link', { name: /Oulun seudun hoitopolku vankilasta vapautuvalle/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Oulun seudun hoitopolku/ })).toBeVisible();
  const steps = page.locator('.flow-step');
  await expect(steps).toHaveCount(await steps.count());
  expect(await steps.count()).toBeGreaterThan(1);
  await expect(steps.first().getByText('Vastuussa')).toBeVisible();
  await page.getByLabel('Vanhempi').selectOption('1');
  await expect(page.locator('.diff ins, .diff del').first()).toBeVisible();
  await expectAccessible(page, 'pathway');
  await screenshot(page, 'pathway');

  await page.getByLabel(/Palautteesi/).fill('Vaiheen 2 yhteystieto on vanhentunut.');
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kiitos' })).toBeVisible();
  await page.getByLabel(/Palautteesi/).fill('Asiakas 131052-308T soitti');
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page.getByRole('alert')).toContainText(/henkilötunnus|identity/i);

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
});

test('a service page shows how to reach it and whether it is open now', async ({ page, request }) => {
  const answer = await request.post('/graphql', {
    data: { query: '{ services(first: 100) { nodes { id name hours { weekly { day } } } } }' },
  });
  const services = (await answer.json()).data.services.nodes as { id: string; name: string; hours: { weekly: unknown[] } | null }[];
  const withHours = services.find((s) => (s.hours?.weekly.length ?? 0) > 0);
  expect(withHours, 'the demo has a public service with weekly hours').toBeTruthy();
  await page.goto(`/services/${withHours?.id}`);
  await expect(page.getByRole('heading', { level: 1, name: withHours?.name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Yhteystiedot' })).toBeVisible();
  await expect(page.locator('.badge')).toHaveText(/Auki nyt|Suljettu nyt/);
  await expect(page.getByRole('table')).toContainText(/ma|ti|ke|to|pe/);
  await expectAccessible(page, 'service');
  await screenshot(page, 'service');
});

test('the language is switchable, remembered, and formats for the locale', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Kieli').selectOption('en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Search' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Regional networks' })).toBeVisible();
  await page.getByLabel('Language').selectOption('sv');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Sök' })).toBeVisible();
  await page.getByLabel('Språk').selectOption('fi');
});

test('an invited person accepts with a password and is signed in', async ({ page, request }) => {
  const login = await request.post('/graphql', {
    data: {
      query: 'mutation { login(email: "koordinaattori.oulu@example.org", password: "' + PASSWORD + '") { accessToken } }',
    },
  });
  const token = (await login.json()).data.login.accessToken as string;
  const regions = await request.post('/graphql', { data: { query: '{ regions(first: 100) { nodes { id slug } } }' } });
  const oulu = (await regions.json()).data.regions.nodes.find((r: { slug: string }) => r.slug === 'pohjois-pohjanmaa').id;
  const invited = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      query: 'mutation($r: ID!) { invitePerson(regionId: $r, input: { email: "uusi.jasen@example.org", name: "Uusi Jäsen" }) { link } }',
      variables: { r: oulu },
    },
  });
  const link = (await invited.json()).data.invitePerson.link as string;
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { level: 1, name: /Kutsu alueverkostoon Pohjois-Pohjanmaa/ })).toBeVisible();
  await expectAccessible(page, 'accept invitation');
  await page.getByLabel(/Valitse salasana/).fill('lyhyt');
  await page.getByRole('button', { name: 'Hyväksy kutsu' }).click();
  await expect(page.getByRole('alert')).toContainText('12');
  await page.getByLabel(/Valitse salasana/).fill('uuden jäsenen pitkä salasana');
  await page.getByRole('button', { name: 'Hyväksy kutsu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tervetuloa, Uusi Jäsen' })).toBeVisible();
});

test('keyboard only: from the search field to a pathway step’s service', async ({ page }) => {
  await page.goto('/search');
  await page.getByLabel(/Hae hoitopolkuja/).focus();
  await page.keyboard.type('Oulun seudun hoitopolku vankilasta');
  await expect(page.locator('ol.results a').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('ol.results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Vaiheet' })).toBeVisible();
  const serviceLink = page.locator('.flow-step dd a').first();
  for (let i = 0; i < 40 && !(await serviceLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(serviceLink).toBeFocused();
  const name = (await serviceLink.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
