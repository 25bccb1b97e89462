// A forgotten password: ask for a link on the sign-in page, choose a new password through it,
// and sign in with it; a used or broken link says so on opening and offers a new one.
import { expect, test } from '@playwright/test';

import { expectAccessible, mailedLink, newMember, regionId, screenshot, signIn } from './support';

test('a member who forgot their password chooses a new one through the mailed link', async ({ page }) => {
  const member = await newMember(await regionId('pohjois-pohjanmaa'), 'Unohtava Jäsen');
  await page.goto('/sign-in');
  await page.getByLabel('Sähköposti').fill(member.email);
  await page.getByRole('link', { name: 'Unohditko salasanasi?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unohditko salasanasi?');
  // The address typed on the sign-in page comes along.
  await expect(page.getByLabel('Sähköposti')).toHaveValue(member.email);
  await page.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(page.getByRole('status')).toContainText(`Jos osoitteella ${member.email} on tili`);
  await screenshot(page, 'forgot-password-sent');

  const link = await mailedLink(member.email, '/reset-password/');
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Valitse uusi salasana');
  const password = page.getByLabel('Valitse salasana');
  await expect(password).toBeVisible();
  await expectAccessible(page, 'reset-password');
  await password.fill('lyhyt');
  await page.getByLabel('Toista salasana').fill('lyhyt');
  await page.getByRole('button', { name: 'Tallenna salasana ja kirjaudu' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/vähintään 12/i);

  const chosen = 'uusi ja riittävän pitkä salasana';
  await password.fill(chosen);
  await page.getByLabel('Toista salasana').fill(chosen);
  await page.getByRole('button', { name: 'Tallenna salasana ja kirjaudu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tervetuloa');
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

  // The old password no longer works; the new one does.
  await page.goto('/sign-in');
  await page.getByLabel('Sähköposti').fill(member.email);
  await page.getByLabel('Salasana').fill(member.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByLabel('Salasana')).toHaveAttribute('aria-invalid', 'true');
  await signIn(page, { email: member.email, password: chosen });

  // The link worked once: opening it again says so at once, with no form to fill in vain.
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('alert')).toContainText('linkki on jo käytetty');
  await expect(page.getByLabel('Valitse salasana')).toHaveCount(0);
  await page.getByRole('link', { name: 'Pyydä uusi linkki' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unohditko salasanasi?');

  // So does a link cut short when copied.
  await page.goto(new URL(link).pathname.slice(0, -6));
  await expect(page.getByRole('alert')).toContainText('Tämä linkki ei kelpaa');
  await expect(page.getByRole('button', { name: 'Tallenna salasana ja kirjaudu' })).toHaveCount(0);
});
