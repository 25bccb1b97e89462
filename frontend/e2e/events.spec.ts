// Meetings and trainings (issue 4's API): a coordinator of Oulu schedules an event, a member
// registers and cancels, the coordinator marks it held with minutes and an action item on a
// pathway and ticks it done; a full event's CONFLICT; changing and calling off an event. The
// browser runs in New York's time zone, so every time shown must be the region's (Helsinki).
import { expect, test, type Page } from '@playwright/test';

import { api, publishedPathways, regionId, signIn, unique } from './support';

test.use({ timezoneId: 'America/New_York' });

const REGION_ZONE = 'Europe/Helsinki';

/** `instant` as a wall-clock time in Helsinki, the way the API and `datetime-local` write it. */
function helsinkiLocal(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: REGION_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** `instant`'s hour and minute in Helsinki as Finnish writes them (`9.05`, `17.30`). */
function helsinkiClock(instant: Date): string {
  return new Intl.DateTimeFormat('fi-FI', { timeZone: REGION_ZONE, hour: 'numeric', minute: '2-digit' }).format(instant);
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);

async function createEvent(title: string, input: Record<string, unknown>): Promise<string> {
  const oulu = await regionId('pohjois-pohjanmaa');
  const data = await api<{ createEvent: { id: string } }>(
    'mutation($r: ID!, $i: EventInput!) { createEvent(regionId: $r, input: $i) { id } }',
    { r: oulu, i: { kind: 'TRAINING', title, place: 'Oulun kaupungintalo', ...input } },
    'coordinatorOulu',
  );
  return data.createEvent.id;
}

const seats = (page: Page) => page.getByTestId('event-seats');

test('a coordinator schedules an event, a member registers and cancels, the coordinator marks it held with minutes and an action item on a pathway, and ticks it done', async ({
  page,
  browser,
}) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const pathway = (await publishedPathways(oulu)).at(0);
  if (!pathway) throw new Error('the demo has no published pathway in Oulu');
  const title = unique('Turvasuunnitelmakoulutus');
  // In two hours: members register until it begins.
  const start = inHours(2);
  const end = inHours(4);

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}`);
  await page.getByRole('link', { name: 'Järjestä kokous tai koulutus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Järjestä kokous tai koulutus' })).toBeVisible();
  await page.getByLabel('Tyyppi').selectOption({ label: 'Koulutus' });
  await page.getByLabel('Nimi').fill(title);
  await page.getByLabel('Alkaa').fill(helsinkiLocal(start));
  await expect(page.getByLabel('Alkaa')).toHaveAccessibleDescription('Alueen aikavyöhykkeellä (Europe/Helsinki).');
  // An end before the start is refused at the end field.
  await page.getByLabel('Päättyy').fill(helsinkiLocal(inHours(1)));
  await page.getByLabel('Paikka', { exact: true }).fill('Oulun kaupungintalo, sali 2');
  await page.getByLabel('Paikkoja').fill('5');
  await page.getByLabel('Ohjelma (Markdown)').fill('## Aiheet\n\n1. Mikä turvasuunnitelma on\n2. **Ohjaus** palveluun\n\n<img src=x onerror="window.pwned=1">');
  await page.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  await expect(page.getByLabel('Päättyy')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Päättyy')).toHaveAccessibleDescription(/On oltava alkamisajan jälkeen\.$/);
  await page.getByLabel('Päättyy').fill(helsinkiLocal(end));
  await page.getByRole('button', { name: 'Lisää tapahtuma' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]+$/);
  const eventPath = new URL(page.url()).pathname;
  // Helsinki times, though the browser is in New York.
  await expect(page.getByTestId('event-when')).toContainText(helsinkiClock(start));
  await expect(page.getByTestId('event-when')).toContainText(helsinkiClock(end));
  await expect(page.getByText('Oulun kaupungintalo, sali 2')).toBeVisible();
  await expect(seats(page)).toHaveText('5 paikkaa, 0 varattu, 5 vapaana');
  const agenda = page.locator('section[aria-labelledby="agenda"]');
  await expect(agenda.getByRole('heading', { name: 'Aiheet' })).toBeVisible();
  await expect(agenda.locator('strong')).toHaveText('Ohjaus');
  await expect(agenda.locator('img')).toHaveCount(0);
  await page.goto(`/regions/${oulu}`);
  await expect(page.locator('section[aria-labelledby="events"] .card').filter({ hasText: title })).toContainText(helsinkiClock(start));

  // A member registers, finds it among their events on the home page, and cancels.
  const member = await (await browser.newContext({ timezoneId: 'America/New_York' })).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(eventPath);
  await member.getByRole('button', { name: 'Ilmoittaudu' }).click();
  await expect(member.getByText('Olet ilmoittautunut.')).toBeVisible();
  await expect(seats(member)).toHaveText('5 paikkaa, 1 varattu, 4 vapaana');
  await expect(member.locator('#registrations')).toHaveCount(0);
  await member.goto('/');
  await member.locator('[data-slot="myEvents"]').getByRole('link', { name: title }).click();
  await expect(member.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.goto(eventPath);
  const registrations = page.locator('section[aria-labelledby="registrations"]');
  await expect(registrations.getByRole('heading')).toHaveText('Ilmoittautuneet (1)');
  await expect(registrations.locator('li')).toContainText('Mikko Törmänen');

  await member.getByRole('button', { name: 'Peru ilmoittautumiseni' }).click();
  await expect(member.getByRole('button', { name: 'Ilmoittaudu' })).toBeVisible();
  await expect(seats(member)).toHaveText('5 paikkaa, 0 varattu, 5 vapaana');
  await page.reload();
  await expect(registrations.getByRole('heading')).toHaveText('Ilmoittautuneet (0)');

  // The training takes place (the test cannot wait two hours: it is moved to an hour ago).
  await api(
    'mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, input: $i) { id } }',
    {
      id: eventPath.split('/').pop(),
      i: { kind: 'TRAINING', title, startsAt: helsinkiLocal(inHours(-1)), endsAt: helsinkiLocal(inHours(1)), place: 'Oulun kaupungintalo, sali 2', capacity: 5 },
    },
    'coordinatorOulu',
  );
  await page.reload();

  // Held, with minutes: the personal-data guard answers at the minutes field first.
  const minutesField = page.getByLabel('Muistio (Markdown, voi kirjoittaa myöhemmin)');
  await minutesField.fill('Asiakas 131052-308T mainittiin.');
  await page.getByRole('button', { name: 'Merkitse pidetyksi' }).click();
  await expect(minutesField).toHaveAttribute('aria-invalid', 'true');
  await minutesField.fill('Läsnä **6** organisaatiota. Sovittiin hoitopolun päivityksestä.');
  await page.getByRole('button', { name: 'Merkitse pidetyksi' }).click();
  await expect(page.locator('.meta .badge').filter({ hasText: 'Pidetty' })).toBeVisible();
  const minutes = page.locator('section[aria-labelledby="minutes"]');
  await expect(minutes.locator('.markdown strong')).toHaveText('6');
  await expect(page.locator('#registration')).toHaveCount(0);

  // An action item pointing at a pathway, then done.
  const actionItems = page.locator('section[aria-labelledby="action-items"]');
  const task = unique('Päivitä yhteystiedot');
  await actionItems.getByLabel('Mitä tehdään').fill(task);
  await actionItems.getByLabel('Hoitopolku').selectOption({ label: pathway.title });
  await actionItems.getByRole('button', { name: 'Lisää', exact: true }).click();
  const item = actionItems.locator('li.action-item').filter({ hasText: task });
  await expect(item).toContainText('Avoin');
  await expect(item.getByRole('link', { name: pathway.title })).toHaveAttribute('href', `/pathways/${pathway.id}`);
  const doneBox = item.getByRole('checkbox', { name: new RegExp(`^Tehty\\s*:\\s*${task}$`) });
  await expect(doneBox).not.toBeChecked();
  await doneBox.click();
  await expect(doneBox).toBeChecked();
  await expect(item.locator('.badge')).toHaveText('Tehty');
  await expect(item).toContainText(/Tehty \d/);

  // The member reads minutes and action items, and can change neither.
  await member.goto(eventPath);
  await expect(member.locator('section[aria-labelledby="minutes"] .markdown strong')).toHaveText('6');
  const memberItem = member.locator('li.action-item').filter({ hasText: task });
  await expect(memberItem.locator('.badge')).toHaveText('Tehty');
  await expect(memberItem.getByRole('checkbox')).toHaveCount(0);
  await expect(member.getByLabel('Mitä tehdään')).toHaveCount(0);
  await memberItem.getByRole('link', { name: pathway.title }).click();
  await expect(member.getByRole('heading', { level: 1, name: pathway.title })).toBeVisible();
  await member.context().close();
});

test('an empty event form flags every required field at once, before sending', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/regions/${oulu}/events/new`);
  await page.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  const title = page.getByLabel('Nimi');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Pakollinen');
  await expect(page.getByLabel('Alkaa')).toHaveAccessibleDescription('Alueen aikavyöhykkeellä (Europe/Helsinki). Pakollinen');
  await expect(page.getByLabel('Päättyy')).toHaveAccessibleDescription('Alueen aikavyöhykkeellä (Europe/Helsinki). Pakollinen');
  await expect(page.getByLabel('Paikka', { exact: true })).toHaveAccessibleDescription(/Anna paikka, verkkolinkki tai molemmat\.$/);
  await expect(page.getByText('ei ole paikallinen aika')).toHaveCount(0);
  await expect(title).toBeFocused();
  await expect(page).toHaveURL(/\/events\/new$/);

  // Filled in, each field's error goes.
  await title.fill(unique('Verkostokokous'));
  await page.getByRole('button', { name: 'Lisää tapahtuma' }).click();
  await expect(title).not.toHaveAttribute('aria-invalid');
  await expect(page.getByLabel('Alkaa')).toBeFocused();
});

test('one seat, one registration: the counts read in the singular', async ({ page }) => {
  const id = await createEvent(unique('Yksityiskeskustelu'), {
    startsAt: helsinkiLocal(inHours(72)),
    endsAt: helsinkiLocal(inHours(73)),
    capacity: 1,
  });
  const unlimited = await createEvent(unique('Avoin tilaisuus'), { startsAt: helsinkiLocal(inHours(72)), endsAt: helsinkiLocal(inHours(73)) });
  await api('mutation($id: ID!) { registerForEvent(id: $id) { id } }', { id: unlimited }, 'coordinatorOulu');
  await signIn(page, 'memberOulu');
  await page.goto(`/events/${id}`);
  await expect(seats(page)).toHaveText('1 paikka, 0 varattu, 1 vapaana');
  await page.goto(`/events/${unlimited}`);
  await expect(seats(page)).toHaveText('Ei osallistujarajaa; 1 ilmoittautunut');
  for (const [language, one, unlimitedOne] of [
    ['Svenska', '1 plats, 0 bokade, 1 ledig', 'Ingen gräns; 1 anmäld'],
    ['Norsk bokmål', '1 plass, 0 tatt, 1 ledig', 'Ingen grense; 1 påmeldt'],
    ['English', '1 seat, 0 taken, 1 left', 'No limit; 1 registered'],
  ] as const) {
    await page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ }).selectOption({ label: language });
    await expect(seats(page)).toHaveText(unlimitedOne);
    await page.goto(`/events/${id}`);
    await expect(seats(page)).toHaveText(one);
    await page.goto(`/events/${unlimited}`);
  }
});

test('the last seat taken while the page is open: registering says plainly that the event is full', async ({ page }) => {
  const title = unique('Pienryhmä');
  const id = await createEvent(title, {
    startsAt: helsinkiLocal(inHours(48)),
    endsAt: helsinkiLocal(inHours(50)),
    capacity: 1,
  });
  await signIn(page, 'memberOulu');
  await page.goto(`/events/${id}`);
  await expect(seats(page)).toHaveText('1 paikka, 0 varattu, 1 vapaana');
  await api('mutation($id: ID!) { registerForEvent(id: $id) { id } }', { id }, 'coordinatorOulu');
  await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Tapahtuma on täynnä/);
  await expect(seats(page)).toHaveText('1 paikka, 1 varattu, 0 vapaana');
  await expect(page.getByRole('button', { name: 'Ilmoittaudu' })).toBeDisabled();
  await expect(page.getByText('Olet ilmoittautunut.')).toHaveCount(0);
});

test('a coordinator changes an upcoming event and calls it off; members see it called off', async ({ page, browser }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Infotilaisuus');
  const start = inHours(24 * 7);
  const id = await createEvent(title, {
    kind: 'INFO_SESSION',
    startsAt: helsinkiLocal(start),
    endsAt: helsinkiLocal(inHours(24 * 7 + 1)),
    onlineUrl: 'https://meet.example.org/info',
  });
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/events/${id}`);
  await page.getByRole('link', { name: 'Muuta tapahtumaa' }).click();
  await expect(page.getByLabel('Alkaa')).toHaveValue(helsinkiLocal(start));
  await page.getByLabel('Verkkolinkki').fill('ftp://ei-kelpaa');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByLabel('Verkkolinkki')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Verkkolinkki').fill('https://meet.example.org/uusi');
  await page.getByLabel('Nimi').fill(`${title} (siirretty)`);
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} (siirretty)` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://meet.example.org/uusi' })).toBeVisible();

  await page.getByRole('button', { name: 'Peru tapahtuma' }).click();
  await page.getByRole('button', { name: 'Kyllä, peru' }).click();
  await expect(page.locator('.meta .badge').filter({ hasText: 'Peruttu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Muuta tapahtumaa' })).toHaveCount(0);

  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(`/regions/${oulu}`);
  const card = member.locator('section[aria-labelledby="events"] .card').filter({ hasText: title });
  await expect(card).toContainText('Peruttu');
  await card.getByRole('link').click();
  await expect(member.getByRole('button', { name: 'Ilmoittaudu' })).toHaveCount(0);
  await member.context().close();
});

test('registration closes when an event begins', async ({ page }) => {
  const title = unique('Alkanut koulutus');
  const id = await createEvent(title, { startsAt: helsinkiLocal(inHours(-1)), endsAt: helsinkiLocal(inHours(1)) });
  await signIn(page, 'memberOulu');
  await page.goto(`/events/${id}`);
  const registration = page.locator('section[aria-labelledby="registration"]');
  await expect(registration).toContainText('Ilmoittautuminen päättyi, kun tapahtuma alkoi.');
  await expect(registration.getByRole('button')).toHaveCount(0);
  // The API says the same to anyone who tries.
  await expect(api('mutation($id: ID!) { registerForEvent(id: $id) { id } }', { id }, 'memberOulu')).rejects.toThrow(/already begun/);
});
