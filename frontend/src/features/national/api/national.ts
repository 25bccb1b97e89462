// National base pathways: the list everyone reads.
import { graphql } from '@/gql';

/** One page of national pathways. */
export const NationalPathwaysFields = graphql(`
  fragment NationalPage_PathwaysFragment on PathwayConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      reviewOverdue
      currentVersion {
        title
        summary
      }
    }
  }
`);

export const NationalPageQuery = graphql(`
  query NationalPage($first: Int!) {
    pathways(national: true, first: $first) {
      ...NationalPage_PathwaysFragment
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** A following page of national pathways. */
export const NationalPathwaysQuery = graphql(`
  query NationalPathways($first: Int!, $after: String) {
    pathways(national: true, first: $first, after: $after) {
      ...NationalPage_PathwaysFragment
    }
  }
`);
