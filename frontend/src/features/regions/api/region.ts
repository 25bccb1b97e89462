import { graphql } from '@/gql';

/** The region page's member organisations, one page. */
export const RegionOrganisationsFields = graphql(`
  fragment RegionPage_OrganisationsFragment on OrganisationConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      kind
      municipality
    }
  }
`);

/** The region page's pathways, one page. */
export const RegionPathwaysFields = graphql(`
  fragment RegionPage_PathwaysFragment on PathwayConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      reviewDue
      reviewOverdue
      currentVersion {
        title
        summary
      }
    }
  }
`);

/** The region page's services, one page. */
export const RegionServicesFields = graphql(`
  fragment RegionPage_ServicesFragment on ServiceConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      kind
      status
      timeZone
      organisation {
        id
        name
      }
      hours {
        ...OpenNowBadge_HoursFragment
      }
    }
  }
`);

/** The region page, with the first page (`first` items) of its organisations, pathways and services. */
export const RegionPageQuery = graphql(`
  query RegionPage($id: ID!, $language: Language!, $first: Int!) {
    region(id: $id) {
      id
      name(language: $language)
      country
      area
      status
      timeZone
      viewerRole
      coordinators {
        id
        name
        title
        email
        organisation {
          id
          name
        }
      }
      organisations(first: $first) {
        ...RegionPage_OrganisationsFragment
      }
      pathways(first: $first) {
        ...RegionPage_PathwaysFragment
      }
      onboarding {
        done
        total
        items {
          step
          done
          doneAt
        }
        coverage {
          kind
          count
          core
        }
        missingKinds
      }
    }
    services(regionId: $id, first: $first) {
      ...RegionPage_ServicesFragment
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** A following page of the region page's organisations. */
export const RegionOrganisationsQuery = graphql(`
  query RegionOrganisations($id: ID!, $first: Int!, $after: String) {
    region(id: $id) {
      id
      organisations(first: $first, after: $after) {
        ...RegionPage_OrganisationsFragment
      }
    }
  }
`);

/** A following page of the region page's pathways. */
export const RegionPathwaysQuery = graphql(`
  query RegionPathways($id: ID!, $first: Int!, $after: String) {
    region(id: $id) {
      id
      pathways(first: $first, after: $after) {
        ...RegionPage_PathwaysFragment
      }
    }
  }
`);

/** A following page of the region page's services. */
export const RegionServicesQuery = graphql(`
  query RegionServices($id: ID!, $first: Int!, $after: String) {
    services(regionId: $id, first: $first, after: $after) {
      ...RegionPage_ServicesFragment
    }
  }
`);

/** A region's upcoming or past meetings, trainings and info sessions. */
export const RegionEventsQuery = graphql(`
  query RegionEvents($regionId: ID!, $upcoming: Boolean!) {
    events(regionId: $regionId, upcoming: $upcoming, first: 20) {
      nodes {
        id
        kind
        title
        startsAt
        endsAt
        timeZone
        place
        onlineUrl
        status
        capacity
        seatsLeft
        viewerIsRegistered
      }
    }
  }
`);

export const OpenRegionMutation = graphql(`
  mutation OpenRegion($region: RegionInput!, $coordinator: InvitationInput!, $language: Language!) {
    openRegion(region: $region, coordinator: $coordinator) {
      region {
        id
        name(language: $language)
      }
      invitation {
        delivery
        link
        invitation {
          email
        }
      }
    }
  }
`);

/** Ends onboarding; the region page's query reloads as the answer names the region. */
export const ActivateRegionMutation = graphql(`
  mutation ActivateRegion($id: ID!) {
    activateRegion(id: $id) {
      id
      status
    }
  }
`);

/** What the edit page fills its form with, and whether the viewer may use it. */
export const RegionEditQuery = graphql(`
  query RegionEdit($id: ID!, $language: Language!) {
    region(id: $id) {
      id
      updatedAt
      slug
      name(language: $language)
      names {
        fi
        sv
        nb
        en
      }
      country
      area
      timeZone
      status
      viewerRole
    }
    viewer {
      id
      isAdmin
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($id: ID!, $input: RegionInput!, $language: Language!, $ifUnchangedSince: DateTime) {
    updateRegion(id: $id, input: $input, ifUnchangedSince: $ifUnchangedSince) {
      id
      updatedAt
      slug
      name(language: $language)
      names {
        fi
        sv
        nb
        en
      }
      country
      area
      timeZone
    }
  }
`);

export const ArchiveRegionMutation = graphql(`
  mutation ArchiveRegion($id: ID!) {
    archiveRegion(id: $id) {
      id
      status
    }
  }
`);
