// The pathway page: steps as a flow diagram, the Markdown body rendered safely, the version
// history with a visual diff, and the print view.
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
    body: '# Otsikko\n\n- ensimmäinen kohta\n- **toinen** kohta\n\n<script>window.__ran = 1</script><em class="raw">raaka</em>\n\n[vaarallinen](javascript:window.__ran=2) ja [turvallinen](https://example.org)',
  }, true);
  await signIn(page, 'memberOulu');
  await page.goto(`/pathways/${id}`);
  const body = page.locator('.markdown');
  await expect(body.getByRole('heading', { level: 3, name: 'Otsikko' })).toBeVisible();
  await expect(body.locator('li')).toHaveCount(2);
  await expect(body.locator('strong')).toHaveText('toinen');
  await expect(body.locator('script, em.raw')).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'turvallinen' })).toHaveAttribute('href', 'https://example.org');
  const unsafe = await body.getByText('vaarallinen').evaluate((el) => el.closest('a')?.getAttribute('href') ?? '');
  expect(unsafe).not.toContain('javascript');
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
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
