// Managing pathways in the browser: a coordinator changes who reads a pathway and when it is due
// for review, marks it reviewed (a date that is not after today is refused at the field and
// changes nothing) and archives it after a second question; a member sees none of that, discards
// their own proposal, deletes their pathway that was never published and restores an old version
// as a new draft; a coordinator makes their
// region's variant of a national pathway, and a region that has one gets the API's conflict.
// Every pathway here is made by the test itself: archiving and variants change what others see.
import { expect, test, type Page } from '@playwright/test';

import { api, createPathway, expectAccessible, regionId, screenshot, signIn, unique } from './support';

/** A published pathway of Oulu (coordinator Oulu's), readable by Oulu's network. */
async function ouluPathway(prefix: string, content: { body?: string } = {}): Promise<{ id: string; title: string }> {
  const title = unique(prefix);
  const id = await createPathway('coordinatorOulu', await regionId('pohjois-pohjanmaa'), { title, summary: 'Testipolku.', ...content }, true);
  return { id, title };
}

interface Settings {
  visibility: string;
  reviewDue: string | null;
  status: string;
}

async function settings(id: string): Promise<Settings> {
  const data = await api<{ pathway: Settings }>('query($id: ID!) { pathway(id: $id) { visibility reviewDue status } }', { id }, 'coordinatorOulu');
  return data.pathway;
}

/** Today's date in Helsinki, where the browser of these journeys lives, as `2026-11-23`. */
function helsinkiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

const manage = (page: Page) => page.locator('section[aria-labelledby="manage"]');

test('a coordinator changes who reads a pathway and its review date; the page shows them after a reload and a member sees no such controls', async ({
  page,
  browser,
}) => {
  const { id } = await ouluPathway('Asetustesti');

  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(`/pathways/${id}`);
  await expect(member.getByRole('heading', { name: 'Vaiheet' })).toBeVisible();
  await expect(member.getByRole('heading', { name: 'Asetukset ja tarkistus' })).toHaveCount(0);
  await expect(member.getByRole('button', { name: 'Tallenna asetukset' })).toHaveCount(0);
  await expect(member.getByRole('button', { name: 'Merkitse tarkistetuksi' })).toHaveCount(0);
  await expect(member.getByRole('button', { name: 'Arkistoi hoitopolku' })).toHaveCount(0);
  await member.context().close();

  // Nobody outside the network reads it yet.
  expect((await api<{ pathway: unknown }>('query($id: ID!) { pathway(id: $id) { id } }', { id })).pathway).toBeNull();

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${id}`);
  const panel = manage(page);
  await expect(panel.getByLabel('Kuka voi lukea')).toHaveValue('NETWORK');
  await expect(panel.getByLabel('Tarkistettava viimeistään')).toHaveValue('');
  await panel.getByLabel('Kuka voi lukea').selectOption({ label: 'Kaikki' });
  await panel.getByLabel('Tarkistettava viimeistään').fill('2031-03-15');
  await panel.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(panel.getByRole('status')).toHaveText('Asetukset tallennettu.');

  await page.reload();
  await expect(panel.getByLabel('Kuka voi lukea')).toHaveValue('PUBLIC');
  await expect(panel.getByLabel('Tarkistettava viimeistään')).toHaveValue('2031-03-15');
  await expect(page.locator('article > p.meta')).toContainText('tarkistettava 15.3.2031');
  expect(await settings(id)).toMatchObject({ visibility: 'PUBLIC', reviewDue: '2031-03-15' });
  // Public now: an anonymous visitor reads it.
  expect((await api<{ pathway: unknown }>('query($id: ID!) { pathway(id: $id) { id } }', { id })).pathway).not.toBeNull();

  // Emptying the date removes it.
  await panel.getByLabel('Tarkistettava viimeistään').fill('');
  await panel.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(panel.getByRole('status')).toHaveText('Asetukset tallennettu.');
  await page.reload();
  await expect(panel.getByLabel('Tarkistettava viimeistään')).toHaveValue('');
  await expect(page.locator('article > p.meta')).not.toContainText('tarkistettava');
});

test('marking a pathway reviewed: a date that is not after today is refused at the field and changes nothing; the default a year ahead is saved', async ({
  page,
}) => {
  const { id } = await ouluPathway('Tarkistustesti');
  await api(
    'mutation($id: ID!) { setPathwaySettings(pathwayId: $id, visibility: NETWORK, reviewDue: "2026-01-31") { id } }',
    { id },
    'coordinatorOulu',
  );
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${id}`);
  const panel = manage(page);
  const next = panel.getByLabel('Seuraava tarkistus');
  const today = helsinkiToday();
  await expect(next).toHaveValue(new RegExp(`^${Number(today.slice(0, 4)) + 1}-\\d{2}-\\d{2}$`));
  const aYearAhead = await next.inputValue();

  await next.fill('2020-05-04');
  await panel.getByRole('button', { name: 'Merkitse tarkistetuksi' }).click();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toHaveAccessibleDescription(/tämän päivän jälkeen/);
  await expect(panel.getByRole('status')).toHaveText('');
  await expectAccessible(page, 'pathway-review-refused');
  await page.reload();
  await expect(page.locator('article > p.meta')).toContainText('tarkistettava 31.1.2026');
  expect((await settings(id)).reviewDue).toBe('2026-01-31');

  await next.fill(aYearAhead);
  await panel.getByRole('button', { name: 'Merkitse tarkistetuksi' }).click();
  await expect(panel.getByRole('status')).toContainText('Merkitty tarkistetuksi. Seuraava tarkistus viimeistään');
  await expect(next).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(panel.getByLabel('Tarkistettava viimeistään')).toHaveValue(aYearAhead);
  const [y, m, d] = aYearAhead.split('-').map(Number);
  await expect(page.locator('article > p.meta')).toContainText(`tarkistettava ${d}.${m}.${y}`);
  await expect(page.locator('article > p.meta')).not.toContainText('Tarkistus myöhässä');
});

test('a coordinator archives a pathway after a second question; it says it is archived and members no longer find it', async ({
  page,
  browser,
}) => {
  const { id, title } = await ouluPathway('Arkistointitesti');
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${id}`);
  const panel = manage(page);

  // Cancelling changes nothing and gives the focus back.
  await panel.getByRole('button', { name: 'Arkistoi hoitopolku' }).click();
  const question = panel.getByRole('group', { name: 'Arkistoidaanko hoitopolku? Lukijat eivät enää näe sitä.' });
  await expect(question.getByText('Arkistoidaanko hoitopolku? Lukijat eivät enää näe sitä.')).toBeFocused();
  await expectAccessible(page, 'pathway-archive-confirm');
  await screenshot(page, 'pathway-archive-confirm');
  await question.getByRole('button', { name: 'Peruuta' }).click();
  await expect(panel.getByRole('button', { name: 'Arkistoi hoitopolku' })).toBeFocused();
  expect((await settings(id)).status).toBe('PUBLISHED');

  await panel.getByRole('button', { name: 'Arkistoi hoitopolku' }).click();
  await question.getByRole('button', { name: 'Kyllä, arkistoi' }).click();
  await expect(panel.getByRole('status')).toHaveText('Hoitopolku arkistoitiin.');
  await expect(panel.getByRole('status')).toBeFocused();
  await expect(page.getByText('Tämä hoitopolku on arkistoitu')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Arkistoi hoitopolku' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Merkitse tarkistetuksi' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('article > p.meta .badge').first()).toHaveText('Arkistoitu');
  await expect(page.getByText('Tämä hoitopolku on arkistoitu')).toBeVisible();
  await expectAccessible(page, 'pathway-archived-by-coordinator');
  await screenshot(page, 'pathway-archived-by-coordinator');

  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(`/pathways/${id}`);
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Ei löytynyt');
  await member.context().close();
});

test('a member discards their own proposal after a second question; the published version stays', async ({ page }) => {
  const { id, title } = await ouluPathway('Hylkäystesti');
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  await page.getByRole('button', { name: 'Ehdota muutoksia (uusi luonnos)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa luonnosta' })).toBeVisible();
  await page.getByLabel('Otsikko').fill(`${title} ehdotus`);
  await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await expect(page.getByText('Luonnos tallennettu.')).toBeVisible();

  await page.goto(`/pathways/${id}`);
  await expect(page.getByText('Versio 2 on luonnosteilla.')).toBeVisible();
  // A member may not publish or archive, only work on their own draft.
  await expect(page.getByRole('heading', { name: 'Asetukset ja tarkistus' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Hylkää luonnos' }).click();
  await page
    .getByRole('group', { name: 'Hylätäänkö versio 2? Sen muutokset menetetään; julkaistu versio säilyy.' })
    .getByRole('button', { name: 'Kyllä, hylkää' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Luonnos hylättiin.' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Muokkaa luonnosta' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hylkää luonnos' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ehdota muutoksia (uusi luonnos)' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Versio 2 on luonnosteilla.')).toHaveCount(0);
  const versions = await api<{ pathway: { openVersion: unknown; versions: { nodes: { number: number }[] } } }>(
    'query($id: ID!) { pathway(id: $id) { openVersion { number } versions(first: 10) { nodes { number } } } }',
    { id },
    'coordinatorOulu',
  );
  expect(versions.pathway.openVersion).toBeNull();
  expect(versions.pathway.versions.nodes.map((v) => v.number)).toEqual([1]);
});

test('a member deletes their pathway that was never published after a second question and lands on the region, which says so; a published one offers no delete', async ({
  page,
}) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Poistotesti');
  const id = await createPathway('memberOulu', oulu, { title, summary: 'Hylätty aloitus.' });
  const published = await ouluPathway('Poistamaton');
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${published.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title);
  await expect(page.getByRole('button', { name: 'Poista hoitopolku' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('button', { name: 'Poista hoitopolku' }).click();
  await page
    .getByRole('group', { name: 'Poistetaanko hoitopolku? Sitä ei ole julkaistu; sen luonnos menetetään.' })
    .getByRole('button', { name: 'Kyllä, poista' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/regions/${oulu}$`));
  await expect(page.getByRole('status').filter({ hasText: `Hoitopolku ”${title}” poistettiin.` })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  const gone = await api<{ pathway: unknown }>('query($id: ID!) { pathway(id: $id) { id } }', { id }, 'coordinatorOulu');
  expect(gone.pathway).toBeNull();
});

test('a member restores an old version as a new draft and finds its content in the editor; readers of other regions cannot', async ({
  page,
  browser,
}) => {
  const oldBody = unique('Ensimmäisen version ohje');
  const { id, title } = await ouluPathway('Palautustesti', { body: oldBody });
  await api(
    'mutation($id: ID!) { setPathwaySettings(pathwayId: $id, visibility: ALL_MEMBERS) { id } }',
    { id },
    'coordinatorOulu',
  );
  await api('mutation($id: ID!) { startPathwayDraft(pathwayId: $id) { id } }', { id }, 'coordinatorOulu');
  await api(
    'mutation($id: ID!, $c: PathwayContentInput!) { updatePathwayDraft(pathwayId: $id, content: $c) { id } }',
    { id, c: { language: 'FI', title: `${title} uusi`, summary: 'Uusi.', body: 'Toisen version ohje.', changeNote: 'Uusittu' } },
    'coordinatorOulu',
  );
  await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id }, 'coordinatorOulu');

  // A member of another region reads the history but may not start a draft here.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'memberUusimaa');
  await other.goto(`/pathways/${id}/history`);
  await expect(other.locator('table.versions tbody tr')).toHaveCount(2);
  await expect(other.getByRole('button', { name: /Palauta uudeksi luonnokseksi/ })).toHaveCount(0);
  await other.context().close();

  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}/history`);
  const rows = page.locator('table.versions tbody tr');
  await expect(rows).toHaveCount(2);
  // Only the superseded version is offered: the published one is what "Propose changes" starts from.
  await expect(page.getByRole('button', { name: /Palauta uudeksi luonnokseksi/ })).toHaveCount(1);
  await expectAccessible(page, 'pathway-history-restore');
  await screenshot(page, 'pathway-history-restore');
  await page.getByRole('button', { name: 'Palauta uudeksi luonnokseksi: versio 1' }).click();

  await expect(page).toHaveURL(`/pathways/${id}/edit`);
  await expect(page.getByLabel('Otsikko')).toHaveValue(title);
  await expect(page.getByLabel('Kuvaus (Markdown)')).toHaveValue(oldBody);

  // The history now lists the new draft, and says why nothing more can be restored for now.
  await page.goto(`/pathways/${id}/history`);
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Luonnos');
  await expect(page.getByText('Versio 3 on vielä auki')).toBeVisible();
  await expect(page.getByRole('button', { name: /Palauta uudeksi luonnokseksi/ })).toHaveCount(0);
});

/** A published national pathway made by the admin for this test. */
async function nationalPathway(title: string): Promise<string> {
  const created = await api<{ createPathway: { id: string } }>(
    'mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }',
    { input: { visibility: 'ALL_MEMBERS', content: { language: 'FI', title, summary: 'Valtakunnallinen pohja.', steps: [{ title: 'Ensimmäinen tapaaminen' }] } } },
    'admin',
  );
  const id = created.createPathway.id;
  await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id }, 'admin');
  return id;
}

test('a coordinator creates their region’s variant of a national pathway and lands on it; its base shows, and the region is not offered again', async ({
  page,
  browser,
}) => {
  const title = unique('Kansallinen muunnostesti');
  const national = await nationalPathway(title);

  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'memberOulu');
  await member.goto(`/pathways/${national}`);
  await expect(member.getByRole('heading', { name: 'Alueelliset versiot' })).toBeVisible();
  await expect(member.getByText('Yksikään alue ei ole vielä tehnyt omaa versiotaan.')).toBeVisible();
  await expect(member.getByRole('button', { name: 'Luo versio' })).toHaveCount(0);
  await member.context().close();

  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${national}`);
  const form = page.getByRole('form', { name: 'Luo alueellinen versio' });
  await expect(form.getByLabel('Alue').locator('option')).toHaveText(['Pohjois-Pohjanmaa']);
  await form.getByLabel('Kuka voi lukea julkaisun jälkeen').selectOption({ label: 'Kaikkien alueiden jäsenet' });
  await expectAccessible(page, 'national-pathway-create-variant');
  await screenshot(page, 'national-pathway-create-variant');
  await form.getByRole('button', { name: 'Luo versio' }).click();

  await expect(page).not.toHaveURL(`/pathways/${national}`);
  await expect(page).toHaveURL(/\/pathways\/[0-9a-f-]{36}$/);
  const variant = page.url().split('/').pop() ?? '';
  await expect(page.getByTestId('based-on')).toHaveText(`Pohjana valtakunnallinen hoitopolku ${title}, versio 1`);
  await expect(page.getByTestId('based-on').getByRole('link', { name: title })).toHaveAttribute('href', `/pathways/${national}`);
  await expect(page.locator('article > p.meta .badge').first()).toHaveText('Luonnos');
  await expect(page.locator('.breadcrumb')).toHaveText('Pohjois-Pohjanmaa');
  const made = await api<{ pathway: { visibility: string; region: { id: string } } }>(
    'query($id: ID!) { pathway(id: $id) { visibility region { id } } }',
    { id: variant },
    'coordinatorOulu',
  );
  expect(made.pathway).toEqual({ visibility: 'ALL_MEMBERS', region: { id: await regionId('pohjois-pohjanmaa') } });

  await page.getByTestId('based-on').getByRole('link', { name: title }).click();
  const variants = page.locator('section[aria-labelledby="variants"]');
  await expect(variants.getByRole('link', { name: 'Pohjois-Pohjanmaa' })).toHaveAttribute('href', `/pathways/${variant}`);
  await expect(variants.getByText('Luonnos')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Luo alueellinen versio' })).toHaveCount(0);
  await expect(variants.getByText('Jokaisella alueella, jonka voit valita, on jo oma versionsa tästä hoitopolusta.')).toBeVisible();
});

test('an admin chooses among the active regions without a variant; a region that got one meanwhile shows the conflict and nothing more is made', async ({
  page,
}) => {
  const title = unique('Kansallinen ristiriitatesti');
  const national = await nationalPathway(title);
  await signIn(page, 'admin');
  await page.goto(`/pathways/${national}`);
  const form = page.getByRole('form', { name: 'Luo alueellinen versio' });
  const regions = form.getByLabel('Alue');
  await expect(regions.locator('option', { hasText: 'Pohjois-Pohjanmaa' })).toHaveCount(1);
  await expect(regions.locator('option', { hasText: 'Uusimaa' })).toHaveCount(1);
  // Kaakkois-Suomi is still onboarding.
  await expect(regions.locator('option', { hasText: 'Kaakkois-Suomi' })).toHaveCount(0);
  await regions.selectOption({ label: 'Uusimaa' });

  // Uusimaa's coordinator makes the variant while the admin's form is open.
  const uusimaa = await regionId('uusimaa');
  await api(
    'mutation($p: ID!, $r: ID!) { createPathwayVariant(pathwayId: $p, regionId: $r) { id } }',
    { p: national, r: uusimaa },
    'coordinatorUusimaa',
  );
  await form.getByRole('button', { name: 'Luo versio' }).click();
  await expect(form.getByRole('alert')).toContainText('Ristiriita.');
  await expect(form.getByRole('alert')).toContainText('Alueella on jo oma versio tästä valtakunnallisesta hoitopolusta');
  await expect(page).toHaveURL(`/pathways/${national}`);
  const variants = await api<{ pathway: { variants: { nodes: { region: { id: string } }[] } } }>(
    'query($id: ID!) { pathway(id: $id) { variants(first: 100) { nodes { region { id } } } } }',
    { id: national },
    'admin',
  );
  expect(variants.pathway.variants.nodes.map((v) => v.region.id)).toEqual([uusimaa]);

  // Once the page has caught up, Uusimaa is no longer offered.
  await page.reload();
  await expect(page.locator('section[aria-labelledby="variants"]').getByRole('link', { name: 'Uusimaa' })).toBeVisible();
  await expect(form.getByLabel('Alue').locator('option', { hasText: 'Uusimaa' })).toHaveCount(0);
});

test('the diff of two versions names languages and target groups as readers know them, and compares the steps step by step', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const organisations = await api<{ region: { organisations: { nodes: { id: string; name: string }[] } } }>(
    'query($id: ID!) { region(id: $id) { organisations(first: 2) { nodes { id name } } } }',
    { id: oulu },
    'coordinatorOulu',
  );
  const [first, second] = organisations.region.organisations.nodes;
  const title = unique('Versiovertailu');
  const id = await createPathway(
    'coordinatorOulu',
    oulu,
    { title, steps: [{ title: 'Arviointi', organisationId: first.id }, { title: 'Seuranta', organisationId: first.id }] },
    true,
  );
  await api('mutation($id: ID!) { startPathwayDraft(pathwayId: $id) { id } }', { id }, 'coordinatorOulu');
  await api(
    'mutation($id: ID!, $content: PathwayContentInput!) { updatePathwayDraft(pathwayId: $id, content: $content) { id } }',
    {
      id,
      content: {
        title,
        language: 'SV',
        targetGroups: ['VICTIMS'],
        tags: ['vertailu'],
        steps: [
          { title: 'Arviointi', organisationId: first.id },
          { title: 'Lähete', organisationId: second.id, referralCriteria: 'Lähete tarvitaan' },
          { title: 'Seuranta', organisationId: second.id },
        ],
      },
    },
    'coordinatorOulu',
  );
  await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id }, 'coordinatorOulu');

  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}/history`);
  await page.getByLabel('Mistä').selectOption({ label: 'versio 1' });
  await page.getByLabel('Mihin').selectOption({ label: 'versio 2' });
  const fields = page.getByRole('table', { name: 'Muuttuneet kentät' });
  await expect(fields.getByRole('row', { name: /Kieli/ }).getByRole('cell')).toHaveText(['poistettu: Suomi', 'lisätty: Ruotsi']);
  await expect(fields.getByRole('row', { name: /Kohderyhmät/ }).getByRole('cell')).toHaveText(['—', 'lisätty: Uhrit']);
  await expect(fields.getByRole('row', { name: /Avainsanat/ }).getByRole('cell')).toHaveText(['—', 'lisätty: vertailu']);
  await expect(fields).not.toContainText(/VICTIMS|\[|\bfi\b|\bsv\b/);

  // Step 1 stayed; the new step 2 is one new step; the old step 2 is now step 3 with another organisation.
  const steps = page.locator('.diff-steps__list > li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toHaveAttribute('data-kind', 'UNCHANGED');
  await expect(steps.nth(1)).toContainText('Vaihe 2 Lähete Uusi vaihe');
  await expect(steps.nth(1).getByRole('definition')).toContainText(['Lähete', second.name, 'Lähete tarvitaan']);
  await expect(steps.nth(2)).toContainText('Vaihe 3 Seuranta Muuttunut');
  await expect(steps.nth(2).getByRole('term')).toHaveText(['Vastuussa']);
  await expect(steps.nth(2).getByRole('definition')).toHaveText(`poistettu: ${first.name} lisätty: ${second.name}`);
  await expect(page.locator('.diff-view')).not.toContainText('Responsible');
  await expectAccessible(page, 'pathway-history-diff');
  await screenshot(page, 'pathway-history-diff');
});
