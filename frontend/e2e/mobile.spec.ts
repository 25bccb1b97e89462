// A 375 px wide phone: every main page, as the role that uses it, fits the screen without the
// page itself scrolling sideways (wide tables scroll inside their own region instead).
import { statSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { WEB_DIR } from './paths';
import { api, regionId, screenshot, signIn, unique, type Account } from './support';

const WIDTH = 375;

interface Ids {
  oulu: string;
  pathway: string;
  event: string;
  organisation: string;
  service: string;
}

async function demoIds(): Promise<Ids> {
  const oulu = await regionId('pohjois-pohjanmaa');
  const data = await api<{
    region: { pathways: { nodes: { id: string; status: string }[] }; organisations: { nodes: { id: string }[] } };
    services: { nodes: { id: string }[] };
    events: { nodes: { id: string; status: string; startsAt: string }[] };
  }>(
    `query($id: ID!) {
      region(id: $id) { pathways(first: 50) { nodes { id status } } organisations(first: 5) { nodes { id } } }
      services(regionId: $id, first: 5) { nodes { id } }
      events(regionId: $id, first: 50) { nodes { id status startsAt } }
    }`,
    { id: oulu },
    'coordinatorOulu',
  );
  const pathway = data.region.pathways.nodes.find((p) => p.status === 'PUBLISHED')?.id;
  const organisation = data.region.organisations.nodes[0]?.id;
  const service = data.services.nodes[0]?.id;
  // One open for registration: other journeys leave events under way, held or called off.
  const event = data.events.nodes.find((e) => e.status === 'SCHEDULED' && new Date(e.startsAt).getTime() > Date.now())?.id;
  if (!pathway || !organisation || !service || !event) throw new Error('the demo lacks a pathway, organisation, service or event in Oulu');
  return { oulu, pathway, event, organisation, service };
}

/** A pending invitation with a long address, so that the network page lists one. */
async function pendingInvitation(region: string): Promise<void> {
  await api(
    'mutation($r: ID!, $input: InvitationInput!) { invitePerson(regionId: $r, input: $input) { link } }',
    { r: region, input: { email: `${unique('pitka-osoite-mobiilinakymaan')}@sosiaali-ja-terveyspalvelut.example.org`, name: 'Mobiili Testaaja' } },
    'coordinatorOulu',
  );
}

type Check = { name: string; path: (ids: Ids) => string; ready: string };

/** Each page with a selector of what must have rendered before measuring. */
const pages: Record<Account | 'anonymous', Check[]> = {
  anonymous: [
    { name: 'home', path: () => '/', ready: 'h1' },
    { name: 'sign-in', path: () => '/sign-in', ready: 'form input[type=password]' },
  ],
  memberOulu: [
    { name: 'home', path: () => '/', ready: '#my-regions' },
    { name: 'region', path: (ids) => `/regions/${ids.oulu}`, ready: '.kind-group' },
    { name: 'organisation', path: (ids) => `/organisations/${ids.organisation}`, ready: '#channels' },
    { name: 'service', path: (ids) => `/services/${ids.service}`, ready: 'h1' },
    { name: 'pathway', path: (ids) => `/pathways/${ids.pathway}`, ready: '.flow__step' },
    { name: 'pathway-print', path: (ids) => `/pathways/${ids.pathway}/print`, ready: '.flow__step' },
    { name: 'event', path: (ids) => `/events/${ids.event}`, ready: '#registration' },
    { name: 'account', path: () => '/account', ready: '#my-roles' },
  ],
  coordinatorOulu: [
    { name: 'network', path: (ids) => `/regions/${ids.oulu}/network`, ready: 'table.invitations tbody tr' },
    { name: 'feedback', path: (ids) => `/regions/${ids.oulu}/feedback`, ready: 'ol.feedback-queue > li' },
    { name: 'audit', path: (ids) => `/regions/${ids.oulu}/audit`, ready: 'table.audit-log tbody tr' },
    { name: 'pathway-history', path: (ids) => `/pathways/${ids.pathway}/history`, ready: 'table.versions' },
    { name: 'event-new', path: (ids) => `/regions/${ids.oulu}/events/new`, ready: 'form.event-form' },
    { name: 'region-edit', path: (ids) => `/regions/${ids.oulu}/edit`, ready: 'form.region-form' },
  ],
  coordinatorUusimaa: [],
  memberUusimaa: [],
  admin: [
    { name: 'open-region', path: () => '/admin/open-region', ready: '.wizard-steps' },
    { name: 'audit-all', path: () => '/audit', ready: 'table.audit-log tbody tr' },
    { name: 'national', path: () => '/national', ready: '#national-due' },
  ],
};

/** How wide the page's content is, in CSS pixels, and the innermost elements that reach past the screen. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const past = [...document.body.querySelectorAll<HTMLElement>('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5);
    const innermost = past.filter((e) => !past.some((other) => other !== e && e.contains(other)));
    const describe = (e: HTMLElement) => [e.tagName.toLowerCase(), ...(e.getAttribute('class') ?? '').split(' ').filter(Boolean)].join('.');
    return { width: document.documentElement.scrollWidth, culprits: innermost.slice(0, 3).map(describe) };
  });

test.use({ viewport: { width: WIDTH, height: 800 } });

for (const [role, checks] of Object.entries(pages) as [Account | 'anonymous', Check[]][]) {
  if (checks.length === 0) continue;
  test(`every page a ${role} uses fits a ${WIDTH} px wide phone`, async ({ page }) => {
    const ids = await demoIds();
    if (role === 'coordinatorOulu') await pendingInvitation(ids.oulu);
    if (role !== 'anonymous') await signIn(page, role);
    const tooWide: string[] = [];
    for (const check of checks) {
      await page.goto(check.path(ids));
      await expect(page.locator(check.ready).first()).toBeVisible();
      const { width, culprits } = await measure(page);
      if (width > WIDTH) tooWide.push(`${check.name}: ${width} px (${culprits.join(', ')})`);
      await screenshot(page, `mobile-${role}-${check.name}`);
    }
    expect(tooWide, 'pages wider than the phone').toEqual([]);
  });
}

test('a phone is sent the app as the build compressed it, at its smallest', async ({ page }) => {
  const sent: { file: string; encoding?: string; bytes: number }[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!/^\/assets\/.+\.(js|css)$/.test(path)) return;
    const headers = response.headers();
    sent.push({ file: path.slice(1), encoding: headers['content-encoding'], bytes: Number(headers['content-length']) });
  });
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(sent.length, 'scripts and styles of the first page').toBeGreaterThan(1);
  const built = (file: string) => statSync(join(WEB_DIR, `${file}.br`)).size;
  expect(sent).toEqual(sent.map(({ file }) => ({ file, encoding: 'br', bytes: built(file) })));
});
