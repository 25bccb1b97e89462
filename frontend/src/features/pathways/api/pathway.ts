import { graphql } from '@/gql';

export const PathwayVersionFields = graphql(`
  fragment PathwayPage_VersionFragment on PathwayVersion {
    id
    number
    state
    title
    summary
    language
    targetGroups
    tags
    body
    changeNote
    createdAt
    publishedAt
    author {
      id
      name
    }
    steps {
      id
      position
      title
      description
      referralCriteria
      responsibleOrganisation {
        id
        name
        kind
      }
      service {
        id
        name
        kind
      }
    }
  }
`);

export const PathwayPageQuery = graphql(`
  query PathwayPage($id: ID!, $language: Language!) {
    pathway(id: $id) {
      id
      status
      visibility
      reviewDue
      reviewOverdue
      isNational
      updatedAt
      region {
        id
        name(language: $language)
        timeZone
      }
      viewerCan {
        editDraft
        startDraft
        publish
      }
      openVersion {
        number
        state
      }
      publishedVersion {
        number
      }
      currentVersion {
        ...PathwayPage_VersionFragment
      }
      base {
        ...PathwayPage_VariantBaseFragment
      }
      ...ManagePathway_PathwayFragment
    }
  }
`);

/** What changed between two versions, as the diff view shows it. */
export const DiffFields = graphql(`
  fragment DiffView_DiffFragment on PathwayDiff {
    from
    to
    changed
    title {
      before
      after
    }
    summary {
      before
      after
    }
    language {
      before
      after
    }
    targetGroups {
      added
      removed
    }
    tags {
      added
      removed
    }
    body {
      kind
      text
    }
    steps {
      kind
      before {
        ...DiffView_StepFragment
      }
      after {
        ...DiffView_StepFragment
      }
    }
  }

  fragment DiffView_StepFragment on DiffStep {
    number
    title
    description
    organisationName
    serviceName
    referralCriteria
  }
`);

/** A regional variant's national base: which version, and whether (and how) it changed since. */
export const VariantBaseFields = graphql(`
  fragment PathwayPage_VariantBaseFragment on VariantBase {
    versionNumber
    latestVersionNumber
    updated
    draftVersionNumber
    pathway {
      id
      currentVersion {
        title
      }
    }
    diff {
      ...DiffView_DiffFragment
    }
  }
`);

export const TakePathwayBaseUpdateMutation = graphql(`
  mutation TakePathwayBaseUpdate($pathwayId: ID!) {
    takePathwayBaseUpdate(pathwayId: $pathwayId) {
      id
      status
      openVersion {
        number
        state
      }
    }
  }
`);

export const PathwayHistoryQuery = graphql(`
  query PathwayHistory($id: ID!) {
    pathway(id: $id) {
      id
      currentVersion {
        title
      }
      viewerCan {
        editDraft
        startDraft
      }
      openVersion {
        number
      }
      versions(first: 100) {
        nodes {
          id
          number
          state
          title
          changeNote
          createdAt
          publishedAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

export const PathwayDiffQuery = graphql(`
  query PathwayDiff($id: ID!, $from: Int!, $to: Int!) {
    pathway(id: $id) {
      id
      diff(from: $from, to: $to) {
        ...DiffView_DiffFragment
      }
    }
  }
`);

export const PathwayEditorQuery = graphql(`
  query PathwayEditor($id: ID!) {
    pathway(id: $id) {
      id
      status
      region {
        id
      }
      viewerCan {
        editDraft
        startDraft
        publish
      }
      openVersion {
        number
        state
        title
        summary
        language
        targetGroups
        tags
        body
        changeNote
        updatedAt
        steps {
          id
          title
          description
          referralCriteria
          responsibleOrganisation {
            id
          }
          service {
            id
          }
        }
      }
    }
  }
`);

/** One page of the services a step can name. */
export const EditorServicesFields = graphql(`
  fragment PathwayEditor_ServicesFragment on ServiceConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      organisation {
        id
      }
    }
  }
`);

/** What the editor offers from the region: the first page of its organisations and services. */
export const RegionChoicesQuery = graphql(`
  query PathwayEditorChoices($regionId: ID!, $first: Int!) {
    region(id: $regionId) {
      id
      viewerRole
      organisations(first: $first) {
        ...OrganisationChoices_PageFragment
      }
    }
    services(regionId: $regionId, first: $first) {
      ...PathwayEditor_ServicesFragment
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** What the editor offers for a national pathway: every organisation and service, first page. */
export const NationalChoicesQuery = graphql(`
  query PathwayEditorNationalChoices($first: Int!) {
    organisations(first: $first) {
      ...OrganisationChoices_PageFragment
    }
    services(first: $first) {
      ...PathwayEditor_ServicesFragment
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** A following page of every organisation, for a national pathway's steps. */
export const NationalOrganisationChoicesQuery = graphql(`
  query NationalOrganisationChoices($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      ...OrganisationChoices_PageFragment
    }
  }
`);

/** A following page of the services for the editor (the region's, or without `regionId` all). */
export const EditorServicesQuery = graphql(`
  query PathwayEditorServices($regionId: ID, $first: Int!, $after: String) {
    services(regionId: $regionId, first: $first, after: $after) {
      ...PathwayEditor_ServicesFragment
    }
  }
`);

export const CreatePathwayMutation = graphql(`
  mutation CreatePathway($input: CreatePathwayInput!) {
    createPathway(input: $input) {
      id
      status
    }
  }
`);

export const UpdatePathwayDraftMutation = graphql(`
  mutation UpdatePathwayDraft($pathwayId: ID!, $content: PathwayContentInput!, $ifUnchangedSince: DateTime) {
    updatePathwayDraft(pathwayId: $pathwayId, content: $content, ifUnchangedSince: $ifUnchangedSince) {
      id
      status
      updatedAt
      openVersion {
        updatedAt
      }
    }
  }
`);

export const StartPathwayDraftMutation = graphql(`
  mutation StartPathwayDraft($pathwayId: ID!) {
    startPathwayDraft(pathwayId: $pathwayId) {
      id
      status
    }
  }
`);

export const SubmitPathwayMutation = graphql(`
  mutation SubmitPathway($pathwayId: ID!) {
    submitPathway(pathwayId: $pathwayId) {
      id
      status
    }
  }
`);

export const PublishPathwayMutation = graphql(`
  mutation PublishPathway($pathwayId: ID!) {
    publishPathway(pathwayId: $pathwayId) {
      id
      status
    }
  }
`);

export const ReturnPathwayToDraftMutation = graphql(`
  mutation ReturnPathwayToDraft($pathwayId: ID!) {
    returnPathwayToDraft(pathwayId: $pathwayId) {
      id
      status
    }
  }
`);
