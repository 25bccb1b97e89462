import { graphql } from '@/gql';

export const RegionPageQuery = graphql(`
  query RegionPage($id: ID!, $language: Language!) {
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
      organisations(first: 100) {
        nodes {
          id
          name
          kind
          municipality
        }
      }
      pathways(first: 100) {
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
    services(regionId: $id, first: 100) {
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
          weekly {
            day
            opens
            closes
          }
          exceptions {
            date
            closed
            opens
            closes
          }
        }
      }
    }
    viewer {
      id
      isAdmin
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
