// Keeping the directory: a coordinator of Oulu adds an organisation with a channel from the region
// page, or one already in another region's network, changes a service's weekly hours and exceptions, marks a service checked today, names a
// membership's contact person and marks it left; a bad business id or closing time is refused at
// its field and changes nothing; a member and a coordinator of another region see no controls and
// the API refuses them. Every journey makes its own organisations and services.
import { expect, test, type Page } from '@playwright/test';

import { api, regionId, searchCaughtUp, signIn, unique, type Account } from './support';

const ZONE = 'Europe/Helsinki';

/** A valid Y-tunnus no other run has used (its check digit computed; a remainder of 1 has none). */
function yTunnus(): string {
  for (;;) {
    const body = String(1_000_000 + Math.floor(Math.random() * 9_000_000));
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((total, weight, i) => total + weight * Number(body[i]), 0);
    const remainder = sum % 11;
    if (remainder !== 1) return `${body}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

/** `YYYY-MM-DD` in Helsinki, `days` from now. */
function helsinkiDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

/** A calendar date as the Finnish interface writes it (`src/lib/format.ts`). */
function finnishDate(date: string): string {
  return new Intl.DateTimeFormat('fi-FI', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** An organisation of Oulu's network, made through the API by Oulu's coordinator. */
async function ouluOrganisation(name = unique('Kokeilujärjestö')): Promise<{ id: string; name: string; oulu: string }> {
  const oulu = await regionId('pohjois-pohjanmaa');
  const data = await api<{ createOrganisation: { id: string } }>(
    'mutation($input: OrganisationInput!, $r: ID!) { createOrganisation(input: $input, regionId: $r) { id } }',
    { input: { name, kind: 'NGO', municipality: 'Oulu' }, r: oulu },
    'coordinatorOulu',
  );
  return { id: data.createOrganisation.id, name, oulu };
}

/** A phone line of `organisation`, open on Mondays 9–15, with `input` on top. */
async function phoneLine(organisation: string, input: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const name = unique('Kokeilupuhelin');
  const data = await api<{ createService: { id: string } }>(
    'mutation($o: ID!, $input: ServiceInput!) { createService(organisationId: $o, input: $input) { id } }',
    {
      o: organisation,
      input: {
        name,
        kind: 'PHONE_LINE',
        timeZone: ZONE,
        channels: [{ kind: 'PHONE', value: '+358 40 000 0999' }],
        hours: { weekly: [{ day: 'MON', opens: '09:00', closes: '15:00' }] },
        ...input,
      },
    },
    'coordinatorOulu',
  );
  return { id: data.createService.id, name };
}

/** The `extensions.code` of the API's refusal of a mutation as `account`. */
async function refusal(query: string, variables: Record<string, unknown>, account: Account): Promise<string> {
  try {
    await api(query, variables, account);
  } catch (error) {
    return /"code":"(\w+)"/.exec(String(error))?.[1] ?? String(error);
  }
  return 'accepted';
}

const hoursRow = (page: Page, day: string) => page.locator('table.hours tbody tr').filter({ has: page.getByRole('rowheader', { name: day }) });

test('a coordinator adds an organisation with a channel from the region page and finds it there and on its own page', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const name = unique('Lähisuhdeapu');
  const businessId = yTunnus();
  const email = `${unique('neuvonta')}@example.org`;

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}`);
  await page.locator('section[aria-labelledby="members"]').getByRole('link', { name: 'Lisää organisaatio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lisää organisaatio' })).toBeVisible();
  await page.getByLabel('Nimi', { exact: true }).fill(name);
  await page.getByLabel('Organisaation tyyppi').selectOption({ label: 'Järjestö' });
  await page.getByLabel('Y-tunnus').fill(businessId);
  await page.getByLabel('Kotikunta').fill('Oulu');
  await page.getByLabel('Tietoa organisaatiosta').fill('Neuvontaa lähisuhdeväkivallan ehkäisyyn.');
  await page.getByRole('button', { name: 'Lisää yhteystapa' }).click();
  const channel = page.getByRole('group', { name: 'Yhteystapa 1' });
  // The new channel's first control takes the focus.
  await expect(channel.getByLabel('Tyyppi')).toBeFocused();
  await channel.getByLabel('Tyyppi').selectOption({ label: 'Sähköposti' });
  await channel.getByLabel('Sähköpostiosoite').fill(email);
  await channel.getByLabel('Mihin se on').fill('Neuvonta');
  await page.getByRole('button', { name: 'Lisää organisaatio' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await expect(page.locator('p.meta').first()).toContainText(`Järjestö · Oulu · Y-tunnus ${businessId}`);
  const channels = page.locator('section[aria-labelledby="channels"]');
  await expect(channels.locator('dt')).toHaveText('Neuvonta');
  await expect(channels.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
  await expect(page.locator('section[aria-labelledby="networks"]').getByRole('link', { name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  // Its coordinator goes on to add a service and to change it.
  await expect(page.getByRole('link', { name: 'Muokkaa organisaatiota' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lisää palvelu' })).toBeVisible();

  await page.goto(`/regions/${oulu}`);
  const members = page.locator('section[aria-labelledby="members"]');
  await members.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('a coordinator finds an organisation already in another region and adds it to the network instead of a second one', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const uusimaa = await regionId('uusimaa');
  const name = unique('Yhteisjärjestö');
  const created = await api<{ createOrganisation: { id: string } }>(
    'mutation($input: OrganisationInput!, $r: ID!) { createOrganisation(input: $input, regionId: $r) { id } }',
    { input: { name, kind: 'NGO', municipality: 'Helsinki' }, r: uusimaa },
    'coordinatorUusimaa',
  );
  await searchCaughtUp();

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}/organisations/new`);
  const existing = page.locator('section[aria-labelledby="existing"]');
  await existing.getByLabel('Organisaation nimi').fill(name);
  await existing.getByRole('button', { name: 'Hae' }).click();
  // Others may share the word of its name; it is among those found.
  await expect(existing.getByRole('status')).toHaveText(/^\d+ organisaatio(ta)? löytyi\.$/);
  await expect(existing.getByRole('link', { name })).toBeVisible();
  await existing.getByRole('button', { name: `Lisää verkostoon: ${name}` }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/organisations/${created.createOrganisation.id}$`));
  const networks = page.locator('section[aria-labelledby="networks"]');
  await expect(networks.getByRole('link', { name: 'Uusimaa' })).toBeVisible();
  await expect(networks.getByRole('link', { name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  await page.goto(`/regions/${oulu}`);
  await expect(page.locator('section[aria-labelledby="members"]').getByRole('link', { name })).toBeVisible();
});

test('a bad business id shows the error at the field and nothing is created', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const name = unique('Väärä tunnus');
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}/organisations/new`);
  await page.getByLabel('Nimi', { exact: true }).fill(name);
  await page.getByLabel('Organisaation tyyppi').selectOption({ label: 'Järjestö' });
  // 1234567's check digit is 1.
  await page.getByLabel('Y-tunnus').fill('1234567-8');
  await page.getByRole('button', { name: 'Lisää organisaatio' }).click();

  const businessId = page.getByLabel('Y-tunnus');
  await expect(businessId).toHaveAttribute('aria-invalid', 'true');
  await expect(businessId).toHaveAccessibleDescription(/Y-tunnuksen 1234567-8 tarkistusnumero on väärä/);
  await expect(businessId).toBeFocused();
  await expect(page.getByLabel('Nimi', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/organisations\/new$/);

  const members = await api<{ organisations: { nodes: { name: string }[] } }>(
    'query($r: ID!) { organisations(regionId: $r, first: 100) { nodes { name } } }',
    { r: oulu },
    'coordinatorOulu',
  );
  expect(members.organisations.nodes.map((o) => o.name)).not.toContain(name);
});

test("a coordinator changes a service's weekly hours and exceptions, and the service page shows them after a reload", async ({ page }) => {
  const organisation = await ouluOrganisation();
  const service = await phoneLine(organisation.id);
  const holiday = helsinkiDate(40);

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/services/${service.id}`);
  await page.getByRole('link', { name: 'Muokkaa palvelua' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa palvelua' })).toBeVisible();

  // Monday's 9–15 goes, Tuesday gets 10–14.30 and Wednesday a closing time before its opening.
  await page.getByRole('button', { name: 'Poista aika Maanantai 09:00–15:00' }).click();
  await expect(page.getByRole('button', { name: 'Lisää aika (Maanantai)' })).toBeFocused();
  const tuesday = page.getByRole('group', { name: 'Tiistai', exact: true });
  await tuesday.getByRole('button', { name: 'Lisää aika (Tiistai)' }).click();
  await tuesday.getByLabel('Avautuu').fill('10:00');
  await tuesday.getByLabel('Sulkeutuu').fill('14:30');
  const wednesday = page.getByRole('group', { name: 'Keskiviikko', exact: true });
  await wednesday.getByRole('button', { name: 'Lisää aika (Keskiviikko)' }).click();
  await wednesday.getByLabel('Avautuu').fill('16:00');
  await wednesday.getByLabel('Sulkeutuu').fill('12:00');
  await page.getByRole('button', { name: 'Lisää poikkeus' }).click();
  const exception = page.getByRole('group', { name: 'Uusi poikkeus' });
  await exception.getByLabel('Päivämäärä').fill(holiday);
  await expect(page.getByRole('group', { name: finnishDate(holiday) }).getByLabel('Suljettu koko päivän')).toBeChecked();
  await page.getByRole('group', { name: finnishDate(holiday) }).getByLabel('Syy').fill('Koulutuspäivä');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();

  // Refused at Wednesday's closing time; nothing changed.
  const closes = wednesday.getByLabel('Sulkeutuu');
  await expect(closes).toHaveAttribute('aria-invalid', 'true');
  await expect(closes).toBeFocused();
  const stored = await api<{ service: { hours: { weekly: { day: string }[]; exceptions: unknown[] } } }>(
    'query($id: ID!) { service(id: $id) { hours { weekly { day } exceptions { date } } } }',
    { id: service.id },
    'coordinatorOulu',
  );
  expect(stored.service.hours).toEqual({ weekly: [{ day: 'MON' }], exceptions: [] });

  await wednesday.getByRole('button', { name: /^Poista aika Keskiviikko/ }).click();
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: service.name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: service.name })).toBeVisible();
  await expect(hoursRow(page, 'Maanantai')).toContainText('Suljettu');
  await expect(hoursRow(page, 'Tiistai')).toContainText('10.00–14.30');
  await expect(hoursRow(page, 'Keskiviikko')).toContainText('Suljettu');
  await expect(page.locator('section[aria-labelledby="hours"] li')).toHaveText(`${finnishDate(holiday)}: Suljettu (Koulutuspäivä)`);
});

test('a service form saved over a colleague’s change made since it opened is refused and keeps their change', async ({ page }) => {
  const organisation = await ouluOrganisation();
  const service = await phoneLine(organisation.id);
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/services/${service.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa palvelua' })).toBeVisible();
  await api(
    'mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }',
    { id: service.id, input: { name: `${service.name} (uusi nimi)`, kind: 'PHONE_LINE', timeZone: ZONE } },
    'admin',
  );
  await page.getByLabel('Kuka voi käyttää').fill('Kaikki aikuiset');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByRole('alert')).toContainText('Joku on tallentanut tähän muutoksen sen jälkeen, kun avasit sen');
  await expect(page).toHaveURL(new RegExp(`/services/${service.id}/edit$`));
  const kept = await api<{ service: { name: string; eligibility: string } }>(
    'query($id: ID!) { service(id: $id) { name eligibility } }',
    { id: service.id },
    'coordinatorOulu',
  );
  expect(kept.service).toEqual({ name: `${service.name} (uusi nimi)`, eligibility: '' });
});

test('"Checked up to date today" shows today’s date, the service is no longer over a year old, and a colleague’s edit meanwhile stays', async ({ page }) => {
  const organisation = await ouluOrganisation();
  const twoYearsAgo = helsinkiDate(-730);
  const service = await phoneLine(organisation.id, { assuredOn: twoYearsAgo });

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/services/${service.id}`);
  const checked = page.locator('dl.summary dd').last();
  await expect(checked).toContainText(finnishDate(twoYearsAgo));
  await expect(checked.getByText('Yli vuoden vanha')).toBeVisible();
  // A colleague changes the hours after this page loaded: checking must not undo that.
  await api(
    'mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }',
    {
      id: service.id,
      input: {
        name: service.name,
        kind: 'PHONE_LINE',
        timeZone: ZONE,
        assuredOn: twoYearsAgo,
        channels: [{ kind: 'PHONE', value: '+358 40 000 0999' }],
        hours: { weekly: [{ day: 'MON', opens: '10:00', closes: '16:00' }] },
      },
    },
    'admin',
  );
  await page.getByRole('button', { name: 'Merkitse tarkistetuksi tänään' }).click();

  const today = helsinkiDate();
  await expect(page.getByRole('status').filter({ hasText: `Merkitty tarkistetuksi ${finnishDate(today)}.` })).toBeVisible();
  await expect(checked).toHaveText(finnishDate(today));
  await page.reload();
  await expect(page.locator('dl.summary dd').last()).toHaveText(finnishDate(today));
  // Everything else is as the colleague left it.
  await expect(hoursRow(page, 'Maanantai')).toContainText('10.00–16.00');

  await page.goto(`/organisations/${organisation.id}`);
  await expect(page.locator('section[aria-labelledby="org-services"] .card')).toContainText(`Tiedot tarkistettu ${finnishDate(today)}`);
});

test('a coordinator names a contact person for the membership, then marks the organisation as having left the network', async ({ page }) => {
  const organisation = await ouluOrganisation();
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/organisations/${organisation.id}`);
  await page.getByText('Jäsenyys: Pohjois-Pohjanmaa').click();
  await page.getByLabel('Lisää yhteyshenkilö').selectOption({ label: 'Mikko Törmänen, psykologi (Oulun kaupungin mielenterveyspalvelut)' });
  await page.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Yhteyshenkilöt tallennettu.' })).toBeVisible();
  await page.reload();
  await expect(page.locator('section[aria-labelledby="contacts"]')).toContainText('Mikko Törmänen');

  await page.getByText('Jäsenyys: Pohjois-Pohjanmaa').click();
  await page.getByLabel('Tila verkostossa').selectOption({ label: 'Eronnut verkostosta' });
  await page.getByRole('button', { name: 'Muuta tila' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tila muutettu.' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="networks"] .badge')).toHaveText('Eronnut verkostosta');
  // Nobody is to be contacted about a network it has left.
  await expect(page.locator('section[aria-labelledby="contacts"]')).toContainText('Yhteyshenkilöitä ei ole nimetty.');
  // An organisation that has left is no longer Oulu's to change.
  await expect(page.getByRole('link', { name: 'Muokkaa organisaatiota' })).toHaveCount(0);
  expect(
    await refusal(
      'mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }',
      { id: organisation.id, input: { name: organisation.name, kind: 'NGO' } },
      'coordinatorOulu',
    ),
  ).toBe('FORBIDDEN');
});

test('a member sees no edit controls, and a coordinator of another region can neither see them nor change anything', async ({ browser }) => {
  const organisation = await ouluOrganisation();
  const service = await phoneLine(organisation.id);

  for (const account of ['memberOulu', 'coordinatorUusimaa'] as const) {
    const page = await browser.newPage();
    await signIn(page, account);
    await page.goto(`/regions/${organisation.oulu}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Lisää organisaatio' })).toHaveCount(0);

    await page.goto(`/organisations/${organisation.id}`);
    await expect(page.getByRole('heading', { level: 1, name: organisation.name })).toBeVisible();
    await expect(page.getByRole('link', { name: service.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Muokkaa organisaatiota' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lisää palvelu' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Merkitse tarkistetuksi/ })).toHaveCount(0);
    await expect(page.locator('.membership-admin')).toHaveCount(0);

    await page.goto(`/services/${service.id}`);
    await expect(page.getByRole('heading', { level: 1, name: service.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Muokkaa palvelua' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Merkitse tarkistetuksi/ })).toHaveCount(0);

    // The forms' addresses show nothing to change.
    for (const path of [
      `/organisations/${organisation.id}/edit`,
      `/services/${service.id}/edit`,
      `/organisations/${organisation.id}/services/new`,
      `/regions/${organisation.oulu}/organisations/new`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
      await expect(page.locator('form')).toHaveCount(0);
    }
    await page.close();

    expect(
      await refusal(
        'mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }',
        { id: organisation.id, input: { name: 'Kaapattu', kind: 'NGO' } },
        account,
      ),
    ).toBe('FORBIDDEN');
    expect(
      await refusal(
        'mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }',
        { id: service.id, input: { name: 'Kaapattu', kind: 'CHAT' } },
        account,
      ),
    ).toBe('FORBIDDEN');
  }
  const unchanged = await api<{ organisation: { name: string }; service: { name: string } }>(
    'query($o: ID!, $s: ID!) { organisation(id: $o) { name } service(id: $s) { name } }',
    { o: organisation.id, s: service.id },
    'memberOulu',
  );
  expect(unchanged).toEqual({ organisation: { name: organisation.name }, service: { name: service.name } });
});
