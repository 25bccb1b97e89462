// Admin: open a new region with the wizard, get the link to pass on, and the first coordinator
// accepts it; errors send the wizard back to the step that holds the field.
import { expect, test } from '@playwright/test';

import { signIn, unique } from './support';

test('an admin opens a region with the wizard and its first coordinator accepts the link', async ({ page, browser }) => {
  const name = unique('Testialue');
  const email = `${unique('koordinaattori')}@example.org`;
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Avaa uusi alue' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vaihe 1/4: Nimet' })).toBeVisible();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page.getByLabel('Suomeksi')).toHaveAccessibleDescription('Anna nimi vähintään yhdellä kielellä.');
  await page.getByLabel('Suomeksi').fill(name);
  await page.getByLabel('Ruotsiksi').fill(`${name} (sv)`);
  await page.getByLabel('Norjaksi').fill(`${name} (nb)`);
  await page.getByLabel('Englanniksi').fill(`${name} (en)`);
  await page.getByRole('button', { name: 'Seuraava' }).click();

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 2/4: Alue');
  await page.getByLabel('Maa', { exact: true }).selectOption({ label: 'Norja' });
  await page.getByLabel('Alueen kattamat kunnat tai maakunnat').fill('Bergen\nVoss');
  await page.getByLabel('Aikavyöhyke').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Nimi').fill('Kari Koordinaattori');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page.locator('dl.summary')).toContainText('Bergen, Voss');
  await page.getByRole('button', { name: 'Avaa alue' }).click();

  // The bad time zone sends the wizard back to its step, with the error at the field.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 2/4: Alue');
  await expect(page.getByLabel('Aikavyöhyke')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Aikavyöhyke').fill('');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Avaa alue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} on avattu`);
  const link = await page.getByLabel('Kutsulinkki').inputValue();
  expect(link).toContain('/invitation/');
  await page.getByRole('link', { name: `Siirry alueelle ${name}` }).click();
  await expect(page.getByText('0/4 tehty')).toBeVisible();
  await expect(page.locator('.meta')).toContainText('Norja · Bergen, Voss');

  const coordinator = await (await browser.newContext()).newPage();
  await coordinator.goto(new URL(link).pathname);
  await expect(coordinator.getByText(`Sinut on kutsuttu alueelle ${name} roolissa Koordinaattori.`)).toBeVisible();
  await coordinator.getByLabel('Valitse salasana').fill('koordinaattorin-salasana');
  await coordinator.getByLabel('Toista salasana').fill('koordinaattorin-salasana');
  await coordinator.getByRole('button', { name: 'Hyväksy ja kirjaudu' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(coordinator.getByText('1/4 tehty')).toBeVisible();
  await expect(coordinator.getByRole('link', { name: 'Kutsut ja liittymispyynnöt' })).toBeVisible();
  await coordinator.context().close();
});

test('only admins are offered the wizard', async ({ page }) => {
  await signIn(page, 'coordinatorOulu');
  await expect(page.getByRole('link', { name: 'Avaa uusi alue' })).toHaveCount(0);
});
