// Lists longer than one page: a region with more pathways and services than a page holds shows
// the first page, "Show more" brings the rest (the focus moves to the first item it brought) and
// then goes away, in the coordinator's invitation list and feedback queue too; the pathway editor's choice lists
// offer every service, past the server's largest page. The journeys make a region of their own,
// so that no other journey's counts move.
import { expect, test } from '@playwright/test';

import { api, createPathway, expectAccessible, signIn, unique, type Credentials } from './support';

/** `PAGE_SIZE` in src/lib/pages.ts. */
const PAGE = 50;
/** One more than `LARGEST_PAGE` (the server's largest page), so the choice list needs two. */
const SERVICES = 101;
const PATHWAYS = PAGE + 11;
const INVITATIONS = PAGE + 1;
/** Feedback on the region's first pathway; the last one sent is urgent. */
const FEEDBACK = PAGE + 3;
/** Member organisations, all NGOs: one page and two more. */
const ORGANISATIONS = PAGE + 2;

interface Region {
  id: string;
  coordinator: Credentials;
  organisation: string;
  pathways: string[];
  services: string[];
  invitations: string[];
  feedback: string[];
}

/** A fresh region with its coordinator, an organisation, and lists longer than a page, through the API. */
async function longRegion(): Promise<Region> {
  const tag = unique('sivutus');
  const created = await api<{ createRegion: { id: string } }>(
    'mutation($input: RegionInput!) { createRegion(input: $input) { id } }',
    { input: { name: { fi: `Sivutusalue ${tag}`, en: `Paging region ${tag}` }, country: 'FI' } },
    'admin',
  );
  const id = created.createRegion.id;
  const coordinator = { email: `${tag}@example.org`, password: 'pitka-ja-hyva-salasana' };
  await api(
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: { ...coordinator, name: 'Sivu Koordinaattori', regionId: id, role: 'COORDINATOR' } },
    'admin',
  );
  const organisation = await api<{ createOrganisation: { id: string; name: string } }>(
    'mutation($input: OrganisationInput!, $r: ID!) { createOrganisation(input: $input, regionId: $r) { id name } }',
    { input: { name: `Sivutusjärjestö ${tag}`, kind: 'NGO' }, r: id },
    'admin',
  );
  for (let n = 2; n <= ORGANISATIONS; n++) {
    await api(
      'mutation($input: OrganisationInput!, $r: ID!) { createOrganisation(input: $input, regionId: $r) { id } }',
      { input: { name: `Sivutusjärjestö ${String(n).padStart(3, '0')} ${tag}`, kind: 'NGO' }, r: id },
      'admin',
    );
  }
  // One at a time, so that the list order (creation order) is the order made here.
  const pathways: string[] = [];
  const pathwayIds: string[] = [];
  for (let n = 1; n <= PATHWAYS; n++) {
    const title = `Sivutuspolku ${String(n).padStart(3, '0')} ${tag}`;
    pathwayIds.push(await createPathway('admin', id, { title }));
    pathways.push(title);
  }
  const feedback: string[] = [];
  for (let n = 1; n <= FEEDBACK; n++) {
    const message = `Palaute ${String(n).padStart(3, '0')} ${tag}`;
    await api(
      'mutation($p: ID!, $input: PathwayFeedbackInput!) { sendPathwayFeedback(pathwayId: $p, input: $input) { id } }',
      { p: pathwayIds[0], input: { message, urgent: n === FEEDBACK } },
      'admin',
    );
    feedback.push(message);
  }
  const services: string[] = [];
  for (let n = 1; n <= SERVICES; n++) {
    const name = `Sivutuspalvelu ${String(n).padStart(3, '0')} ${tag}`;
    await api(
      'mutation($o: ID!, $input: ServiceInput!) { createService(organisationId: $o, input: $input) { id } }',
      { o: organisation.createOrganisation.id, input: { name, kind: 'PHONE_LINE' } },
      'admin',
    );
    services.push(name);
  }
  const invitations: string[] = [];
  for (let n = 1; n <= INVITATIONS; n++) {
    const email = `${tag}-kutsu-${String(n).padStart(3, '0')}@example.org`;
    await api(
      'mutation($r: ID!, $input: InvitationInput!) { invitePerson(regionId: $r, input: $input) { delivery } }',
      { r: id, input: { email, name: `Kutsuttu ${n}` } },
      'admin',
    );
    invitations.push(email);
  }
  return { id, coordinator, organisation: organisation.createOrganisation.name, pathways, services, invitations, feedback };
}

let region: Region;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  region = await longRegion();
});

test('a coordinator sees the first page of a long list, "Show more" brings the rest and then goes away', async ({ page }) => {
  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}`);
  const pathways = page.locator('section[aria-labelledby="pathways"]');
  const cards = pathways.locator('.card');
  const lastPathway = region.pathways.at(-1) ?? '';
  await expect(cards).toHaveCount(PAGE);
  await expect(pathways.getByRole('link', { name: lastPathway })).toHaveCount(0);
  await expectAccessible(page, 'region-long-lists');

  const more = pathways.getByRole('button', { name: 'Näytä lisää' });
  await expect(more).toHaveAccessibleName('Näytä lisää: Hoitopolut');
  await more.click();
  await expect(cards).toHaveCount(PATHWAYS);
  await expect(more).toHaveCount(0);
  await expect(pathways.getByRole('link', { name: lastPathway })).toBeVisible();
  // The focus moves on to the first pathway the button brought.
  await expect(cards.nth(PAGE)).toBeFocused();
  await expect(cards.nth(PAGE)).toContainText(region.pathways[PAGE] ?? '');

  // The members: one page shown, while the kind's heading counts the whole network.
  const members = page.locator('section[aria-labelledby="members"]');
  await expect(members.locator('li a')).toHaveCount(PAGE);
  await expect(members.getByRole('heading', { name: `Järjestö (${ORGANISATIONS})` })).toBeVisible();
  await members.getByRole('button', { name: 'Näytä lisää' }).click();
  await expect(members.locator('li a')).toHaveCount(ORGANISATIONS);

  // Three pages of services, from the keyboard.
  const services = page.locator('section[aria-labelledby="services"]');
  const serviceCards = services.locator('.card');
  const moreServices = services.getByRole('button', { name: 'Näytä lisää' });
  await expect(serviceCards).toHaveCount(PAGE);
  await moreServices.focus();
  await page.keyboard.press('Enter');
  await expect(serviceCards).toHaveCount(2 * PAGE);
  await expect(serviceCards.nth(PAGE)).toBeFocused();
  await moreServices.focus();
  await page.keyboard.press('Enter');
  await expect(serviceCards).toHaveCount(SERVICES);
  await expect(moreServices).toHaveCount(0);
  await expect(services.getByRole('link', { name: region.services.at(-1) ?? '' })).toBeVisible();
  await expect(serviceCards.nth(2 * PAGE)).toBeFocused();
  await expectAccessible(page, 'region-long-lists-shown');
});

test('the pathway editor offers every service of the region, past the largest page the server gives', async ({ page }) => {
  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}/pathways/new`);
  await page.getByRole('button', { name: 'Lisää vaihe' }).click();
  const service = page.getByLabel('Palvelu', { exact: true });
  await expect(service.locator('option')).toHaveCount(SERVICES + 1);
  const last = region.services.at(-1) ?? '';
  await service.selectOption({ label: last });
  await expect(service.locator('option:checked')).toHaveText(last);
  await page.getByLabel('Vastuussa').selectOption({ label: region.organisation });
  await expect(service.locator('option')).toHaveCount(SERVICES + 1);
  await expectAccessible(page, 'pathway-new-long-choices');
});

test('the invitation list pages the same way, newest first', async ({ page }) => {
  await signIn(page, region.coordinator);
  await page.goto(`/regions/${region.id}/network`);
  const invitations = page.locator('section[aria-labelledby="invitations"]');
  const rows = invitations.locator('tbody tr');
  await expect(rows).toHaveCount(PAGE);
  await expect(rows.first()).toContainText(region.invitations.at(-1) ?? '');
  await expect(rows.filter({ hasText: region.invitations[0] ?? '' })).toHaveCount(0);
  await invitations.getByRole('button', { name: 'Näytä lisää: Kutsut' }).click();
  await expect(rows).toHaveCount(INVITATIONS);
  await expect(rows.nth(PAGE)).toContainText(region.invitations[0] ?? '');
  await expect(rows.nth(PAGE)).toBeFocused();
  await expect(invitations.getByRole('button', { name: 'Näytä lisää' })).toHaveCount(0);
  await expectAccessible(page, 'network-long-invitations');
});

test('the feedback queue pages too: urgent first, then newest first', async ({ page }) => {
  await signIn(page, region.coordinator);
  // Home counts what waits for the coordinator, and leads to the queue.
  await page.goto('/');
  const tasks = page.locator('[data-slot="tasks"]');
  await expect(tasks.locator('li')).toHaveCount(1);
  await expect(tasks.locator('li')).toContainText(`${FEEDBACK} uutta palautetta`);
  await expect(tasks.locator('li')).toContainText('1 kiireellinen');
  await tasks.getByRole('link', { name: `${FEEDBACK} uutta palautetta` }).click();
  await expect(page).toHaveURL(`/regions/${region.id}/feedback`);
  const queue = page.locator('section[aria-labelledby="feedback-list"]');
  const items = queue.locator('ol.feedback-queue > li');
  await expect(items).toHaveCount(PAGE);
  // The urgent one was sent last; the rest follow newest first.
  await expect(items.first()).toContainText(region.feedback.at(-1) ?? '');
  await expect(items.nth(1)).toContainText(region.feedback.at(-2) ?? '');
  await expect(queue.getByText(region.feedback[0] ?? '')).toHaveCount(0);
  await queue.getByRole('button', { name: 'Näytä lisää: Palautteet' }).click();
  await expect(items).toHaveCount(FEEDBACK);
  await expect(items.last()).toContainText(region.feedback[0] ?? '');
  await expect(items.nth(PAGE)).toBeFocused();
  await expect(queue.getByRole('button', { name: 'Näytä lisää' })).toHaveCount(0);
  await expectAccessible(page, 'feedback-long-queue');
});
