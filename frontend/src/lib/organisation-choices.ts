// Organisations as the choices of a form's <select>: a region's member organisations (the pathway
// editor's steps, an action item, an invitation), and the national list (`OrganisationPicker`:
// asking to join, one's own profile). A page query spreads the fragment for the first page, and
// `useAllPages` asks the matching query for the rest.
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

/** One page of the national organisation list, for `OrganisationPicker`. */
export const OrganisationPickerFields = graphql(`
  fragment OrganisationPicker_OrganisationsFragment on OrganisationConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      municipality
    }
  }
`);

/** A following page of the national organisation list. */
export const AllOrganisationsQuery = graphql(`
  query AllOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      ...OrganisationPicker_OrganisationsFragment
    }
  }
`);
