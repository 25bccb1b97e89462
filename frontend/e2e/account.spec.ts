// My account: a person changes their job title and preferred language (the app follows the
// language), and their password: the API signs them out everywhere, the new password signs in and
// the old one no longer does. Wrong input shows at its field and changes nothing. Each journey
// makes its own account, so the demo accounts keep their passwords.
import { expect, test, type Page } from '@playwright/test';

import { invitedPerson, signInThroughApi, viewerWith, type Person } from './accounts';
import { expectAccessible, regionId, signIn, unique } from './support';

/** A member of the Oulu demo region, made for this journey, signed in and on their account page. */
async function onAccountPage(page: Page): Promise<Person> {
  const person = await invitedPerson(await regionId('pohjois-pohjanmaa'));
  await signIn(page, person);
  await page.locator('.site-header').getByRole('link', { name: `${person.name} – Oma tili` }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  return person;
}

async function profileOf(person: Person): Promise<{ name: string; title: string; language: string }> {
  const token = await signInThroughApi(person);
  if (!token) throw new Error(`${person.email} cannot sign in`);
  const viewer = await viewerWith<{ name: string; title: string; language: string }>(token, 'name title language');
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

test('a person changes their job title and preferred language, and the app switches to it', async ({ page }) => {
  const person = await onAccountPage(page);
  const title = unique('Sosiaalityöntekijä');
  await expect(page.getByLabel('Nimi', { exact: true })).toHaveValue(person.name);
  await expect(page.getByText(person.email)).toBeVisible();
  await expect(page.locator('section[aria-labelledby="my-roles"]')).toContainText('Pohjois-Pohjanmaa · Jäsen');

  // Bad input: an empty name is refused at its field and nothing is saved.
  await page.getByLabel('Nimi', { exact: true }).fill('');
  await page.getByLabel('Tehtävänimike').fill(title);
  await page.getByRole('button', { name: 'Tallenna profiili' }).click();
  await expect(page.getByLabel('Nimi', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await profileOf(person)).toMatchObject({ name: person.name, title: '' });

  await page.getByLabel('Nimi', { exact: true }).fill(person.name);
  await page.getByLabel('Ensisijainen kieli').selectOption({ label: 'Svenska' });
  await page.getByRole('button', { name: 'Tallenna profiili' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Din profil har sparats.' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Språk', exact: true })).toHaveValue('sv');
  expect(await profileOf(person)).toEqual({ name: person.name, title, language: 'SV' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeVisible();
  await expect(page.getByLabel('Befattning')).toHaveValue(title);
  await expect(page.getByLabel('Önskat språk')).toHaveValue('SV');
});

test('a person changes their password: other sessions end, this one stays, the new one signs in and the old one fails', async ({ page }) => {
  const person = await onAccountPage(page);
  const otherSession = await signInThroughApi(person);
  if (!otherSession) throw new Error('no second session');
  const password = 'uusi-ja-viela-pidempi-salasana';
  const current = page.getByLabel('Nykyinen salasana');
  const next = page.getByLabel('Uusi salasana', { exact: true });
  const repeat = page.getByLabel('Toista uusi salasana');

  // A wrong current password is told at its field; a mistyped repeat at the repeat.
  await current.fill('ei-oikea-salasana');
  await next.fill(password);
  await repeat.fill(password);
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toHaveAccessibleDescription('Ei ole nykyinen salasanasi');
  await current.fill(person.password);
  await repeat.fill(`${password}x`);
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(repeat).toHaveAccessibleDescription('Salasanat eroavat.');
  expect(await signInThroughApi(person), 'nothing changed yet').not.toBeNull();

  await repeat.fill(password);
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Salasanasi on vaihdettu' })).toContainText('muut laitteet ja selaimet kirjattiin ulos');
  await expectAccessible(page, 'account-password-changed');
  expect(await viewerWith(otherSession, 'id'), 'the other session was signed out').toBeNull();
  // This browser stays signed in, through a reload too (its refresh token still works).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

  // The old password no longer signs in; the new one does, and leads back to the account.
  await page.goto('/sign-in');
  await page.getByLabel('Sähköposti').fill(person.email);
  await page.getByLabel('Salasana').fill(person.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByLabel('Salasana')).toHaveAccessibleDescription('Sähköpostiosoite tai salasana on väärin.');
  await signIn(page, { email: person.email, password });
  await page.locator('.site-header').getByRole('link', { name: `${person.name} – Oma tili` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
});

test('a too-short new password is refused at its field and changes nothing', async ({ page }) => {
  const person = await onAccountPage(page);
  await page.getByLabel('Nykyinen salasana').fill(person.password);
  await page.getByLabel('Uusi salasana', { exact: true }).fill('lyhyt');
  await page.getByLabel('Toista uusi salasana').fill('lyhyt');
  await page.getByRole('button', { name: 'Vaihda salasana' }).click();
  const next = page.getByLabel('Uusi salasana', { exact: true });
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toHaveAccessibleDescription('Vähintään 12 merkkiä. Liian lyhyt: käytä vähintään 12 merkkiä.');
  await expect(next).toBeFocused();
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  expect(await signInThroughApi(person), 'the old password still works').not.toBeNull();
  expect(await signInThroughApi({ email: person.email, password: 'lyhyt' })).toBeNull();
});

test('every error of the password form shows at once, each at its field', async ({ page }) => {
  const person = await onAccountPage(page);
  const current = page.getByLabel('Nykyinen salasana');
  const next = page.getByLabel('Uusi salasana', { exact: true });
  const repeat = page.getByLabel('Toista uusi salasana');
  const change = page.getByRole('button', { name: 'Vaihda salasana' });

  // Nothing filled in: every field is required, and the first takes the focus.
  await change.click();
  await expect(current).toHaveAccessibleDescription('Pakollinen');
  await expect(next).toHaveAccessibleDescription('Vähintään 12 merkkiä. Pakollinen');
  await expect(current).toBeFocused();

  // A wrong current password and a too-short, mistyped new one: all three are told together.
  await current.fill('ei-oikea-salasana');
  await next.fill('lyhyt');
  await repeat.fill('lyhyx');
  await change.click();
  await expect(current).toHaveAccessibleDescription('Ei ole nykyinen salasanasi');
  await expect(next).toHaveAccessibleDescription('Vähintään 12 merkkiä. Liian lyhyt: käytä vähintään 12 merkkiä.');
  await expect(repeat).toHaveAccessibleDescription('Salasanat eroavat.');
  await expect(current).toBeFocused();
  expect(await signInThroughApi(person), 'nothing changed').not.toBeNull();

  // The current one put right, the API's refusal of it goes; the new one is still told.
  await current.fill(person.password);
  await change.click();
  await expect(current).not.toHaveAttribute('aria-invalid');
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toBeFocused();
  expect(await signInThroughApi(person), 'nothing changed').not.toBeNull();
});

test('the account page asks an anonymous visitor to sign in', async ({ page }) => {
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Kirjaudu' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});
