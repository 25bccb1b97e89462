// Shared steps of the journeys: signing in as a demo account, the GraphQL API for checks and
// setup, axe, and screenshots of the main pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SCREENSHOT_DIR, STATE_FILE } from './paths';

/** The demo accounts (README), password `verkosto-demo`. */
export const ACCOUNTS = {
  admin: 'admin@example.org',
  coordinatorOulu: 'koordinaattori.oulu@example.org',
  memberOulu: 'jasen.oulu@example.org',
  coordinatorUusimaa: 'koordinaattori.uusimaa@example.org',
  memberUusimaa: 'noora.rantanen@example.org',
} as const;
export type Account = keyof typeof ACCOUNTS;
export const PASSWORD = 'verkosto-demo';

/** A value no other test run has used, for e-mail addresses and titles. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** An account a test made itself. */
export interface Credentials {
  email: string;
  password: string;
}

/** Signs in through the sign-in page (a demo account or one a test made) and waits for the home page. */
export async function signIn(page: Page, account: Account | Credentials): Promise<void> {
  const { email, password } = typeof account === 'string' ? { email: ACCOUNTS[account], password: PASSWORD } : account;
  await page.goto('/sign-in');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  // Signing in moves on from the sign-in page; wait for that before the test goes on.
  await expect(page).not.toHaveURL(/\/sign-in/);
}

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A GraphQL request to the test server, as `account` or anonymous. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, account?: Account): Promise<T> {
  return request<T>(query, variables, account ? await accessToken(account) : undefined);
}

/** A GraphQL request with an access token, or anonymous. */
async function request<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const url = process.env.VERKOSTO_E2E_URL ?? '';
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as GraphqlAnswer<T>;
  if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const tokens = new Map<Account, string>();
async function accessToken(account: Account): Promise<string> {
  const known = tokens.get(account);
  if (known) return known;
  const url = process.env.VERKOSTO_E2E_URL ?? '';
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      variables: { e: ACCOUNTS[account], p: PASSWORD },
    }),
  });
  const body = (await response.json()) as GraphqlAnswer<{ login: { accessToken: string } }>;
  const token = body.data?.login.accessToken;
  if (!token) throw new Error(`cannot sign in as ${account}`);
  tokens.set(account, token);
  return token;
}

/** Waits until the search index has taken every change. */
export async function searchCaughtUp(): Promise<void> {
  await expect
    .poll(async () => (await api<{ searchStatus: { pending: number } }>('{ searchStatus { pending } }')).searchStatus.pending)
    .toBe(0);
}

/** The id of a demo region by its slug. */
export async function regionId(slug: string): Promise<string> {
  const data = await api<{ regions: { nodes: { id: string; slug: string }[] } }>('{ regions(first: 100) { nodes { id slug } } }');
  const region = data.regions.nodes.find((r) => r.slug === slug);
  if (!region) throw new Error(`no region ${slug}`);
  return region.id;
}

/** The ids and titles of a demo region's published pathways. */
export async function publishedPathways(region: string, account: Account = 'memberOulu'): Promise<{ id: string; title: string }[]> {
  const data = await api<{ region: { pathways: { nodes: { id: string; status: string; currentVersion: { title: string } | null }[] } } }>(
    'query($id: ID!) { region(id: $id) { pathways(first: 50) { nodes { id status currentVersion { title } } } } }',
    { id: region },
    account,
  );
  return data.region.pathways.nodes
    .filter((p) => p.status === 'PUBLISHED' && p.currentVersion)
    .map((p) => ({ id: p.id, title: p.currentVersion?.title ?? '' }));
}

/**
 * What the browser refuses under the server's content security policy from now on (Chromium
 * reports each refusal on the console); the list fills as the page goes on.
 */
export function policyRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  return refused;
}

/** Runs axe (WCAG 2.1 A and AA rules) and expects no serious or critical finding. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('route-error'), `${name} failed to render`).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(
    `axe ${name}: ${results.passes.length} rules passed, ${results.violations.length} findings, ${serious.length} serious or critical`,
  );
  expect(summary, `axe findings on ${name}`).toEqual([]);
}

/** A full-page screenshot into the screenshot folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Creates a pathway in a region through the API (as `account`); published when asked. */
export async function createPathway(
  account: Account,
  region: string,
  content: { title: string; summary?: string; body?: string; steps?: { title: string; organisationId?: string; serviceId?: string }[] },
  publish = false,
): Promise<string> {
  const created = await api<{ createPathway: { id: string } }>(
    'mutation($input: CreatePathwayInput!) { createPathway(input: $input) { id } }',
    { input: { regionId: region, visibility: 'NETWORK', content: { language: 'FI', ...content } } },
    account,
  );
  const id = created.createPathway.id;
  if (publish) await api('mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }', { id }, account);
  return id;
}

/**
 * The newest link under `path` (e.g. `/reset-password/`) in a mail to `email`. Without a mail
 * server the test server writes each mail to its log, as the embedded mode does for operators.
 */
export async function mailedLink(email: string, path: string): Promise<string> {
  const { dataDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { dataDir: string };
  let link: string | undefined;
  await expect
    .poll(() => {
      // eslint-disable-next-line no-control-regex
      const log = readFileSync(join(dataDir, 'server.log'), 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
      const mail = log.lastIndexOf(`to=${email} `);
      link = mail < 0 ? undefined : new RegExp(`https?://\\S+${path}\\S+`).exec(log.slice(mail))?.[0];
      return link;
    }, `a mail to ${email} with a ${path} link in the server log`)
    .toBeTruthy();
  return link ?? '';
}

/** A new member of a demo region with a password of their own, made through an invitation. */
export async function newMember(region: string, name: string): Promise<Credentials> {
  const email = `${unique('jasen')}@example.org`;
  const password = unique('salasana-pitka');
  const issued = await api<{ invitePerson: { link: string } }>(
    'mutation($r: ID!, $input: InvitationInput!) { invitePerson(regionId: $r, input: $input) { link } }',
    { r: region, input: { email, name } },
    'coordinatorOulu',
  );
  const token = issued.invitePerson.link.split('/').pop() ?? '';
  await api('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }', { t: token, p: password });
  return { email, password };
}

/** A kind of notification mail, as the API names it. */
export type NotificationMail = 'REVIEW_REQUESTED' | 'PROPOSAL_DECIDED' | 'FEEDBACK_REPLIED' | 'JOIN_REQUESTED' | 'URGENT_FEEDBACK';

/**
 * The link at the end of a notification mail of `kind` to `who`, which turns that kind off. The
 * e2e server sends no mail, so this mints the same token the mail carries, as the server does: an
 * HS256 JWT for the person's id (asked of the API as them), signed with the server's own secret
 * from its data directory. The mailed link itself is covered by the Rust test
 * `tests/e2e/mail_settings.rs`.
 */
export async function unsubscribeLink(who: Account | Credentials, kind: NotificationMail): Promise<string> {
  const { email, password } = typeof who === 'string' ? { email: ACCOUNTS[who], password: PASSWORD } : who;
  const {
    login: { viewer },
  } = await request<{ login: { viewer: { id: string } } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { id } } }',
    { e: email, p: password },
  );

  const { dataDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { dataDir: string };
  const secret = Buffer.from(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(), 'base64');
  const part = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
  const claims = {
    sub: viewer.id,
    mail: kind.toLowerCase(),
    iss: 'verkosto',
    aud: 'verkosto-unsubscribe',
    iat: Math.floor(Date.now() / 1000),
  };
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${process.env.VERKOSTO_E2E_URL ?? ''}/unsubscribe/${unsigned}.${signature}`;
}
