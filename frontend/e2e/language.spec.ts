// Four languages, switchable and remembered; dates through Intl for the chosen locale. Signing in
// applies the person's preferred language from their profile, in any browser, over what the browser
// remembers; the header's switcher is this browser's choice and leaves the profile be. A new
// account takes the language its invitation was accepted in. (A profile without a language keeps
// the language in use: lib/start-session.test.ts, as the API gives every new account one.)
import { expect, test, type Page } from '@playwright/test';

import { signInThroughApi, viewerWith } from './accounts';
import { api, createPathway, newMember, regionId, signIn, unique, type Credentials } from './support';

test('the language is switchable, remembered across a reload, and formats dates for its locale', async ({ page }) => {
  const data = await api<{ pathways: { nodes: { id: string; reviewDue: string | null; isNational: boolean }[] } }>(
    '{ pathways(first: 50, national: true) { nodes { id reviewDue isNational } } }',
  );
  const pathway = data.pathways.nodes.find((p) => p.reviewDue);
  if (!pathway?.reviewDue) throw new Error('the demo has no national pathway with a review date');
  const [y = 0, m = 1, d = 1] = pathway.reviewDue.split('-').map(Number);

  await page.goto(`/pathways/${pathway.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByText(`tarkistettava ${d}.${m}.${y}`)).toBeVisible();

  const expected = {
    en: { heading: 'Steps', lang: 'en' },
    sv: { heading: 'Steg', lang: 'sv' },
    nb: { heading: 'Trinn', lang: 'nb' },
  } as const;
  const names = { en: 'English', sv: 'Svenska', nb: 'Norsk bokmål' } as const;
  for (const language of ['sv', 'nb', 'en'] as const) {
    await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption({ label: names[language] });
    await expect(page.locator('html')).toHaveAttribute('lang', expected[language].lang);
    await expect(page.getByRole('heading', { level: 2, name: expected[language].heading })).toBeVisible();
  }
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  await expect(page.getByText(`review due ${d} ${month} ${y}`)).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Suomi' });
  await expect(page.getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
});

test("the server's refusals come in the interface language, at the field", async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const id = await createPathway('coordinatorOulu', oulu, { title: unique('Kielitesti') }, true);
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  const feedback = page.locator('[data-slot="feedback"]');
  const send = async (button: string) => {
    await feedback.locator('textarea').fill('Asiakas 131052-308T soitti');
    await feedback.getByRole('button', { name: button }).click();
  };
  await send('Lähetä palaute');
  await expect(feedback.locator('.field__error')).toHaveText(/^Teksti näyttää sisältävän henkilötunnuksen/);

  await page.getByRole('combobox', { name: 'Kieli' }).selectOption({ label: 'Svenska' });
  await send('Skicka feedback');
  await expect(feedback.locator('.field__error')).toHaveText(/^Texten verkar innehålla en finsk personbeteckning \(henkilötunnus\)/);

  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await send('Send feedback');
  await expect(feedback.locator('.field__error')).toHaveText(
    /^The text contains what looks like a Finnish personal identity code \(henkilötunnus\)/,
  );
});

/** Signs in through the sign-in page, its labels in `language`, and waits to move on from it. */
async function signInWithLabels(page: Page, who: Credentials, language: 'fi' | 'sv'): Promise<void> {
  const labels = {
    fi: { email: 'Sähköposti', password: 'Salasana', submit: 'Kirjaudu' },
    sv: { email: 'E-post', password: 'Lösenord', submit: 'Logga in' },
  }[language];
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(who.email);
  await page.getByLabel(labels.password).fill(who.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function profileLanguage(who: Credentials): Promise<string | null> {
  const token = await signInThroughApi(who);
  if (!token) throw new Error(`${who.email} cannot sign in`);
  return (await viewerWith<{ language: string | null }>(token, 'language'))?.language ?? null;
}

test("signing in in another browser applies the profile's preferred language; the header's switcher leaves the profile be", async ({
  browser,
}) => {
  const member = await newMember(await regionId('pohjois-pohjanmaa'), 'Svenskspråkig Medlem');

  // On one computer they choose Svenska as their preferred language on their account page.
  const first = await browser.newContext();
  const page = await first.newPage();
  await signIn(page, member);
  await page.locator('.site-header').getByRole('link', { name: 'Svenskspråkig Medlem – Oma tili' }).click();
  await page.getByLabel('Ensisijainen kieli').selectOption({ label: 'Svenska' });
  await page.getByRole('button', { name: 'Tallenna profiili' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Din profil har sparats.' })).toBeVisible();
  expect(await profileLanguage(member)).toBe('SV');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Logga in' })).toBeVisible();
  await first.close();

  // On another computer, whose browser remembers Finnish, signing in switches to Swedish.
  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto('/sign-in');
  await other.evaluate(() => {
    localStorage.setItem('verkosto.language', 'fi');
  });
  await expect(other.locator('html')).toHaveAttribute('lang', 'fi');
  await signInWithLabels(other, member, 'fi');
  await expect(other.locator('html')).toHaveAttribute('lang', 'sv');
  const nav = other.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: 'Start', exact: true })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  // This browser now remembers Swedish, through a reload too.
  await other.reload();
  await expect(other.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(other.getByRole('button', { name: 'Logga ut' })).toBeVisible();

  // The header's switcher changes this browser's language, not the profile's.
  await other.getByRole('combobox', { name: 'Språk', exact: true }).selectOption({ label: 'English' });
  await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await profileLanguage(member)).toBe('SV');
  await second.close();
});

test("a new account's profile language (Finnish, the server's default for Finland) applies at sign-in over the browser's Swedish", async ({
  page,
}) => {
  const member = await newMember(await regionId('pohjois-pohjanmaa'), 'Suomenkielinen Jäsen');
  expect(await profileLanguage(member)).toBe('FI');

  await page.goto('/sign-in');
  await page.getByRole('combobox', { name: 'Kieli', exact: true }).selectOption({ label: 'Svenska' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await signInWithLabels(page, member, 'sv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Etusivu', exact: true })).toBeVisible();
});

test('an invitation accepted in Swedish makes Swedish the new account’s language, which later sign-ins apply', async ({ page, browser }) => {
  const email = `${unique('svenska')}@example.org`;
  const password = unique('lösenord-långt');
  const issued = await api<{ invitePerson: { link: string } }>(
    'mutation($r: ID!, $input: InvitationInput!) { invitePerson(regionId: $r, input: $input) { link } }',
    { r: await regionId('pohjois-pohjanmaa'), input: { email, name: 'Svenskspråkig Inbjuden' } },
    'coordinatorOulu',
  );
  await page.goto(new URL(issued.invitePerson.link).pathname);
  await page.getByRole('combobox', { name: 'Kieli', exact: true }).selectOption({ label: 'Svenska' });
  await page.getByLabel('Välj ett lösenord').fill(password);
  await page.getByLabel('Upprepa lösenordet').fill(password);
  await page.getByRole('button', { name: 'Ta emot och logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  expect(await profileLanguage({ email, password })).toBe('SV');

  // Another browser, which starts in Finnish, switches to Swedish at sign-in.
  const other = await browser.newContext();
  const second = await other.newPage();
  await signInWithLabels(second, { email, password }, 'fi');
  await expect(second.locator('html')).toHaveAttribute('lang', 'sv');
  await other.close();
});

/** The published date of a new Oulu pathway (Europe/Helsinki) as `/pathways/:id` shows it, in each language. */
async function publishedDates(page: Page): Promise<Record<'fi' | 'sv' | 'nb' | 'en', string>> {
  const oulu = await regionId('pohjois-pohjanmaa');
  const id = await createPathway('coordinatorOulu', oulu, { title: unique('Aikavyöhyke') }, true);
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  const meta = page.locator('article.pathway > p.meta');
  const names = { fi: 'Suomi', sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' } as const;
  const words = { fi: 'julkaistu', sv: 'publicerad', nb: 'publisert', en: 'published' } as const;
  const dates = { fi: '', sv: '', nb: '', en: '' };
  for (const language of ['sv', 'nb', 'en', 'fi'] as const) {
    await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption({ label: names[language] });
    await expect(meta).toContainText(words[language]);
    dates[language] = (await meta.innerText()).split(words[language])[1]?.split('·')[0]?.trim() ?? '';
  }
  return dates;
}

test("a time in the reader's own zone names no zone, in every language", async ({ page }) => {
  const dates = await publishedDates(page);
  for (const [language, date] of Object.entries(dates)) {
    expect(date, language).toMatch(/\d{2}[.:]\d{2}$/);
  }
});

test.describe('a reader in another time zone', () => {
  test.use({ timezoneId: 'Europe/Oslo' });

  test("sees the region's zone as the same UTC offset in every language, never as EET", async ({ page }) => {
    const dates = await publishedDates(page);
    for (const [language, date] of Object.entries(dates)) {
      expect(date, language).toMatch(/\d{2}[.:]\d{2} UTC\+[23]$/);
    }
  });
});
