// The change log: a coordinator reads who changed what in their region and follows a change to
// its pathway; members have no log; admins read the whole platform's.
import { expect, test } from '@playwright/test';

import { api, createPathway, newMember, regionId, screenshot, signIn, unique } from './support';

test('a coordinator reads the region’s change log, newest first, and follows a change to its pathway', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Lokiin kirjattu polku');
  // A new member made coordinator: the log says from what to what, in words.
  const promoted = await newMember(oulu, 'Ylennetty Jäsen');
  const { login } = await api<{ login: { viewer: { id: string } } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }',
    { e: promoted.email, p: promoted.password },
  );
  // ...and back, so that the demo region keeps its one coordinator for the other journeys.
  for (const role of ['COORDINATOR', 'MEMBER']) {
    await api(
      'mutation($p: ID!, $r: ID!, $role: RoleKind!) { setRole(personId: $p, regionId: $r, role: $role) { id } }',
      { p: login.viewer.id, r: oulu, role },
      'coordinatorOulu',
    );
  }
  await createPathway('coordinatorOulu', oulu, { title }, true);
  const { viewer } = await api<{ viewer: { name: string } }>('{ viewer { name } }', {}, 'coordinatorOulu');

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}`);
  await page.getByRole('link', { name: 'Muutosloki' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muutosloki');
  const rows = page.locator('table.audit-log tbody tr');
  // Publishing is the newest change, creating it the one before.
  await expect(rows.nth(0)).toContainText('Hoitopolku julkaistu');
  await expect(rows.nth(0)).toContainText(viewer.name);
  // Every change names what it changed, as it is called now (publishing records no title).
  await expect(rows.nth(0).getByRole('link', { name: `Hoitopolku: ${title}` })).toBeVisible();
  await expect(rows.nth(1)).toContainText('Hoitopolku luotu');
  await expect(rows.nth(1).getByRole('link', { name: `Hoitopolku: ${title}` })).toBeVisible();
  for (const change of ['Jäsen → Koordinaattori', 'Koordinaattori → Jäsen']) {
    await expect(rows.filter({ hasText: 'Rooli annettu' }).filter({ hasText: change }).filter({ hasText: 'Henkilö: Ylennetty Jäsen' })).toHaveCount(1);
  }
  await screenshot(page, 'audit-region');
  await rows.nth(1).getByRole('link', { name: `Hoitopolku: ${title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a member has no change log; an admin reads every region’s', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const uusimaa = await regionId('uusimaa');
  const title = unique('Uudenmaan lokipolku');
  await createPathway('coordinatorUusimaa', uusimaa, { title });

  await signIn(page, 'memberOulu');
  await page.goto(`/regions/${oulu}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pohjois-Pohjanmaa');
  await expect(page.getByRole('link', { name: 'Muutosloki' })).toHaveCount(0);
  await page.goto(`/regions/${oulu}/audit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ei löytynyt');
  await expect(page.locator('table.audit-log')).toHaveCount(0);
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Muutosloki' }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.locator('table.audit-log tbody tr').filter({ hasText: title })).toContainText('Hoitopolku luotu');
});
