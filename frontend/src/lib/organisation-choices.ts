// A region's member organisations as the choices of a form's <select> (the pathway editor's
// steps, an action item, an invitation): a page query spreads the fragment for the first page,
// and `useAllPages` asks `OrganisationChoicesQuery` for the rest.
import { graphql } from '@/gql';

/** One page of a region's organisations, as choices. */
export const OrganisationChoicesFields = graphql(`
  fragment OrganisationChoices_PageFragment on OrganisationConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
    }
  }
`);

/** A following page of a region's organisations, as choices. */
export const OrganisationChoicesQuery = graphql(`
  query OrganisationChoices($regionId: ID!, $first: Int!, $after: String) {
    region(id: $regionId) {
      id
      organisations(first: $first, after: $after) {
        ...OrganisationChoices_PageFragment
      }
    }
  }
`);
