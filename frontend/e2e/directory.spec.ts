// Organisation and service pages: channels, weekly phone hours with "open now" in the service's
// time zone (checked against the server's own `openNow`), languages, who to contact.
import { expect, test } from '@playwright/test';

import { api, regionId, signIn } from './support';

interface Service {
  id: string;
  name: string;
  openNow: boolean;
  status: string;
  channels: { kind: string; value: string }[];
  languages: string[];
  hours: { weekly: { day: string }[] } | null;
  organisation: { id: string; name: string };
}

test('a service shows its channels, weekly hours with an open-now badge that agrees with the server, languages and contacts', async ({ page }) => {
  const id = await regionId('pohjois-pohjanmaa');
  const data = await api<{ services: { nodes: Service[] } }>(
    `query($id: ID!) { services(regionId: $id, first: 100) { nodes {
      id name openNow status channels { kind value } languages hours { weekly { day } }
      organisation { id name }
    } } }`,
    { id },
    'memberOulu',
  );
  const service = data.services.nodes.find((s) => (s.hours?.weekly.length ?? 0) > 0 && s.status === 'ACTIVE');
  if (!service) throw new Error('no service with phone hours in the demo');
  await signIn(page, 'memberOulu');
  await page.goto(`/services/${service.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(service.name);
  // The server and the browser each decide from the hours and the service's time zone.
  const truth = await api<{ service: { openNow: boolean } }>('query($id: ID!) { service(id: $id) { openNow } }', { id: service.id }, 'memberOulu');
  await expect(page.getByTestId('open-now').first()).toHaveText(truth.service.openNow ? 'Avoinna nyt' : 'Suljettu nyt');
  await expect(page.locator('table.hours tbody tr')).toHaveCount(7);
  await expect(page.locator('table.hours caption')).toContainText('Europe/Helsinki');
  await expect(page.locator('.channels dd')).toHaveCount(service.channels.length);
  // Language codes are named in the reader's language through Intl.DisplayNames.
  if (service.languages.includes('fi')) await expect(page.locator('dl.summary dd').first()).toContainText('suomi');
  await expect(page.locator('section[aria-labelledby="contacts"]')).toBeVisible();

  const organisation = await api<{ services: { nodes: unknown[] } }>(
    'query($id: ID!) { services(organisationId: $id, first: 100) { nodes { id } } }',
    { id: service.organisation.id },
    'memberOulu',
  );
  await page.getByRole('link', { name: service.organisation.name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: service.organisation.name })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="org-services"] .card')).toHaveCount(organisation.services.nodes.length);
  await expect(page.locator('section[aria-labelledby="channels"]')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="contacts"]')).toBeVisible();
});
