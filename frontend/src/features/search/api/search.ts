import { graphql } from '@/gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilterInput) {
    search(query: $query, filter: $filter, first: 30) {
      totalCount
      nodes {
        id
        type
        isDraft
        title
        snippet
      }
      facets {
        types {
          type
          count
        }
        organisationKinds {
          kind
          count
        }
        targetGroups {
          targetGroup
          count
        }
        languages {
          language
          count
        }
        regions {
          regionId
          count
        }
      }
    }
  }
`);

/** One page of the region names the region facet shows. */
export const SearchRegionNamesQuery = graphql(`
  query SearchRegionNames($language: Language!, $first: Int!, $after: String) {
    regions(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name(language: $language)
      }
    }
  }
`);
