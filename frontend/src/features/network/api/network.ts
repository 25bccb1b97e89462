import { graphql } from '@/gql';

export const NetworkPageQuery = graphql(`
  query NetworkPage($regionId: ID!, $language: Language!, $first: Int!) {
    region(id: $regionId) {
      id
      name(language: $language)
      viewerRole
      memberListVisibility
      timeZone
      coordinators {
        id
      }
      organisations(first: $first) {
        ...OrganisationChoices_PageFragment
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** One page of the region's invitations, newest first. */
export const InvitationsQuery = graphql(`
  query RegionInvitations($regionId: ID!, $first: Int!, $after: String) {
    invitations(regionId: $regionId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        name
        role
        status
        createdAt
        expiresAt
        timesSent
        deliveryError
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** One page of the region's pending join requests, newest first. */
export const JoinRequestsQuery = graphql(`
  query RegionJoinRequests($regionId: ID!, $first: Int!, $after: String) {
    joinRequests(regionId: $regionId, status: PENDING, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        message
        status
        createdAt
        requester {
          name
          email
          title
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** What the page shows of an issued (or re-sent) invitation. */
export const IssuedInvitationFragment = graphql(`
  fragment NetworkPage_IssuedInvitationFragment on IssuedInvitation {
    delivery
    link
    invitation {
      id
      email
      status
      timesSent
      expiresAt
    }
  }
`);

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($regionId: ID!, $input: InvitationInput!) {
    invitePerson(regionId: $regionId, input: $input) {
      ...NetworkPage_IssuedInvitationFragment
    }
  }
`);

export const ImportInvitationsMutation = graphql(`
  mutation ImportInvitations($regionId: ID!, $csv: String!) {
    importInvitations(regionId: $regionId, csv: $csv) {
      invited
      skipped
      rows {
        line
        email
        outcome
        reason
        invitation {
          link
          # Names the Invitation type, so the cached invitation list is refetched.
          invitation {
            id
          }
        }
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...NetworkPage_IssuedInvitationFragment
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const ApproveJoinRequestMutation = graphql(`
  mutation ApproveJoinRequest($id: ID!) {
    approveJoinRequest(id: $id) {
      id
      status
    }
  }
`);

export const DeclineJoinRequestMutation = graphql(`
  mutation DeclineJoinRequest($id: ID!, $reason: String!) {
    declineJoinRequest(id: $id, reason: $reason) {
      id
      status
      reason
    }
  }
`);

export const SetMemberListVisibilityMutation = graphql(`
  mutation SetMemberListVisibility($id: ID!, $visibility: MemberListVisibility!) {
    setMemberListVisibility(id: $id, visibility: $visibility) {
      id
      memberListVisibility
    }
  }
`);

/** One page of the regions one may ask to join (its queries declare `$language`). */
export const AskToJoinRegionsFields = graphql(`
  fragment AskToJoin_RegionsFragment on RegionConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name(language: $language)
      status
    }
  }
`);

export const AskToJoinQuery = graphql(`
  query AskToJoin($language: Language!, $first: Int!) {
    regions(first: $first) {
      ...AskToJoin_RegionsFragment
    }
    organisations(first: $first) {
      ...OrganisationPicker_OrganisationsFragment
    }
    viewer {
      id
      organisation {
        id
      }
      roles {
        regionId
      }
    }
    myJoinRequests(first: 50) {
      nodes {
        id
        status
        reason
        message
        createdAt
        decidedAt
        region {
          id
          name(language: $language)
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** A following page of the regions for asking to join. */
export const AskToJoinRegionsQuery = graphql(`
  query AskToJoinRegions($language: Language!, $first: Int!, $after: String) {
    regions(first: $first, after: $after) {
      ...AskToJoin_RegionsFragment
    }
  }
`);

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoin($regionId: ID!, $organisationId: ID!, $message: String) {
    requestToJoin(regionId: $regionId, organisationId: $organisationId, message: $message) {
      id
      status
    }
  }
`);

/** One page of the people with a role in the region, with their roles and account state. */
export const RegionPeopleQuery = graphql(`
  query RegionPeople($regionId: ID!, $first: Int!, $after: String) {
    region(id: $regionId) {
      id
      people(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          email
          title
          disabled
          organisation {
            id
            name
          }
          roles {
            regionId
            kind
          }
        }
      }
    }
  }
`);

/** Makes a person a member or a coordinator of the region (replacing their role there). */
export const SetRoleMutation = graphql(`
  mutation SetRole($personId: ID!, $regionId: ID!, $role: RoleKind!) {
    setRole(personId: $personId, regionId: $regionId, role: $role) {
      id
      roles {
        regionId
        kind
      }
    }
  }
`);

/** Takes a person out of the region. */
export const RemoveRoleMutation = graphql(`
  mutation RemoveRole($personId: ID!, $regionId: ID!) {
    removeRole(personId: $personId, regionId: $regionId) {
      id
      roles {
        regionId
        kind
      }
    }
  }
`);

/** Admins: disables or re-enables an account. */
export const SetPersonDisabledMutation = graphql(`
  mutation SetPersonDisabled($id: ID!, $disabled: Boolean!) {
    setPersonDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);
