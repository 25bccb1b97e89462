/** Whether the viewer runs a region: its coordinator, or a platform admin. */
export function runsRegion(
  region: { viewerRole?: string | null } | null | undefined,
  viewer: { isAdmin: boolean } | null | undefined,
): boolean {
  return region?.viewerRole === 'COORDINATOR' || viewer?.isAdmin === true;
}

/** What `managesOrganisation` reads of each of an organisation's memberships. */
export interface MembershipRole {
  status?: string | null;
  region?: { viewerRole?: string | null } | null;
}

/**
 * Whether the viewer may change an organisation and its services: a platform admin, or a
 * coordinator of a region whose network it has not left (the server's `require_manage_organisation`).
 */
export function managesOrganisation(
  memberships: readonly MembershipRole[] | null | undefined,
  viewer: { isAdmin: boolean } | null | undefined,
): boolean {
  if (viewer?.isAdmin === true) return true;
  return (memberships ?? []).some((m) => m.status !== 'LEFT' && m.region?.viewerRole === 'COORDINATOR');
}
