// Notification mail: a person turns kinds of it off and on on their account page, each saved at
// once; the link at the end of every such mail turns its kind off with one press, signed in or
// not, and does nothing on opening (link scanners open links). A cut-short link says so.
import { expect, test, type Page } from '@playwright/test';

import { invitedPerson, signInThroughApi } from './accounts';
import { expectAccessible, newMember, regionId, screenshot, signIn, unsubscribeLink, type Credentials } from './support';

/** Which kinds of notification mail can reach `who`, each on or off, as the API says. */
async function mailSettings(who: Credentials): Promise<Record<string, boolean>> {
  const token = await signInThroughApi(who);
  if (!token) throw new Error(`${who.email} cannot sign in`);
  const response = await fetch(`${process.env.VERKOSTO_E2E_URL ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ myMailNotifications { kind enabled } }' }),
  });
  const body = (await response.json()) as { data: { myMailNotifications: { kind: string; enabled: boolean }[] } };
  return Object.fromEntries(body.data.myMailNotifications.map((s) => [s.kind, s.enabled]));
}

/** The account page's group of notification mail checkboxes. */
function mailChoices(page: Page) {
  return page.getByRole('group', { name: 'Ilmoitukset, jotka saat' });
}

test('a member turns a kind of notification mail off and on again on their account page', async ({ page }) => {
  const member = await invitedPerson(await regionId('pohjois-pohjanmaa'));
  await signIn(page, member);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 2, name: 'Sähköposti-ilmoitukset' })).toBeVisible();
  await expect(page.getByText('Pyytämäsi viestit tulevat aina')).toBeVisible();

  // A member gets the two kinds about their own work, both on.
  const choices = mailChoices(page);
  await expect(choices.getByRole('checkbox')).toHaveCount(2);
  const decided = choices.getByRole('checkbox', { name: 'Versiosi julkaistiin tai palautettiin' });
  const replied = choices.getByRole('checkbox', { name: 'Palautteeseesi vastattiin' });
  await expect(decided).toBeChecked();
  await expect(replied).toBeChecked();
  await expect(replied).toHaveAccessibleDescription('Kun koordinaattorit vastaavat palautteeseen, jonka lähetit hoitopolusta.');

  await replied.uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu' })).toHaveText(
    'Tallennettu: et saa enää viestejä aiheesta ”Palautteeseesi vastattiin”.',
  );
  await screenshot(page, 'account-mail-notifications');
  expect(await mailSettings(member)).toEqual({ PROPOSAL_DECIDED: true, FEEDBACK_REPLIED: false });

  await page.reload();
  await expect(replied).not.toBeChecked();
  await expect(decided).toBeChecked();
  await replied.check();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu' })).toHaveText(
    'Tallennettu: saat viestit aiheesta ”Palautteeseesi vastattiin”.',
  );
  expect(await mailSettings(member)).toEqual({ PROPOSAL_DECIDED: true, FEEDBACK_REPLIED: true });

  // A save that does not reach the server: the checkbox goes back and the error is told at it.
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('SetMailNotification') ? route.abort() : route.continue(),
  );
  // A click, not `uncheck()`: that checks the box stayed unticked, and here it goes back at once.
  await decided.click();
  await expect(decided).toHaveAttribute('aria-invalid', 'true');
  await expect(decided).toHaveAccessibleDescription(/Ei yhteyttä palvelimeen\./);
  await expect(decided).toBeChecked();
  expect(await mailSettings(member)).toEqual({ PROPOSAL_DECIDED: true, FEEDBACK_REPLIED: true });
});

test('a coordinator chooses among all five kinds of notification mail', async ({ page }) => {
  await signIn(page, 'coordinatorOulu');
  await page.goto('/account');
  const choices = mailChoices(page);
  await expect(choices.getByRole('checkbox')).toHaveCount(5);
  for (const name of [
    'Hoitopolku lähetettiin tarkistettavaksi',
    'Versiosi julkaistiin tai palautettiin',
    'Palautteeseesi vastattiin',
    'Joku pyytää liittymistä alueellesi',
    'Kiireellistä palautetta hoitopolusta',
  ]) {
    await expect(choices.getByRole('checkbox', { name })).toBeChecked();
  }
  await expect(choices.getByRole('checkbox', { name: 'Hoitopolku lähetettiin tarkistettavaksi' })).toHaveAccessibleDescription(
    /^Kun joku alueesi jäsen lähettää hoitopolun tarkistettavaksi/,
  );
  await screenshot(page, 'account-mail-notifications-coordinator');
});

test('the link in a notification mail turns its kind off with one press, without signing in', async ({ page }) => {
  const member = await newMember(await regionId('pohjois-pohjanmaa'), 'Postia Karsiva Jäsen');
  const link = await unsubscribeLink(member, 'PROPOSAL_DECIDED');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Lopeta sähköposti-ilmoitukset' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await mailSettings(member), 'opening the link changes nothing').toEqual({ PROPOSAL_DECIDED: true, FEEDBACK_REPLIED: true });
  await screenshot(page, 'unsubscribe');

  await page.getByRole('button', { name: 'Lopeta nämä viestit' }).click();
  const done = page.getByRole('status');
  await expect(done).toContainText('Lopetettu: et saa enää viestejä aiheesta ”Versiosi julkaistiin tai palautettiin”.');
  await expect(done).toContainText('Voit ottaa ne taas käyttöön Oma tili -sivulla.');
  await expect(done).toBeFocused();
  await expectAccessible(page, 'unsubscribe-done');
  await screenshot(page, 'unsubscribe-done');
  expect(await mailSettings(member)).toEqual({ PROPOSAL_DECIDED: false, FEEDBACK_REPLIED: true });

  // From there to the account page, which asks to sign in and then shows the kind off.
  await done.getByRole('link', { name: 'Siirry Oma tili -sivulle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Kirjaudu' }).click();
  await page.getByLabel('Sähköposti').fill(member.email);
  await page.getByLabel('Salasana').fill(member.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const choices = mailChoices(page);
  await expect(choices.getByRole('checkbox', { name: 'Versiosi julkaistiin tai palautettiin' })).not.toBeChecked();
  await expect(choices.getByRole('checkbox', { name: 'Palautteeseesi vastattiin' })).toBeChecked();

  // The platform's change log records it as the member's own change, saying which kind and how.
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Muutosloki' }).click();
  const change = page.locator('table.audit-log tbody tr').filter({ hasText: 'Sähköposti-ilmoitusasetusta muutettu' }).filter({ hasText: 'Postia Karsiva Jäsen' });
  await expect(change).toHaveCount(1);
  await expect(change).toContainText('Versiosi julkaistiin tai palautettiin: pois käytöstä');
});

test('a cut-short unsubscribe link shows the server’s error and changes nothing', async ({ page }) => {
  const member = await newMember(await regionId('pohjois-pohjanmaa'), 'Katkenneen Linkin Jäsen');
  const link = await unsubscribeLink(member, 'FEEDBACK_REPLIED');
  await page.goto(link.slice(0, -12));
  const button = page.getByRole('button', { name: 'Lopeta nämä viestit' });
  await button.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Ei ole Verkoston linkki viestien lopettamiseen (se on ehkä katkennut)');
  await expect(alert.getByRole('link', { name: 'Siirry Oma tili -sivulle' })).toBeVisible();
  await screenshot(page, 'unsubscribe-invalid');
  expect(await mailSettings(member)).toEqual({ PROPOSAL_DECIDED: true, FEEDBACK_REPLIED: true });

  // The button stays usable, and says the same again.
  await expect(button).toBeEnabled();
  await button.click();
  await expect(alert).toContainText('Ei ole Verkoston linkki');
  expect(await mailSettings(member)).toEqual({ PROPOSAL_DECIDED: true, FEEDBACK_REPLIED: true });
});
