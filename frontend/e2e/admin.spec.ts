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

test('the wizard keeps its step in the address: Back and Forward move between steps and keep what was typed', async ({ page }) => {
  const name = unique('Testialue');
  const email = `${unique('koordinaattori')}@example.org`;
  await signIn(page, 'admin');
  await page.goto('/admin/open-region');
  const steps = page.getByRole('list', { name: 'Vaiheet' }).getByRole('listitem');
  await expect(steps).toHaveText(['Nimet', 'Alue', 'Ensimmäinen koordinaattori', 'Vahvista']);
  await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
  // The step chips stand apart: each starts right of where the one before it ends.
  const boxes = await steps.evaluateAll((items) => items.map((li) => li.getBoundingClientRect()));
  for (const [i, box] of boxes.slice(1).entries()) {
    const before = boxes[i];
    if (box.top < before.bottom) expect(box.left, `step ${String(i + 2)} stands apart`).toBeGreaterThan(before.right + 4);
  }

  await page.getByLabel('Suomeksi').fill('Etelä-Savo');
  // The address name follows the name until it is written by hand.
  await expect(page.getByLabel('Osoitenimi')).toHaveValue('etela-savo');
  await page.getByLabel('Suomeksi').fill(name);
  await page.getByLabel('Ruotsiksi').fill(`${name} sv`);
  await expect(page.getByLabel('Osoitenimi')).toHaveValue(name.toLowerCase());
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page).toHaveURL(/\?step=2$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 2/4: Alue');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(0)).toHaveText('Nimet (valmis)');
  await page.getByLabel('Alueen kattamat kunnat tai maakunnat').fill('Mikkeli\nSavonlinna');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Nimi').fill('Kaija Koordinaattori');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page).toHaveURL(/\?step=4$/);
  const summary = page.locator('dl.summary');
  await expect(summary).toContainText(`Suomeksi: ${name}`);
  await expect(summary).toContainText(`Ruotsiksi: ${name} sv`);
  await expect(summary).not.toContainText('(fi)');

  // The browser's Back walks the steps back, with what was typed.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 3/4: Ensimmäinen koordinaattori');
  await expect(page.getByLabel('Sähköposti')).toHaveValue(email);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 2/4: Alue');
  await expect(page.getByLabel('Alueen kattamat kunnat tai maakunnat')).toHaveValue('Mikkeli\nSavonlinna');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 1/4: Nimet');
  await expect(page.getByLabel('Suomeksi')).toHaveValue(name);
  // Out of the wizard and back in: nothing is lost, and Forward goes on to the last step.
  await page.goBack();
  await expect(page).not.toHaveURL(/open-region/);
  await page.goForward();
  await expect(page.getByLabel('Suomeksi')).toHaveValue(name);
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 4/4: Vahvista');
  await expect(summary).toContainText(email);

  // An address name already taken sends the wizard back to it, with the API's reason there.
  await page.getByRole('button', { name: 'Takaisin' }).click();
  await page.getByRole('button', { name: 'Takaisin' }).click();
  await page.getByRole('button', { name: 'Takaisin' }).click();
  const slug = page.getByLabel('Osoitenimi');
  await slug.fill('Uusi Maa');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(slug).toHaveAccessibleDescription(/Käytä vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä, esimerkiksi ”uusi-maa”\.$/);
  await expect(slug).toBeFocused();
  await slug.fill('uusimaa');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(summary).toContainText('uusimaa');
  await page.getByRole('button', { name: 'Avaa alue' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vaihe 1/4: Nimet');
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await expect(slug).toHaveAccessibleDescription(/Osoitenimi ”uusimaa” on jo toisen alueen käytössä; valitse toinen$/);
  await expect(slug).toBeFocused();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const address = unique('etela-savo');
  await slug.fill(address);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Avaa alue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} on avattu`);
  await page.getByRole('link', { name: `Siirry alueelle ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // Opened once, the wizard starts empty again.
  await page.goto('/admin/open-region');
  await expect(page.getByLabel('Suomeksi')).toHaveValue('');
});

test('only admins are offered the wizard', async ({ page }) => {
  await signIn(page, 'coordinatorOulu');
  await expect(page.getByRole('link', { name: 'Avaa uusi alue' })).toHaveCount(0);
});
