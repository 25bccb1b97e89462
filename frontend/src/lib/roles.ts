/** Whether the viewer runs a region: its coordinator, or a platform admin. */
export function runsRegion(
  region: { viewerRole?: string | null } | null | undefined,
  viewer: { isAdmin: boolean } | null | undefined,
): boolean {
  return region?.viewerRole === 'COORDINATOR' || viewer?.isAdmin === true;
}
