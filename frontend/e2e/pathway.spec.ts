// The pathway page: steps as a flow diagram, the Markdown body (with tables) rendered safely, the
// version history with a visual diff, the print view (which says when a version is not published),
// a malformed id as a missing page, and a first load without router warnings.
import { expect, test } from '@playwright/test';

import { api, createPathway, regionId, signIn, unique } from './support';

interface Step {
  title: string;
  responsibleOrganisation: { id: string; name: string } | null;
  service: { id: string; name: string } | null;
}

async function nationalPathwayWithVersions(): Promise<{ id: string; steps: Step[] }> {
  const data = await api<{ pathways: { nodes: { id: string; versions: { nodes: unknown[] }; currentVersion: { steps: Step[] } }[] } }>(
    `{ pathways(first: 50, national: true) { nodes { id versions(first: 10) { nodes { number } }
      currentVersion { steps { title responsibleOrganisation { id name } service { id name } } } } } }`,
  );
  const pathway = data.pathways.nodes.find((p) => p.versions.nodes.length > 1);
  if (!pathway) throw new Error('the demo has no national pathway with two versions');
  return { id: pathway.id, steps: pathway.currentVersion.steps };
}

test('the steps are drawn as a flow, each naming the responsible organisation and linking to its service', async ({ page }) => {
  const pathway = await nationalPathwayWithVersions();
  await page.goto(`/pathways/${pathway.id}`);
  const steps = page.locator('ol.flow > li.flow__step');
  await expect(steps).toHaveCount(pathway.steps.length);
  for (const [i, step] of pathway.steps.entries()) {
    const box = steps.nth(i);
    await expect(box.getByRole('heading', { level: 3 })).toContainText(step.title);
    if (step.responsibleOrganisation) {
      await expect(box.getByRole('link', { name: step.responsibleOrganisation.name })).toHaveAttribute(
        'href',
        `/organisations/${step.responsibleOrganisation.id}`,
      );
    }
    if (step.service) {
      await expect(box.getByRole('link', { name: step.service.name })).toHaveAttribute('href', `/services/${step.service.id}`);
    }
  }
});

test('the body is rendered from Markdown without raw HTML or unsafe links', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Markdown-testi');
  const id = await createPathway('coordinatorOulu', oulu, {
    title,
    body:
      '# Otsikko\n\n- ensimmäinen kohta\n- **toinen** kohta\n\n<script>window.__ran = 1</script><em class="raw">raaka</em>\n\n[vaarallinen](javascript:window.__ran=2) ja [turvallinen](https://example.org)' +
      '\n\n| Palvelu | Puhelin |\n| --- | ---: |\n| Päivystys | 112 |\n| Rikosuhripäivystys <b>x</b> | 116 006 |\n',
  }, true);
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  const body = page.locator('.markdown');
  await expect(body.getByRole('heading', { level: 3, name: 'Otsikko' })).toBeVisible();
  await expect(body.locator('ul > li')).toHaveCount(2);
  // A GitHub-style table is a table, with its header row and cells, not "| a | b |" text.
  const table = body.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Palvelu', 'Puhelin']);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Päivystys', '112']);
  await expect(table.locator('b')).toHaveCount(0);
  await expect(body).not.toContainText('| Palvelu');
  await expect(body.locator('strong')).toHaveText('toinen');
  await expect(body.locator('script, em.raw')).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'turvallinen' })).toHaveAttribute('href', 'https://example.org');
  const unsafe = await body.getByText('vaarallinen').evaluate((el) => el.closest('a')?.getAttribute('href') ?? '');
  expect(unsafe).not.toContain('javascript');
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test('an image in the body is a link to it: reading a pathway contacts no other server', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const image = 'https://kuvat.example.net/ohjauskaavio.png';
  const id = await createPathway('coordinatorOulu', oulu, {
    title: unique('Kuvatesti'),
    body: `Ohjauksen kulku:\n\n![Ohjauskaavio](${image})\n\n![](https://kuvat.example.net/nimeton.png)`,
  }, true);
  const server = new URL(process.env.VERKOSTO_E2E_URL ?? '').origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== server) elsewhere.push(request.url());
  });
  await signIn(page, 'memberOulu');
  const response = await page.goto(`/pathways/${id}`);
  expect(response?.headers()['content-security-policy']).toContain("img-src 'self' data:");
  const body = page.locator('.markdown');
  await expect(body.getByRole('link', { name: 'Ohjauskaavio' })).toHaveAttribute('href', image);
  await expect(body.getByRole('link', { name: 'https://kuvat.example.net/nimeton.png' })).toBeVisible();
  await expect(body.locator('img')).toHaveCount(0);
  expect(elsewhere).toEqual([]);
});

test('the version history shows a visual diff between two chosen versions', async ({ page }) => {
  const pathway = await nationalPathwayWithVersions();
  await page.goto(`/pathways/${pathway.id}`);
  await page.getByRole('link', { name: 'Versiohistoria' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versiohistoria' })).toBeVisible();
  await expect(page.locator('table.versions tbody tr')).toHaveCount(2);
  await page.getByLabel('Mistä').selectOption({ label: 'versio 1' });
  await page.getByLabel('Mihin').selectOption({ label: 'versio 2' });
  await expect(page.locator('.diff-view ins, .diff-view del').first()).toBeVisible();
  await expect(page.locator('.diff-view').getByText(/lisätty|poistettu/).first()).toBeAttached();
  await page.getByLabel('Mihin').selectOption({ label: 'versio 1' });
  await expect(page.getByText('Valitse kaksi eri versiota.')).toBeVisible();
  await expect(page.locator('.diff-view')).toHaveCount(0);
});

test('the print view keeps the steps and body and hides the site when printed', async ({ page }) => {
  const pathway = await nationalPathwayWithVersions();
  await page.goto(`/pathways/${pathway.id}`);
  await page.getByRole('link', { name: 'Tulostusnäkymä' }).click();
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.flow__step')).toHaveCount(pathway.steps.length);
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeVisible();
  // A published version says nothing of being unpublished.
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('print-status')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
  await expect(page.locator('.flow__step').first()).toBeVisible();
  // The ordinary page prints without its header, navigation and actions too.
  await page.goto(`/pathways/${pathway.id}`);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.flow__step').first()).toBeVisible();
});

test('a member sends feedback on a pathway; personal data is refused at the field', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const id = await createPathway('coordinatorOulu', oulu, { title: unique('Palautetesti') }, true);
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  const feedback = page.locator('[data-slot="feedback"]');
  await feedback.getByLabel('Palautteesi').fill('Asiakas 131052-308T soitti');
  await feedback.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(feedback.locator('.field__error')).toHaveText(/^Teksti näyttää sisältävän henkilötunnuksen/);
  await feedback.getByLabel('Palautteesi').fill('Vaiheen 2 yhteystieto on vanhentunut.');
  await feedback.getByLabel('Kiireellinen').check();
  await feedback.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(feedback.getByRole('status')).toContainText('Kiitos');
  await page.goto('/');
  await expect(page.locator('[data-slot="myFeedback"]')).toContainText('Vaiheen 2 yhteystieto on vanhentunut.');
});

test('the print view of a draft, and of a version in review, says on screen and on paper that it is not published', async ({ page }) => {
  const oulu = await regionId('pohjois-pohjanmaa');
  const title = unique('Tulostusluonnos');
  const id = await createPathway('coordinatorOulu', oulu, { title, steps: [{ title: 'Ensimmäinen vaihe' }] });
  await signIn(page, 'coordinatorOulu');
  await page.goto(`/pathways/${id}/print`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const status = page.getByTestId('print-status');
  await expect(status).toContainText('Luonnos – ei julkaistu');
  await page.emulateMedia({ media: 'print' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('älä käytä tulostetta virallisena ohjeena');

  await api('mutation($id: ID!) { submitPathway(pathwayId: $id) { id } }', { id }, 'coordinatorOulu');
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(status).toContainText('Tarkistettavana – ei julkaistu');
  await page.emulateMedia({ media: 'print' });
  await expect(status).toBeVisible();
});

test('a malformed id in the address is a missing page, not a form error', async ({ page }) => {
  const routes = [
    '/pathways/not-a-uuid',
    '/pathways/not-a-uuid/print',
    '/pathways/not-a-uuid/edit',
    '/events/not-a-uuid',
    '/events/not-a-uuid/edit',
    '/organisations/not-a-uuid',
    '/services/not-a-uuid',
    '/regions/not-a-uuid',
    '/regions/not-a-uuid/feedback',
  ];
  await page.goto(routes[0] ?? '/');
  // Signed out, the missing page offers to sign in.
  await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kirjaudu nähdäksesi tämän sivun' })).toBeVisible();
  await expect(page.getByText('Tarkista tiedot')).toHaveCount(0);
  await signIn(page, 'coordinatorOulu');
  for (const route of routes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1, name: 'Ei löytynyt' }), route).toBeVisible();
    await expect(page.getByText('Tarkista tiedot'), route).toHaveCount(0);
    await expect(page.getByText('UUID'), route).toHaveCount(0);
  }
});

test('a full load of a page logs no router warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  const pathway = await nationalPathwayWithVersions();
  for (const path of [`/pathways/${pathway.id}`, `/pathways/${pathway.id}/print`, '/search']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
  }
  expect(warnings.filter((w) => /HydrateFallback|react-router/i.test(w))).toEqual([]);
});
