// Four languages, switchable and remembered; dates through Intl for the chosen locale.
import { expect, test } from '@playwright/test';

import { api, createPathway, regionId, signIn, unique } from './support';

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
