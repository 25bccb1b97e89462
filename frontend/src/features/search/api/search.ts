import { graphql } from '@/gql';

/** How many hits the search shows at first, and how many more each "Show more" brings. */
export const SEARCH_PAGE_SIZE = 30;

export const SearchHitFields = graphql(`
  fragment SearchPage_HitFragment on SearchHit {
    id
    type
    isDraft
    title
    snippet
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilterInput, $first: Int!) {
    search(query: $query, filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SearchPage_HitFragment
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

/** The hits after `after`, for "Show more" (the facets came with the first page). */
export const SearchMoreQuery = graphql(`
  query SearchMore($query: String!, $filter: SearchFilterInput, $first: Int!, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SearchPage_HitFragment
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
