// Running a network (issue 4's API): invite one person and accept the link with a new password,
// a CSV import with its per-row report, resend and revoke, join requests with a reason.
import { expect, test, type Page } from '@playwright/test';

import { ACCOUNTS, regionId, signIn, unique } from './support';

async function invite(page: Page, email: string, name: string): Promise<string> {
  const form = page.locator('section[aria-labelledby="invite"]');
  await form.getByLabel('Sähköposti').fill(email);
  await form.getByLabel('Nimi').fill(name);
  await form.getByLabel('Organisaatio').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(form.locator('.notice')).toContainText(`välitä tämä linkki henkilölle ${email}`);
  return form.getByLabel('Kutsulinkki').inputValue();
}

test('a coordinator invites a person, who accepts the link with a new password and lands in the region', async ({ page, browser }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const email = `${unique('kutsuttu')}@example.org`;
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}`);
  await page.getByRole('link', { name: 'Kutsut ja liittymispyynnöt' }).click();

  // Empty fields are told at once, before sending; the first takes the focus.
  const form = page.locator('section[aria-labelledby="invite"]');
  await form.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(form.getByLabel('Sähköposti')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Sähköposti')).toHaveAccessibleDescription('Pakollinen');
  await expect(form.getByLabel('Nimi')).toHaveAccessibleDescription('Pakollinen');
  await expect(form.getByLabel('Sähköposti')).toBeFocused();
  await form.getByLabel('Sähköposti').fill('ei-osoite');
  await form.getByLabel('Nimi').fill('Testi Henkilö');
  await form.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(form.getByLabel('Sähköposti')).toHaveAccessibleDescription('Anna sähköpostiosoite muodossa nimi@example.org.');
  await expect(form.getByLabel('Nimi')).not.toHaveAttribute('aria-invalid');
  // The API's conflict keeps the address as written, not capitalised.
  await form.getByLabel('Sähköposti').fill(ACCOUNTS.memberOulu);
  await form.getByRole('button', { name: 'Lähetä kutsu' }).click();
  await expect(form.getByRole('alert')).toHaveText(`Ristiriita. ${ACCOUNTS.memberOulu} on jo tämän alueen verkostossa`);

  const link = await invite(page, email, 'Kaisa Kutsuttu');
  expect(link).toContain('/invitation/');
  await expect(page.locator('table.invitations tbody tr').filter({ hasText: email })).toContainText('Odottaa');

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByText('Sinut on kutsuttu alueelle Pohjois-Pohjanmaa roolissa Jäsen.')).toBeVisible();
  await expect(invitee.getByLabel('Nimesi')).toHaveValue('Kaisa Kutsuttu');
  await invitee.getByLabel('Valitse salasana').fill('lyhyt');
  await invitee.getByLabel('Toista salasana').fill('lyhyt');
  await invitee.getByRole('button', { name: 'Hyväksy ja kirjaudu' }).click();
  await expect(invitee.getByLabel('Valitse salasana')).toHaveAttribute('aria-invalid', 'true');
  await invitee.getByLabel('Valitse salasana').fill('pitka-ja-hyva-salasana');
  await invitee.getByLabel('Toista salasana').fill('toinen-salasana-tassa');
  await invitee.getByRole('button', { name: 'Hyväksy ja kirjaudu' }).click();
  await expect(invitee.getByLabel('Toista salasana')).toHaveAccessibleDescription('Salasanat eroavat.');
  await invitee.getByLabel('Toista salasana').fill('pitka-ja-hyva-salasana');
  await invitee.getByRole('button', { name: 'Hyväksy ja kirjaudu' }).click();
  await expect(invitee.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  await expect(invitee.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  // The link is single use.
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByText('Tämä kutsu on jo hyväksytty.')).toBeVisible();
  await invitee.context().close();
});

test('a CSV upload reports every row: invited, already a member, invalid with the reason', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const fresh = `${unique('csv')}@example.org`;
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}/network`);
  const nameless = `${unique('nimeton')}@example.org`;
  const csv = `email;name\n${fresh};Uusi Henkilö\nei-osoite;Virheellinen Rivi\n${ACCOUNTS.memberOulu};Jo Jäsen\n${nameless};\n`;
  await page.getByLabel('CSV-tiedosto', { exact: true }).setInputFiles({ name: 'kutsut.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('Tai liitä CSV')).toHaveValue(csv);
  await page.getByRole('button', { name: 'Tuo' }).click();
  await expect(page.getByText('1 kutsuttu, 3 ohitettu.')).toBeVisible();
  const rows = page.locator('table.report tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText(fresh);
  await expect(rows.nth(0)).toContainText('Kutsuttu');
  await expect(rows.nth(1)).toContainText('Virheellinen');
  // The reason names the column as the file does.
  await expect(rows.nth(1).locator('td').nth(3)).toHaveText(/^Sarake ”email”: ”ei-osoite” ei ole kelvollinen sähköpostiosoite/);
  await expect(rows.nth(2)).toContainText('Jo jäsen');
  await expect(rows.nth(3).locator('td').nth(3)).toHaveText('Sarake ”name”: ei saa olla tyhjä');
  // The report scrolls sideways in a region of its own on a narrow screen.
  await expect(page.getByRole('region', { name: 'Tiedoston jokainen rivi' })).toHaveAttribute('tabindex', '0');
  await expect(page.locator('table.invitations tbody tr').filter({ hasText: fresh })).toBeVisible();
});

test('a coordinator resends an invitation with a new link and revokes it', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const email = `${unique('uudelleen')}@example.org`;
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}/network`);
  const first = await invite(page, email, 'Risto Resend');
  await page.getByRole('button', { name: `Lähetä uudelleen osoitteeseen ${email}` }).click();
  const resent = page.locator('section[aria-labelledby="invitations"]').getByLabel('Kutsulinkki');
  await expect(resent).toBeVisible();
  const second = await resent.inputValue();
  expect(second).not.toBe(first);
  await page.getByRole('button', { name: `Peru kutsu ${email}` }).click();
  await expect(page.locator('table.invitations tbody tr').filter({ hasText: email })).toContainText('Peruttu');
  await page.goto(new URL(first).pathname);
  await expect(page.getByText('Tämä kutsulinkki ei kelpaa.')).toBeVisible();
  await page.goto(new URL(second).pathname);
  await expect(page.getByText('Tämä kutsu on peruttu.')).toBeVisible();
});

test('a professional asks to join regions; one coordinator declines with a reason, an admin approves the other', async ({ page, browser }) => {
  const uusimaa = await regionId('uusimaa');
  const lappi = await regionId('lappi');
  const reason = unique('Ei tällä kertaa');
  await signIn(page, 'memberOulu');
  for (const region of ['Uusimaa', 'Lappi']) {
    await page.goto('/join');
    await page.getByLabel('Alue', { exact: true }).selectOption({ label: region });
    const organisation = page.getByLabel('Organisaatio, jossa työskentelet');
    // Their own organisation is the first choice; the search box narrows the national list.
    await expect(organisation.locator('option:checked')).toHaveText('Oulun kaupungin mielenterveyspalvelut, Oulu');
    if (region === 'Lappi') {
      await page.getByLabel('Hae organisaatiota nimellä tai kunnalla').fill('oys PSYK');
      await expect(organisation.locator('option')).toHaveCount(3);
      await expect(page.getByText('2 organisaatiota')).toBeVisible();
      await organisation.selectOption({ label: 'OYS oikeuspsykiatria, Oulu' });
    }
    await page.getByLabel('Viesti koordinaattoreille').fill(`Haluaisin mukaan: ${region}`);
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await expect(page.getByText('Pyyntösi lähetettiin.')).toBeVisible();
  }
  await expect(page.locator('ul.plain li').filter({ hasText: 'Uusimaa' })).toContainText('Oulun kaupungin mielenterveyspalvelut · ');
  await expect(page.locator('ul.plain li').filter({ hasText: 'Uusimaa' })).toContainText('Odottaa');
  await expect(page.locator('ul.plain li').filter({ hasText: 'Lappi' })).toContainText('OYS oikeuspsykiatria · ');

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinatorUusimaa');
  await coordinator.goto(`/regions/${uusimaa}/network`);
  const queue = coordinator.locator('section[aria-labelledby="join-requests"]');
  await queue.getByRole('button', { name: 'Hylkää Mikko Törmänen' }).click();
  await queue.getByLabel('Perustelu (pyytäjä näkee sen)').fill(reason);
  await queue.getByRole('button', { name: 'Hylkää pyyntö' }).click();
  await expect(queue.getByText('Pyyntöjä ei odota.')).toBeVisible();
  await coordinator.context().close();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto(`/regions/${lappi}/network`);
  await admin.getByRole('button', { name: 'Hyväksy Mikko Törmänen' }).click();
  await expect(admin.locator('section[aria-labelledby="join-requests"]').getByText('Pyyntöjä ei odota.')).toBeVisible();
  await admin.context().close();

  await page.goto('/');
  const requests = page.locator('section[aria-labelledby="my-requests"] li');
  await expect(requests.filter({ hasText: 'Uusimaa' })).toContainText(`Hylätty — ${reason}`);
  await expect(requests.filter({ hasText: 'Lappi' })).toContainText('Hyväksytty');
  await expect(page.locator('section[aria-labelledby="my-regions"] .card').filter({ hasText: 'Lappi' })).toContainText('Jäsen');
});

test('a member cannot open the coordinator page of their region', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  await signIn(page, 'memberOulu');
  await page.goto(`/regions/${oulu}/network`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="invite"]')).toHaveCount(0);
});
