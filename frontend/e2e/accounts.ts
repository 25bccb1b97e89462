// Accounts and regions a journey makes for itself through the API (invitations accepted with a
// password), so that it may change roles and passwords without touching the demo accounts.
import { api, unique, type Credentials } from './support';

/** A password long enough for the API. */
export const NEW_PASSWORD = 'pitka-ja-hyva-salasana';

/** An account a journey made: how to sign in, and the name it shows. */
export interface Person extends Credentials {
  name: string;
}

/** A region the admin opened, with its first coordinator (who accepted the invitation). */
export interface OpenedRegion {
  id: string;
  name: string;
  coordinator: Person;
}

/** Accepts an invitation link with `password`, making the account. */
async function accept(link: string | null, password: string): Promise<void> {
  if (!link) throw new Error('the invitation came without a link (is a mail server set up?)');
  const token = new URL(link).pathname.split('/').pop() ?? '';
  await api('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }', { t: token, p: password });
}

/** The admin opens an onboarding region in Finland; its first coordinator accepts the invitation. */
export async function openedRegion(tag = unique('Testialue')): Promise<OpenedRegion> {
  const coordinator = { email: `${unique('koordinaattori')}@example.org`, password: NEW_PASSWORD, name: `Koordinaattori ${tag}` };
  const opened = await api<{ openRegion: { region: { id: string }; invitation: { link: string | null } } }>(
    `mutation($region: RegionInput!, $coordinator: InvitationInput!) {
      openRegion(region: $region, coordinator: $coordinator) { region { id } invitation { link } }
    }`,
    {
      region: { name: { fi: tag, en: `${tag} (en)` }, country: 'FI', area: ['Testikunta'] },
      coordinator: { email: coordinator.email, name: coordinator.name, role: 'COORDINATOR' },
    },
    'admin',
  );
  await accept(opened.openRegion.invitation.link, coordinator.password);
  return { id: opened.openRegion.region.id, name: tag, coordinator };
}

/** The admin invites a new person into `regionId` with `role`; they accept with a password. */
export async function invitedPerson(regionId: string, role: 'MEMBER' | 'COORDINATOR' = 'MEMBER'): Promise<Person> {
  const tag = unique('henkilo');
  const person = { email: `${tag}@example.org`, password: NEW_PASSWORD, name: `Testi ${tag}` };
  const invited = await api<{ invitePerson: { link: string | null } }>(
    'mutation($r: ID!, $input: InvitationInput!) { invitePerson(regionId: $r, input: $input) { link } }',
    { r: regionId, input: { email: person.email, name: person.name, role } },
    'admin',
  );
  await accept(invited.invitePerson.link, person.password);
  return person;
}

/** An access token for `who`, or null when the API refuses the credentials. */
export async function signInThroughApi(who: Credentials): Promise<string | null> {
  const response = await fetch(`${process.env.VERKOSTO_E2E_URL ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      variables: { e: who.email, p: who.password },
    }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string } } | null };
  return body.data?.login.accessToken ?? null;
}

/** The signed-in person as the API sees them with `token`; null when the session has ended. */
export async function viewerWith<T>(token: string, fields: string): Promise<T | null> {
  const response = await fetch(`${process.env.VERKOSTO_E2E_URL ?? ''}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ viewer { ${fields} } }` }),
  });
  if (response.status === 401) return null;
  const body = (await response.json()) as { data?: { viewer: T | null } | null };
  return body.data?.viewer ?? null;
}
