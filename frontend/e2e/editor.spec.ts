// The pathway editor: steps and body, save, submit, publish; the API's errors at their fields,
// the personal-identity-code guard's included; a member proposes, a coordinator publishes; a save
// over a colleague's save made meanwhile is refused.
import { expect, test } from '@playwright/test';

import { api, createPathway, regionId, signIn, unique } from './support';

test('a coordinator writes a pathway, meets the personal-data guard at the body, then saves, submits and publishes', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Uusi polku');
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}`);
  await page.getByRole('link', { name: 'Uusi hoitopolku' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi hoitopolku' })).toBeVisible();

  await page.getByLabel('Otsikko').fill(title);
  await page.getByLabel('Tiivistelmä').fill('Testipolku selaintestistä.');
  await page.getByRole('checkbox', { name: 'Uhrit' }).check();
  await page.getByRole('button', { name: 'Lisää vaihe' }).click();
  await page.getByRole('button', { name: 'Lisää vaihe' }).click();
  const first = page.getByRole('group', { name: 'Vaihe 1' });
  await first.getByLabel('Mitä tapahtuu').fill('Ensimmäinen yhteydenotto');
  await first.getByLabel('Vastuussa').selectOption({ index: 1 });
  await first.getByLabel('Palvelu').selectOption({ index: 1 });
  // The second step is left without a title: the API names that field.
  await page.getByLabel('Kuvaus (Markdown)').fill('# Ohje\n\nAsiakas 131052-308T soitti.');
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();

  const secondTitle = page.getByRole('group', { name: 'Vaihe 2' }).getByLabel('Mitä tapahtuu');
  await expect(secondTitle).toHaveAttribute('aria-invalid', 'true');
  await expect(secondTitle).toHaveAccessibleDescription('Ei saa olla tyhjä');
  // The first field the API refused takes the focus.
  await expect(secondTitle).toBeFocused();
  await page.getByRole('group', { name: 'Vaihe 2' }).getByLabel('Mitä tapahtuu').fill('Hoito');
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();

  const body = page.getByLabel('Kuvaus (Markdown)');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(/Teksti näyttää sisältävän henkilötunnuksen; .*poista se$/);
  await expect(body).toBeFocused();
  await expect(page).toHaveURL(/\/pathways\/new$/);

  await body.fill('# Ohje\n\nSoita ensin neuvontapuhelimeen.');
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByText('Luonnos tallennettu.')).toBeVisible();
  await expect(page).toHaveURL(/\/pathways\/[0-9a-f-]+\/edit$/);
  await expect(body).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.meta .badge').first()).toHaveText('Tarkistettavana');
  await page.getByRole('button', { name: 'Julkaise' }).click();
  await expect(page.locator('.meta .badge').first()).toHaveText('Julkaistu');
  await expect(page.locator('.flow__step')).toHaveCount(2);
  await expect(page.locator('.markdown h3')).toHaveText('Ohje');
});

test('a member proposes a change to a published pathway, cannot publish it, finds it on home among their proposals, and the coordinator publishes it from their review queue', async ({ page, browser }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Ehdotettava polku');
  const id = await createPathway('coordinatorOulu', oulu, { title, steps: [{ title: 'Alku' }] }, true);

  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  await page.getByRole('button', { name: 'Ehdota muutoksia (uusi luonnos)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa luonnosta' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Julkaise' })).toHaveCount(0);
  await page.getByLabel('Otsikko').fill(`${title} v2`);
  await page.getByLabel('Mitä muuttui ja miksi').fill('Otsikko tarkennettu');
  await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
  // Readers still see the published version; the proposal waits for review.
  await expect(page.getByText('Versio 2 odottaa tarkistusta.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Julkaise' })).toHaveCount(0);

  // Home lists it among the member's drafts and proposals, and in the coordinator's review queue.
  const { viewer: member } = await api<{ viewer: { name: string } }>('{ viewer { name } }', {}, 'memberOulu');
  await page.goto('/');
  const mine = page.locator('section[aria-labelledby="slot-myDrafts"] li').filter({ hasText: `${title} v2` });
  await expect(mine).toContainText('Tarkistettavana');
  await expect(mine).toContainText('Pohjois-Pohjanmaa');

  const coordinator = await browser.newPage();
  await signIn(coordinator, 'coordinatorOulu');
  await coordinator.goto('/');
  const queue = coordinator.getByRole('region', { name: 'Lähetetty julkaistavaksesi' });
  const waiting = queue.getByRole('listitem').filter({ hasText: `${title} v2` });
  await expect(waiting).toContainText(member.name);
  await waiting.getByRole('link', { name: `${title} v2` }).click();
  await coordinator.getByRole('button', { name: 'Julkaise' }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(`${title} v2`);
  const published = await api<{ pathway: { publishedVersion: { number: number; changeNote: string } } }>(
    'query($id: ID!) { pathway(id: $id) { publishedVersion { number changeNote } } }',
    { id },
    'memberOulu',
  );
  expect(published.pathway.publishedVersion).toEqual({ number: 2, changeNote: 'Otsikko tarkennettu' });
  await coordinator.goto('/');
  await expect(queue.getByRole('heading', { name: 'Lähetetty julkaistavaksesi' })).toBeVisible();
  await expect(queue.getByRole('link', { name: `${title} v2` })).toHaveCount(0);
  await coordinator.close();

  // The region's recent changes show both publications, newest first, under the current title.
  await page.goto(`/regions/${oulu}`);
  const changes = page.locator('section[aria-labelledby="recent-changes"] li').filter({ hasText: `${title} v2` });
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText('julkaistu · versio 2');
  await expect(changes.nth(1)).toContainText('julkaistu · versio 1');
});

test('saving twice from one editor works; a save over a colleague’s save made meanwhile is refused with the reason and keeps their change', async ({
  page,
}) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Yhteinen luonnos');
  const id = await createPathway('coordinatorOulu', oulu, { title });
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${id}/edit`);
  await expect(page.getByLabel('Otsikko')).toHaveValue(title);
  for (const version of ['A', 'B']) {
    await page.getByLabel('Otsikko').fill(`${title} ${version}`);
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await expect(page.getByText('Luonnos tallennettu.')).toBeVisible();
  }

  // An admin saves the same draft meanwhile.
  await api(
    'mutation($id: ID!, $c: PathwayContentInput!) { updatePathwayDraft(pathwayId: $id, content: $c) { id } }',
    { id, c: { title: `${title} kollegalta`, language: 'FI' } },
    'admin',
  );
  await page.getByLabel('Otsikko').fill(`${title} C`);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByRole('alert')).toContainText('Joku on tallentanut tähän muutoksen sen jälkeen, kun avasit sen');
  await expect(page.getByText('Luonnos tallennettu.')).toHaveCount(0);
  const kept = await api<{ pathway: { openVersion: { title: string } } }>(
    'query($id: ID!) { pathway(id: $id) { openVersion { title } } }',
    { id },
    'coordinatorOulu',
  );
  expect(kept.pathway.openVersion.title).toBe(`${title} kollegalta`);

  // Reloaded, the editor shows the colleague's title and saves on top of it.
  await page.reload();
  await expect(page.getByLabel('Otsikko')).toHaveValue(`${title} kollegalta`);
  await page.getByLabel('Otsikko').fill(`${title} C`);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByText('Luonnos tallennettu.')).toBeVisible();
});
