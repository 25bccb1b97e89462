import { graphql } from '@/gql';

/** The frame of a region's change log: may the viewer read it (its coordinators, admins)? */
export const RegionAuditPageQuery = graphql(`
  query RegionAuditPage($regionId: ID!, $language: Language!) {
    region(id: $regionId) {
      id
      name(language: $language)
      viewerRole
      timeZone
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** The frame of the whole platform's change log (admins). */
export const AuditPageQuery = graphql(`
  query AuditPage {
    viewer {
      id
      isAdmin
    }
  }
`);

/** One page of recorded changes, newest first (without `regionId`: every region and account). */
export const AuditEventsQuery = graphql(`
  query AuditEvents($regionId: ID, $first: Int!, $after: String, $language: Language!) {
    auditEvents(regionId: $regionId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        action
        entityType
        entityId
        subject(language: $language)
        summary
        actor {
          id
          name
        }
      }
    }
  }
`);
