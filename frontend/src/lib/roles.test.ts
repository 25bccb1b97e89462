import { describe, expect, it } from 'vitest';

import { managesOrganisation } from './roles';

const coordinator = { region: { viewerRole: 'COORDINATOR' } };
const member = { region: { viewerRole: 'MEMBER' } };

describe('managesOrganisation', () => {
  it('lets a coordinator of one of its regions and an admin change it', () => {
    expect(managesOrganisation([member, { ...coordinator, status: 'ACTIVE' }], { isAdmin: false })).toBe(true);
    expect(managesOrganisation([], { isAdmin: true })).toBe(true);
  });

  it('refuses members, other regions and networks it has left', () => {
    expect(managesOrganisation([member, { region: null }], { isAdmin: false })).toBe(false);
    expect(managesOrganisation([{ ...coordinator, status: 'LEFT' }], { isAdmin: false })).toBe(false);
    expect(managesOrganisation(undefined, null)).toBe(false);
  });
});
