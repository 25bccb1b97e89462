// The region page: members by kind and the kinds still missing, coordinators, pathways, services;
// the onboarding checklist; what anonymous visitors see.
import { expect, test } from '@playwright/test';

import { api, regionId, signIn } from './support';

interface RegionFacts {
  region: {
    organisations: { nodes: { id: string; kind: string }[] };
    pathways: { nodes: { id: string }[] };
    coordinators: { name: string }[];
    onboarding: { done: number; total: number; missingKinds: string[] } | null;
  };
  services: { nodes: { id: string }[] };
}

const FACTS = `query($id: ID!) {
  region(id: $id) {
    organisations(first: 100) { nodes { id kind } }
    pathways(first: 100) { nodes { id } }
    coordinators { name }
    onboarding { done total missingKinds }
  }
  services(regionId: $id, first: 100) { nodes { id } }
}`;

test('a member sees the members grouped by kind, the kinds still missing, coordinators, pathways and services', async ({ page }) => {
  const id = await regionId('pohjois-pohjanmaa');
  const facts = await api<RegionFacts>(FACTS, { id }, 'memberOulu');
  await signIn(page, 'memberOulu');
  await page.goto(`/regions/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();

  const kinds = new Set(facts.region.organisations.nodes.map((o) => o.kind));
  await expect(page.locator('.kind-group')).toHaveCount(kinds.size);
  await expect(page.locator('.kind-group li')).toHaveCount(facts.region.organisations.nodes.length);
  await expect(page.locator('.kind-group h3').filter({ hasText: 'Vankila' })).toBeVisible();
  await expect(page.getByTestId('missing-kinds').locator('li')).toHaveCount(facts.region.onboarding?.missingKinds.length ?? 0);

  const coordinators = page.locator('section[aria-labelledby="coordinators"] li');
  await expect(coordinators).toHaveCount(facts.region.coordinators.length);
  await expect(coordinators.first()).toContainText(facts.region.coordinators[0]?.name ?? '');
  await expect(page.locator('section[aria-labelledby="pathways"] .card')).toHaveCount(facts.region.pathways.nodes.length);
  await expect(page.locator('section[aria-labelledby="services"] .card')).toHaveCount(facts.services.nodes.length);
  // Members may propose pathways but do not run the network.
  await expect(page.getByRole('link', { name: 'Uusi hoitopolku' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kutsut ja liittymispyynnöt' })).toHaveCount(0);
});

test('an onboarding region shows its checklist as progress and a list', async ({ page }) => {
  const id = await regionId('kaakkois-suomi');
  const facts = await api<RegionFacts>(FACTS, { id }, 'admin');
  const onboarding = facts.region.onboarding;
  if (!onboarding) throw new Error('no onboarding for the admin');
  await signIn(page, 'admin');
  await page.goto(`/regions/${id}`);
  await expect(page.getByText('Käynnistymässä').first()).toBeVisible();
  const progress = page.getByRole('progressbar', { name: `${onboarding.done}/${onboarding.total} tehty` });
  await expect(progress).toHaveAttribute('value', String(onboarding.done));
  await expect(progress).toHaveAttribute('max', String(onboarding.total));
  await expect(page.locator('.checklist li')).toHaveCount(4);
  await expect(page.locator('.checklist li').first()).toContainText('Koordinaattori on hyväksynyt kutsun');
  await expect(page.getByRole('link', { name: 'Kutsut ja liittymispyynnöt' })).toBeVisible();
});

test('an anonymous visitor sees the public parts of a region only', async ({ page }) => {
  const id = await regionId('pohjois-pohjanmaa');
  await page.goto(`/regions/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pohjois-Pohjanmaa' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="coordinators"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Uusi hoitopolku' })).toHaveCount(0);
  await expect(page.getByTestId('missing-kinds')).toHaveCount(0);
});
