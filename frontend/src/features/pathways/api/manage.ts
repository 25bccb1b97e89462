// Managing a pathway: its settings and review, archiving, discarding the open draft, deleting a
// pathway that was never published, restoring an old version, and a national pathway's regional
// variants.
import { graphql } from '@/gql';

/** What every management mutation answers: the pathway's state, so the cached pages refresh. */
export const ManagedPathwayFields = graphql(`
  fragment ManagePathway_PathwayFragment on Pathway {
    id
    status
    visibility
    reviewDue
    reviewOverdue
    updatedAt
    openVersion {
      number
      state
    }
    publishedVersion {
      number
    }
  }
`);

export const SetPathwaySettingsMutation = graphql(`
  mutation SetPathwaySettings($pathwayId: ID!, $visibility: Visibility!, $reviewDue: NaiveDate) {
    setPathwaySettings(pathwayId: $pathwayId, visibility: $visibility, reviewDue: $reviewDue) {
      ...ManagePathway_PathwayFragment
    }
  }
`);

export const MarkPathwayReviewedMutation = graphql(`
  mutation MarkPathwayReviewed($pathwayId: ID!, $nextReviewDue: NaiveDate!) {
    markPathwayReviewed(pathwayId: $pathwayId, nextReviewDue: $nextReviewDue) {
      ...ManagePathway_PathwayFragment
    }
  }
`);

export const ArchivePathwayMutation = graphql(`
  mutation ArchivePathway($pathwayId: ID!) {
    archivePathway(pathwayId: $pathwayId) {
      ...ManagePathway_PathwayFragment
    }
  }
`);

export const DiscardPathwayDraftMutation = graphql(`
  mutation DiscardPathwayDraft($pathwayId: ID!) {
    discardPathwayDraft(pathwayId: $pathwayId) {
      ...ManagePathway_PathwayFragment
    }
  }
`);

/** Answers the deleted pathway's id; the pages that listed it refetch (`additionalTypenames`). */
export const DeletePathwayMutation = graphql(`
  mutation DeletePathway($pathwayId: ID!) {
    deletePathway(pathwayId: $pathwayId)
  }
`);

export const RestorePathwayVersionMutation = graphql(`
  mutation RestorePathwayVersion($pathwayId: ID!, $number: Int!) {
    restorePathwayVersion(pathwayId: $pathwayId, number: $number) {
      ...ManagePathway_PathwayFragment
    }
  }
`);

/** One page of a national pathway's regional variants the viewer may read. */
export const VariantsFields = graphql(`
  fragment RegionalVariants_VariantsFragment on PathwayConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      region {
        id
        name(language: $language)
      }
      currentVersion {
        title
      }
    }
  }
`);

/** A national pathway's variants, and the regions the viewer may make a variant for. */
export const RegionalVariantsQuery = graphql(`
  query RegionalVariants($id: ID!, $language: Language!, $first: Int!) {
    pathway(id: $id) {
      id
      variants(first: $first) {
        ...RegionalVariants_VariantsFragment
      }
    }
    viewer {
      id
      isAdmin
      roles {
        kind
        region {
          id
          name(language: $language)
          status
        }
      }
    }
  }
`);

/** A following page of a national pathway's variants. */
export const MoreVariantsQuery = graphql(`
  query MoreRegionalVariants($id: ID!, $language: Language!, $first: Int!, $after: String) {
    pathway(id: $id) {
      id
      variants(first: $first, after: $after) {
        ...RegionalVariants_VariantsFragment
      }
    }
  }
`);

/** One page of the active regions, for an admin's choice of region. */
export const ActiveRegionsQuery = graphql(`
  query VariantRegions($language: Language!, $first: Int!, $after: String) {
    regions(status: ACTIVE, first: $first, after: $after) {
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

export const CreatePathwayVariantMutation = graphql(`
  mutation CreatePathwayVariant($pathwayId: ID!, $regionId: ID!, $visibility: Visibility) {
    createPathwayVariant(pathwayId: $pathwayId, regionId: $regionId, visibility: $visibility) {
      id
      status
    }
  }
`);
