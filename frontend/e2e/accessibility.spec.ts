// axe-core on every page, as the role that uses it: 0 serious or critical findings, and nothing
// the server's content security policy refuses. Each page is also written to the screenshot folder.
import { expect, test, type Page } from '@playwright/test';

import { api, expectAccessible, policyRefusals, regionId, screenshot, signIn, type Account } from './support';

interface Ids {
  oulu: string;
  upcomingEvent: string;
  heldEvent: string;
  kaakkois: string;
  pathway: string;
  /** A national pathway with an old version to restore. */
  nationalPathway: string;
  /** An archived pathway (Varsinais-Suomi's). */
  archivedPathway: string;
  service: string;
  organisation: string;
}

async function demoIds(): Promise<Ids> {
  const oulu = await regionId('pohjois-pohjanmaa');
  const kaakkois = await regionId('kaakkois-suomi');
  const data = await api<{
    region: {
      pathways: { nodes: { id: string; status: string }[] };
      organisations: { nodes: { id: string }[] };
    };
    services: { nodes: { id: string; hours: { weekly: unknown[] } | null }[] };
  }>(
    `query($id: ID!) {
      region(id: $id) { pathways(first: 50) { nodes { id status } } organisations(first: 50) { nodes { id } } }
      services(regionId: $id, first: 100) { nodes { id hours { weekly { day } } } }
    }`,
    { id: oulu },
    'memberOulu',
  );
  const pathway = data.region.pathways.nodes.find((p) => p.status === 'PUBLISHED')?.id;
  const service = data.services.nodes.find((s) => (s.hours?.weekly.length ?? 0) > 0)?.id ?? data.services.nodes[0]?.id;
  const organisation = data.region.organisations.nodes[0]?.id;
  if (!pathway || !service || !organisation) throw new Error('the demo lacks a pathway, service or organisation in Oulu');
  const events = await api<{ upcoming: { nodes: { id: string; status: string; startsAt: string }[] }; past: { nodes: { id: string; status: string }[] } }>(
    `query($id: ID!) {
      upcoming: events(regionId: $id, first: 50) { nodes { id status startsAt } }
      past: events(regionId: $id, upcoming: false) { nodes { id status } }
    }`,
    { id: oulu },
    'memberOulu',
  );
  // One open for registration: other journeys leave events under way, held or called off.
  const upcomingEvent = events.upcoming.nodes.find((e) => e.status === 'SCHEDULED' && new Date(e.startsAt).getTime() > Date.now())?.id;
  const heldEvent = events.past.nodes.find((e) => e.status === 'HELD')?.id;
  if (!upcomingEvent || !heldEvent) throw new Error('the demo lacks an upcoming and a held event in Oulu');
  const managed = await api<{ pathways: { nodes: { id: string; versions: { nodes: unknown[] } }[] }; region: { pathways: { nodes: { id: string }[] } } }>(
    `query($id: ID!) {
      pathways(first: 50, national: true) { nodes { id versions(first: 10) { nodes { number } } } }
      region(id: $id) { pathways(first: 50, status: [ARCHIVED]) { nodes { id } } }
    }`,
    { id: await regionId('varsinais-suomi') },
    'admin',
  );
  const nationalPathway = managed.pathways.nodes.find((p) => p.versions.nodes.length > 1)?.id;
  const archivedPathway = managed.region.pathways.nodes[0]?.id;
  if (!nationalPathway || !archivedPathway) throw new Error('the demo lacks a national pathway with two versions or an archived pathway');
  return { oulu, kaakkois, pathway, nationalPathway, archivedPathway, service, organisation, upcomingEvent, heldEvent };
}

type PageCheck = { name: string; path: (ids: Ids) => string; ready: (page: Page) => Promise<void> };

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const visible = (selector: string) => (page: Page) => expect(page.locator(selector).first()).toBeVisible();
/** The account page with its regions and its notification mail choices. */
const accountReady = async (page: Page) => {
  await expect(page.locator('#my-roles')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Ilmoitukset, jotka saat' }).getByRole('checkbox').first()).toBeVisible();
};

const pages: Record<Account | 'anonymous', PageCheck[]> = {
  anonymous: [
    { name: 'home-anonymous', path: () => '/', ready: heading },
    { name: 'sign-in', path: () => '/sign-in', ready: heading },
    { name: 'invitation-unknown', path: () => '/invitation/not-a-token', ready: heading },
    { name: 'forgot-password', path: () => '/forgot-password', ready: visible('form input[type=email]') },
    // The form of a usable link is checked in password-reset.spec.ts, which has one.
    { name: 'reset-password-unknown', path: () => '/reset-password/not-a-token', ready: visible('[role=alert] a') },
    { name: 'account-anonymous', path: () => '/account', ready: heading },
    { name: 'unsubscribe', path: () => '/unsubscribe/not-a-token', ready: visible('form button[type=submit]') },
    {
      name: 'unsubscribe-refused',
      path: () => '/unsubscribe/not-a-token',
      ready: async (page) => {
        await page.getByRole('button', { name: 'Lopeta nämä viestit' }).click();
        await expect(page.getByRole('alert')).toBeVisible();
      },
    },
    {
      name: 'search-anonymous',
      path: () => '/search?q=tuki',
      ready: async (page) => {
        await expect(page.locator('.result').first()).toBeVisible();
      },
    },
  ],
  memberOulu: [
    { name: 'home-member', path: () => '/', ready: visible('#my-regions') },
    { name: 'region', path: (ids) => `/regions/${ids.oulu}`, ready: visible('.kind-group') },
    { name: 'organisation', path: (ids) => `/organisations/${ids.organisation}`, ready: visible('#channels') },
    { name: 'service', path: (ids) => `/services/${ids.service}`, ready: visible('table.hours') },
    {
      name: 'search',
      path: () => '/search?q=hoitopolku',
      ready: async (page) => {
        await expect(page.locator('.result').first()).toBeVisible();
      },
    },
    { name: 'pathway', path: (ids) => `/pathways/${ids.pathway}`, ready: visible('.flow__step') },
    { name: 'pathway-history', path: (ids) => `/pathways/${ids.pathway}/history`, ready: visible('table.versions') },
    { name: 'pathway-print', path: (ids) => `/pathways/${ids.pathway}/print`, ready: visible('.flow__step') },
    { name: 'ask-to-join', path: () => '/join', ready: visible('form select') },
    { name: 'event', path: (ids) => `/events/${ids.upcomingEvent}`, ready: visible('#registration') },
    { name: 'account', path: () => '/account', ready: accountReady },
  ],
  coordinatorOulu: [
    { name: 'home-coordinator', path: () => '/', ready: heading },
    { name: 'network', path: (ids) => `/regions/${ids.oulu}/network`, ready: visible('#invite') },
    { name: 'pathway-coordinator', path: (ids) => `/pathways/${ids.pathway}`, ready: visible('#manage') },
    { name: 'network-people', path: (ids) => `/regions/${ids.oulu}/network#people`, ready: visible('.people-list .person') },
    { name: 'region-edit', path: (ids) => `/regions/${ids.oulu}/edit`, ready: visible('form.region-form') },
    { name: 'pathway-new', path: (ids) => `/regions/${ids.oulu}/pathways/new`, ready: visible('form.editor') },
    { name: 'feedback-queue', path: (ids) => `/regions/${ids.oulu}/feedback`, ready: visible('ol.feedback-queue > li') },
    { name: 'event-held', path: (ids) => `/events/${ids.heldEvent}`, ready: visible('li.action-item') },
    { name: 'event-coordinator', path: (ids) => `/events/${ids.upcomingEvent}`, ready: visible('#registrations') },
    { name: 'event-new', path: (ids) => `/regions/${ids.oulu}/events/new`, ready: visible('form.event-form') },
    { name: 'event-edit', path: (ids) => `/events/${ids.upcomingEvent}/edit`, ready: visible('form.event-form') },
    { name: 'audit-region', path: (ids) => `/regions/${ids.oulu}/audit`, ready: visible('table.audit-log tbody tr') },
    {
      name: 'organisation-coordinator',
      path: (ids) => `/organisations/${ids.organisation}`,
      ready: async (page) => {
        await page.locator('.membership-admin summary').first().click();
        await expect(page.locator('.membership-contacts select')).toBeVisible();
      },
    },
    { name: 'service-coordinator', path: (ids) => `/services/${ids.service}`, ready: visible('.assure button') },
    { name: 'organisation-new', path: (ids) => `/regions/${ids.oulu}/organisations/new`, ready: visible('form.directory-form') },
    { name: 'organisation-edit', path: (ids) => `/organisations/${ids.organisation}/edit`, ready: visible('form.directory-form') },
    { name: 'service-new', path: (ids) => `/organisations/${ids.organisation}/services/new`, ready: visible('form.directory-form') },
    { name: 'service-edit', path: (ids) => `/services/${ids.service}/edit`, ready: visible('.hours-editor__period') },
  ],
  coordinatorUusimaa: [{ name: 'home-coordinator-uusimaa', path: () => '/', ready: heading }],
  memberUusimaa: [{ name: 'home-member-uusimaa', path: () => '/', ready: visible('#my-regions') }],
  admin: [
    { name: 'home-admin', path: () => '/', ready: heading },
    { name: 'open-region', path: () => '/admin/open-region', ready: visible('.wizard-steps') },
    { name: 'region-onboarding', path: (ids) => `/regions/${ids.kaakkois}`, ready: visible('.onboarding progress') },
    { name: 'region-edit-admin', path: (ids) => `/regions/${ids.kaakkois}/edit`, ready: visible('#archive-region') },
    {
      // The question before a hard-to-undo step, left unanswered.
      name: 'network-admin-question',
      path: (ids) => `/regions/${ids.kaakkois}/network`,
      ready: async (page) => {
        await page.locator('.people-list .person').first().getByRole('button', { name: /^Poista tili käytöstä/ }).click();
        await expect(page.locator('.people-list .confirm')).toBeVisible();
      },
    },
    { name: 'account-admin', path: () => '/account', ready: accountReady },
    { name: 'national', path: () => '/national', ready: visible('#national-due') },
    { name: 'audit-all', path: () => '/audit', ready: visible('table.audit-log tbody tr') },
    { name: 'national-pathway-new', path: () => '/national/pathways/new', ready: visible('form.editor') },
    { name: 'national-feedback', path: () => '/national/feedback', ready: visible('#feedback-list') },
    { name: 'national-pathway-admin', path: (ids) => `/pathways/${ids.nationalPathway}`, ready: visible('#variants') },
    { name: 'pathway-history-admin', path: (ids) => `/pathways/${ids.nationalPathway}/history`, ready: visible('table.versions') },
    { name: 'pathway-archived', path: (ids) => `/pathways/${ids.archivedPathway}`, ready: visible('.notice--warn') },
  ],
};

for (const [role, checks] of Object.entries(pages) as [Account | 'anonymous', PageCheck[]][]) {
  test(`every page a ${role} uses has no serious or critical axe finding`, async ({ page }) => {
    const ids = await demoIds();
    const refused = policyRefusals(page);
    if (role !== 'anonymous') await signIn(page, role);
    for (const check of checks) {
      await test.step(check.name, async () => {
        await page.goto(check.path(ids));
        await check.ready(page);
        await expectAccessible(page, check.name);
        await screenshot(page, check.name);
        expect(refused.splice(0), `${check.name} under the content security policy`).toEqual([]);
      });
    }
  });
}
