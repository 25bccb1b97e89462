// Managing a pathway: its settings and review, archiving, discarding the open draft, restoring an
// old version.
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

export const RestorePathwayVersionMutation = graphql(`
  mutation RestorePathwayVersion($pathwayId: ID!, $number: Int!) {
    restorePathwayVersion(pathwayId: $pathwayId, number: $number) {
      ...ManagePathway_PathwayFragment
    }
  }
`);
