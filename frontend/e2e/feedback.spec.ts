// The feedback triage queue (issue 4's API): a coordinator of Oulu finds the region's feedback
// urgent first, moves it along, replies (the personal-data guard answering at the field), and the
// member who sent it reads status and reply on their home page. Nobody else sees the queue.
import { expect, test } from '@playwright/test';

import { api, publishedPathways, regionId, signIn, unique } from './support';

async function sendFeedback(pathwayId: string, message: string, urgent: boolean): Promise<void> {
  await api(
    'mutation($p: ID!, $i: PathwayFeedbackInput!) { sendPathwayFeedback(pathwayId: $p, input: $i) { id } }',
    { p: pathwayId, i: { message, urgent } },
    'memberOulu',
  );
}

test('a coordinator of Oulu triages feedback urgent first and replies; the member sees status and reply on their home page', async ({
  page,
  browser,
}) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const pathway = (await publishedPathways(oulu)).at(0);
  if (!pathway) throw new Error('the demo has no published pathway in Oulu');
  const urgentMessage = unique('Päivystysnumero on vaihtunut');
  const ordinaryMessage = unique('Vaiheen 2 kuvaus on epäselvä');
  // The urgent one is older, yet it comes first.
  await sendFeedback(pathway.id, urgentMessage, true);
  await sendFeedback(pathway.id, ordinaryMessage, false);

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}`);
  await page.getByRole('link', { name: 'Palautteet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Palautteet' })).toBeVisible();
  const cards = page.locator('ol.feedback-queue > li');
  const urgent = cards.filter({ hasText: urgentMessage });
  const ordinary = cards.filter({ hasText: ordinaryMessage });
  await expect(urgent).toContainText('Kiireellinen');
  await expect(urgent.getByRole('link', { name: pathway.title })).toHaveAttribute('href', `/pathways/${pathway.id}`);
  await expect(urgent.getByTestId('feedback-status')).toHaveText('Uusi');
  await expect(ordinary).not.toContainText('Kiireellinen');
  // Every urgent card comes before the first ordinary one.
  const urgency = await cards.evaluateAll((items) => items.map((li) => li.classList.contains('feedback--urgent')));
  expect(urgency.indexOf(false)).toBeGreaterThan(urgency.lastIndexOf(true));

  await urgent.getByRole('button', { name: 'Käsittelyssä' }).click();
  await expect(urgent.getByTestId('feedback-status')).toHaveText('Käsittelyssä');
  await expect(urgent.getByRole('button', { name: 'Käsittelyssä' })).toHaveAttribute('aria-pressed', 'true');

  // The personal-data guard answers at the reply field, and nothing is sent.
  const replyField = urgent.getByLabel('Vastaa lähettäjälle');
  await replyField.fill('Soitin asiakkaalle 131052-308T, numero on korjattu.');
  await urgent.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(replyField).toHaveAttribute('aria-invalid', 'true');
  await expect(replyField).toHaveAccessibleDescription(/henkilötunnuksen/);
  await expect(urgent.getByTestId('feedback-reply')).toHaveCount(0);

  const reply = unique('Kiitos, numero on korjattu hoitopolkuun');
  await replyField.fill(reply);
  await urgent.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(urgent.getByText('Vastaus lähetetty.')).toBeVisible();
  await expect(urgent.getByTestId('feedback-reply')).toHaveText(reply);

  // Done leaves the open queue and shows under "Käsitellyt".
  await urgent.getByRole('button', { name: 'Käsitelty' }).click();
  await expect(urgent).toHaveCount(0);
  await expect(ordinary).toBeVisible();
  await page.getByLabel('Näytä').selectOption({ label: 'Käsitellyt' });
  await expect(urgent.getByTestId('feedback-status')).toHaveText('Käsitelty');
  await expect(urgent.getByTestId('feedback-reply')).toHaveText(reply);
  await expect(ordinary).toHaveCount(0);

  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  const mine = member.locator('[data-slot="myFeedback"] li').filter({ hasText: urgentMessage });
  await expect(mine).toContainText('käsitelty');
  await expect(mine.locator('.reply')).toHaveText(`Vastaus: ${reply}`);
  await expect(member.locator('[data-slot="myFeedback"] li').filter({ hasText: ordinaryMessage })).toContainText('uusi');
  await member.context().close();
});

test('only the region’s coordinators have the feedback queue: not its members, not a member of another region', async ({ page, browser }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  for (const account of ['memberOulu', 'memberUusimaa'] as const) {
    const other = account === 'memberOulu' ? page : await (await browser.newContext()).newPage();
    await signIn(other, account);
    await other.goto(`/regions/${oulu}`);
    await expect(other.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();
    await expect(other.getByRole('heading', { level: 2, name: 'Kokoukset ja koulutukset' })).toBeVisible();
    await expect(other.getByRole('link', { name: 'Palautteet' })).toHaveCount(0);
    await other.goto(`/regions/${oulu}/feedback`);
    await expect(other.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
    await expect(other.locator('ol.feedback-queue')).toHaveCount(0);
    if (other !== page) await other.context().close();
  }
  // The API refuses them too, not only the page.
  const refused = await api('query($r: ID!) { pathwayFeedbackQueue(regionId: $r, first: 5) { nodes { id } } }', { r: oulu }, 'memberUusimaa').then(
    () => null,
    (e: unknown) => String(e),
  );
  expect(refused).toContain('FORBIDDEN');
});
