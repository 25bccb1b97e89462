// Running a region: its coordinator activates it, renames it (bad input changes nothing), makes a
// member a coordinator (who then runs it too), removes people after a question and cannot give up
// being the only coordinator; admins disable accounts and archive regions; members see none of it.
// Each journey opens a region of its own through the API, so the demo regions stay as they are.
import { expect, test, type Browser, type Page } from '@playwright/test';

import { invitedPerson, openedRegion, signInThroughApi } from './accounts';
import { api, regionId, signIn, unique, type Credentials } from './support';

/** A page in a browser of its own (its own session), signed in as `who`. */
async function signedInPage(browser: Browser, who: Credentials | 'admin' | 'memberOulu'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

/** What the people list says it did. */
const peopleNotice = (page: Page) => page.locator('section[aria-labelledby="people"]').getByRole('status');

async function regionStatus(id: string): Promise<string> {
  const data = await api<{ region: { status: string } }>('query($id: ID!) { region(id: $id) { status } }', { id }, 'admin');
  return data.region.status;
}

test('the coordinator of a new region activates it, and the region shows active', async ({ page }) => {
  const region = await openedRegion();
  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}`);
  await expect(page.locator('.meta .badge')).toHaveText('Käynnistymässä');
  await expect(page.getByText('1/4 tehty')).toBeVisible();

  // Three steps are still open, so the button asks once more; cancelling changes nothing.
  await page.getByRole('button', { name: 'Aktivoi alue' }).click();
  const question = page.getByRole('group', { name: '3 vaihetta on vielä tekemättä. Aktivoidaanko alue silti?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Peruuta' }).click();
  await expect(page.getByRole('button', { name: 'Aktivoi alue' })).toBeFocused();
  expect(await regionStatus(region.id)).toBe('ONBOARDING');

  await page.getByRole('button', { name: 'Aktivoi alue' }).click();
  await page.getByRole('button', { name: 'Aktivoi silti' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${region.name} on nyt toiminnassa.` })).toBeFocused();
  await expect(page.locator('.meta .badge')).toHaveText('Toiminnassa');
  await expect(page.locator('section.onboarding')).toHaveCount(0);
  expect(await regionStatus(region.id)).toBe('ACTIVE');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: region.name })).toBeVisible();
  await expect(page.locator('.meta .badge')).toHaveText('Toiminnassa');
  await expect(page.getByRole('button', { name: 'Aktivoi alue' })).toHaveCount(0);
});

test("when the region was activated meanwhile, the API's refusal is shown and nothing changes", async ({ page }) => {
  const region = await openedRegion();
  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}`);
  await expect(page.getByRole('button', { name: 'Aktivoi alue' })).toBeVisible();
  // The admin activates it while the coordinator's page still shows the checklist.
  await api('mutation($id: ID!) { activateRegion(id: $id) { id } }', { id: region.id }, 'admin');
  await page.getByRole('button', { name: 'Aktivoi alue' }).click();
  await page.getByRole('button', { name: 'Aktivoi silti' }).click();
  await expect(page.locator('.activate [role="alert"]')).toContainText('Ristiriita. Alue on jo toiminnassa');
  expect(await regionStatus(region.id)).toBe('ACTIVE');
});

test('a coordinator renames their region, with errors at the fields, and the new name shows after a reload', async ({ page }) => {
  const region = await openedRegion();
  const renamed = unique('Uusi nimi');
  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}`);
  await page.getByRole('link', { name: 'Muokkaa alueen tietoja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alueen tiedot' })).toBeVisible();
  await expect(page.getByLabel('Suomeksi')).toHaveValue(region.name);
  await expect(page.getByLabel('Englanniksi')).toHaveValue(`${region.name} (en)`);
  await expect(page.getByLabel('Alueen kattamat kunnat tai maakunnat')).toHaveValue('Testikunta');
  await expect(page.getByLabel('Aikavyöhyke')).toHaveValue('Europe/Helsinki');

  // Bad input: no name in any language, a time zone that is none. The errors show at their
  // fields and the region stays as it was.
  await page.getByLabel('Suomeksi').fill('');
  await page.getByLabel('Englanniksi').fill('');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByLabel('Suomeksi')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Suomeksi')).toHaveAccessibleDescription(/^Anna nimi vähintään yhdellä kielellä/);
  await page.getByLabel('Suomeksi').fill(renamed);
  await page.getByLabel('Aikavyöhyke').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByLabel('Aikavyöhyke')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Aikavyöhyke')).toHaveAccessibleDescription(/Mars\/Olympus/);
  await expect(page.getByLabel('Suomeksi')).not.toHaveAttribute('aria-invalid', 'true');
  const unchanged = await api<{ region: { name: string; timeZone: string } }>(
    'query($id: ID!) { region(id: $id) { name(language: FI) timeZone } }',
    { id: region.id },
    'admin',
  );
  expect(unchanged.region).toEqual({ name: region.name, timeZone: 'Europe/Helsinki' });

  await page.getByLabel('Aikavyöhyke').fill('Europe/Helsinki');
  await page.getByLabel('Ruotsiksi').fill(`${renamed} (sv)`);
  await page.getByLabel('Alueen kattamat kunnat tai maakunnat').fill('Oulu\nKempele');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/${region.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(page.locator('p.meta').first()).toContainText('Suomi · Oulu, Kempele');
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption({ label: 'Svenska' });
  await expect(page.getByRole('heading', { level: 1, name: `${renamed} (sv)` })).toBeVisible();
});

test('a coordinator makes a member a coordinator, who then runs the region too; removing asks first', async ({ page, browser }) => {
  const region = await openedRegion();
  const member = await invitedPerson(region.id);
  const leaving = await invitedPerson(region.id);

  // The member sees none of the coordinators' controls.
  const memberPage = await signedInPage(browser, member);
  await memberPage.goto(`/regions/${region.id}`);
  await expect(memberPage.getByRole('heading', { level: 1, name: region.name })).toBeVisible();
  await expect(memberPage.locator('section.onboarding')).toBeVisible();
  for (const name of ['Muokkaa alueen tietoja', 'Ihmiset ja roolit', 'Kutsut ja liittymispyynnöt']) {
    await expect(memberPage.getByRole('link', { name })).toHaveCount(0);
  }
  await expect(memberPage.getByRole('button', { name: 'Aktivoi alue' })).toHaveCount(0);

  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}`);
  await page.getByRole('link', { name: 'Ihmiset ja roolit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ihmiset ja roolit' })).toBeFocused();
  const people = page.locator('.people-list > li');
  await expect(people).toHaveCount(3);
  // The only coordinator cannot make themself a member or leave.
  const me = people.filter({ hasText: region.coordinator.name });
  await expect(me).toContainText('(sinä)');
  await expect(me).toContainText('Alueen ainoa koordinaattori');
  await expect(me.getByRole('button')).toHaveCount(0);

  await page.getByRole('button', { name: `Tee koordinaattoriksi: ${member.name}` }).click();
  await expect(peopleNotice(page)).toHaveText(`${member.name} on nyt alueen ${region.name} koordinaattori.`);
  await expect(people.filter({ hasText: member.name }).locator('.badge')).toHaveText('Koordinaattori');
  // With a second coordinator, the first may step down (after a question).
  await expect(me.getByRole('button', { name: `Tee jäseneksi: ${region.coordinator.name}` })).toBeVisible();

  // Removing asks first; cancelling keeps the person.
  await page.getByRole('button', { name: `Poista alueelta: ${leaving.name}` }).click();
  const question = page.getByRole('group', { name: new RegExp(`^Poistetaanko ${leaving.name} alueelta`) });
  await question.getByRole('button', { name: 'Peruuta' }).click();
  await expect(page.getByRole('button', { name: `Poista alueelta: ${leaving.name}` })).toBeFocused();
  await page.getByRole('button', { name: `Poista alueelta: ${leaving.name}` }).click();
  await question.getByRole('button', { name: 'Poista', exact: true }).click();
  await expect(peopleNotice(page)).toHaveText(`${leaving.name} poistettiin alueelta ${region.name}.`);
  await expect(people).toHaveCount(2);
  const left = await signInThroughApi(leaving);
  expect(left, 'the removed person keeps their account').not.toBeNull();

  // The new coordinator sees the coordinators' controls at their next look.
  await memberPage.reload();
  await expect(memberPage.getByRole('button', { name: 'Aktivoi alue' })).toBeVisible();
  await expect(memberPage.getByRole('link', { name: 'Muokkaa alueen tietoja' })).toBeVisible();
  await expect(memberPage.getByRole('link', { name: 'Kutsut ja liittymispyynnöt' })).toBeVisible();
  await memberPage.getByRole('link', { name: 'Ihmiset ja roolit' }).click();
  await expect(memberPage.locator('.people-list > li')).toHaveCount(2);
  await memberPage.context().close();

  // The first coordinator steps down, after a question, and lands on the region page as a member.
  await me.getByRole('button', { name: `Tee jäseneksi: ${region.coordinator.name}` }).click();
  await expect(page.getByRole('group', { name: `Sinusta tulee jäsen, etkä enää hallitse aluetta ${region.name}. Jatketaanko?` })).toBeVisible();
  await page.getByRole('button', { name: 'Tee jäseneksi', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/${region.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: region.name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kutsut ja liittymispyynnöt' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Muokkaa alueen tietoja' })).toHaveCount(0);
});

test('an admin disables and re-enables an account, and archives a region after a question', async ({ page, browser }) => {
  const region = await openedRegion();
  const member = await invitedPerson(region.id);
  await signIn(page, 'admin');
  await page.goto(`/regions/${region.id}/network`);
  const entry = page.locator('.people-list > li').filter({ hasText: member.name });
  await entry.getByRole('button', { name: `Poista tili käytöstä: ${member.name}` }).click();
  await entry.getByRole('button', { name: 'Poista käytöstä', exact: true }).click();
  await expect(peopleNotice(page)).toHaveText(`Tili poistettiin käytöstä: ${member.name} ei voi enää kirjautua.`);
  await expect(entry).toContainText('Tili poistettu käytöstä');
  expect(await signInThroughApi(member)).toBeNull();

  await entry.getByRole('button', { name: `Ota tili käyttöön: ${member.name}` }).click();
  await expect(peopleNotice(page)).toHaveText(`Tili on taas käytössä: ${member.name} voi kirjautua.`);
  await expect(entry).not.toContainText('Tili poistettu käytöstä');
  expect(await signInThroughApi(member)).not.toBeNull();

  // A coordinator edits the region but is not offered archiving.
  const coordinator = await signedInPage(browser, region.coordinator);
  await coordinator.goto(`/regions/${region.id}/edit`);
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Alueen tiedot' })).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Arkistoi alue' })).toHaveCount(0);
  await coordinator.context().close();

  await page.goto(`/regions/${region.id}`);
  await page.getByRole('link', { name: 'Muokkaa alueen tietoja' }).click();
  await page.getByRole('button', { name: 'Arkistoi alue' }).click();
  await expect(page.getByRole('group', { name: `Arkistoidaanko ${region.name}? Verkosto suljetaan, ja sen tiedot säilytetään.` })).toBeVisible();
  await page.getByRole('button', { name: 'Arkistoi', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/${region.id}$`));
  await expect(page.locator('.meta .badge')).toHaveText('Arkistoitu');
  expect(await regionStatus(region.id)).toBe('ARCHIVED');
});

test('a member of a demo region sees none of the controls for running it', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  await signIn(page, 'memberOulu');
  await page.goto(`/regions/${oulu}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Muokkaa alueen tietoja' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ihmiset ja roolit' })).toHaveCount(0);
  await page.goto(`/regions/${oulu}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
  await expect(page.getByLabel('Suomeksi')).toHaveCount(0);
});
