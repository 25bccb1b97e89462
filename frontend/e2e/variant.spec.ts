// Regional variants of national pathways (issue 4's API): a variant names the national version it
// is based on; when the national pathway publishes a new version, the variant shows "Base updated"
// with the diff, and its coordinator takes the update into a new draft and lands in the editor.
// No demo variant has an updated base, so the test makes one: an admin publishes a national
// pathway, Oulu's coordinator makes and publishes its variant, the admin publishes version 2.
import { expect, test } from '@playwright/test';

import { api, expectAccessible, regionId, screenshot, signIn, unique } from './support';

const STEPS = [{ title: 'Ota yhteyttä yhdyskuntaseuraamustoimistoon' }, { title: 'Sovi ensimmäinen tapaaminen' }];

async function nationalPathwayWithVariant(title: string): Promise<{ national: string; variant: string }> {
  const content = { language: 'FI', title, summary: 'Valtakunnallinen malli.', body: 'Soita ensin neuvontaan.', steps: STEPS };
  const created = await api<{ createPathway: { id: string } }>(
    'mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }',
    { input: { visibility: 'ALL_MEMBERS', content } },
    'admin',
  );
  const national = created.createPathway.id;
  await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id: national }, 'admin');
  const oulu = await regionId('pohjois-pohjanmaa');
  const made = await api<{ createPathwayVariant: { id: string } }>(
    'mutation($p: ID!, $r: ID!) { createPathwayVariant(pathwayId: $p, regionId: $r) { id } }',
    { p: national, r: oulu },
    'coordinatorOulu',
  );
  const variant = made.createPathwayVariant.id;
  await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id: variant }, 'coordinatorOulu');
  return { national, variant };
}

async function publishNationalVersion2(national: string, title: string, body: string): Promise<void> {
  await api('mutation($id: ID!) { startPathwayDraft(pathwayId: $id) { id } }', { id: national }, 'admin');
  await api(
    'mutation($id: ID!, $c: PathwayContentInput!) { updatePathwayDraft(pathwayId: $id, content: $c) { id } }',
    {
      id: national,
      c: { language: 'FI', title, summary: 'Valtakunnallinen malli.', body, steps: STEPS, changeNote: 'Päivystysnumero lisätty' },
    },
    'admin',
  );
  await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id: national }, 'admin');
}

test('a coordinator sees that the national base of a variant was updated, with the diff, and takes the update into a new draft', async ({
  page,
  browser,
}) => {
  const title = unique('Kansallinen vapautuvan tukipolku');
  const { national, variant } = await nationalPathwayWithVariant(title);

  // Before the base changes: "Based on", no notice.
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${variant}`);
  await expect(page.getByTestId('based-on')).toHaveText(`Pohjana valtakunnallinen hoitopolku ${title}, versio 1`);
  await expect(page.getByTestId('based-on').getByRole('link', { name: title })).toHaveAttribute('href', `/pathways/${national}`);
  await expect(page.locator('#base-updated')).toHaveCount(0);

  const added = unique('Kiireellisissä asioissa soita päivystykseen');
  await publishNationalVersion2(national, title, `Soita ensin neuvontaan.\n\n${added}`);

  // A member of the region sees the notice and the diff, but cannot take the update.
  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(`/pathways/${variant}`);
  const memberNotice = member.locator('section[aria-labelledby="base-updated"]');
  await expect(memberNotice.getByRole('heading', { name: 'Pohja päivittyi' })).toBeVisible();
  await expect(memberNotice.locator('ins').filter({ hasText: added })).toBeVisible();
  await expect(memberNotice.getByRole('button', { name: 'Ota päivitys uuteen luonnokseen' })).toHaveCount(0);
  await member.context().close();

  await page.reload();
  const notice = page.locator('section[aria-labelledby="base-updated"]');
  await expect(notice).toContainText('perustuu versioon 1, uusin on versio 2');
  await expect(notice.getByRole('heading', { name: 'Mitä valtakunnallisessa hoitopolussa muuttui (versio 1 → 2)' })).toBeVisible();
  await expect(notice.locator('ins').filter({ hasText: added })).toBeVisible();
  await expectAccessible(page, 'pathway-base-updated');
  await screenshot(page, 'pathway-base-updated');

  await notice.getByRole('button', { name: 'Ota päivitys uuteen luonnokseen' }).click();
  await expect(page).toHaveURL(`/pathways/${variant}/edit`);
  await expect(page.getByLabel('Kuvaus (Markdown)')).toHaveValue(new RegExp(added));

  // Back on the pathway the update waits in the draft; the published variant still says version 1.
  await page.goto(`/pathways/${variant}`);
  await expect(notice).toContainText('Versio 2 on otettu luonnokseen ja odottaa julkaisua.');
  await expect(notice.getByRole('button', { name: 'Ota päivitys uuteen luonnokseen' })).toHaveCount(0);
  await expect(page.getByTestId('based-on')).toContainText('versio 1');
});
