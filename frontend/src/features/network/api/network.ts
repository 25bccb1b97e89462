import { graphql } from '@/gql';

export const NetworkPageQuery = graphql(`
  query NetworkPage($regionId: ID!, $language: Language!) {
    region(id: $regionId) {
      id
      name(language: $language)
      viewerRole
      memberListVisibility
      timeZone
      organisations(first: 100) {
        nodes {
          id
          name
        }
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

export const InvitationsQuery = graphql(`
  query RegionInvitations($regionId: ID!) {
    invitations(regionId: $regionId, first: 100) {
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

export const JoinRequestsQuery = graphql(`
  query RegionJoinRequests($regionId: ID!) {
    joinRequests(regionId: $regionId, status: PENDING, first: 100) {
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

export const AskToJoinQuery = graphql(`
  query AskToJoin($language: Language!) {
    regions(first: 100) {
      nodes {
        id
        name(language: $language)
        status
      }
    }
    organisations(first: 100) {
      nodes {
        id
        name
        municipality
      }
    }
    viewer {
      id
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

export const RequestToJoinMutation = graphql(`
  mutation RequestToJoin($regionId: ID!, $organisationId: ID!, $message: String) {
    requestToJoin(regionId: $regionId, organisationId: $organisationId, message: $message) {
      id
      status
    }
  }
`);
