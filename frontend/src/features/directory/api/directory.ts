import { graphql } from '@/gql';

/** The organisation page's services, one page. */
export const OrganisationServicesFields = graphql(`
  fragment OrganisationPage_ServicesFragment on ServiceConnection {
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
      hours {
        ...OpenNowBadge_HoursFragment
      }
    }
  }
`);

/** An organisation, with the first page (`first` items) of its services. */
export const OrganisationPageQuery = graphql(`
  query OrganisationPage($id: ID!, $language: Language!, $first: Int!) {
    organisation(id: $id) {
      id
      name
      kind
      businessId
      municipality
      description
      channels {
        kind
        value
        label
      }
      services(first: $first) {
        ...OrganisationPage_ServicesFragment
      }
      memberships {
        id
        status
        since
        region {
          id
          name(language: $language)
        }
        contacts {
          id
          name
          title
          email
        }
      }
    }
  }
`);

/** A following page of the organisation page's services. */
export const OrganisationServicesQuery = graphql(`
  query OrganisationServices($id: ID!, $first: Int!, $after: String) {
    organisation(id: $id) {
      id
      services(first: $first, after: $after) {
        ...OrganisationPage_ServicesFragment
      }
    }
  }
`);

export const ServicePageQuery = graphql(`
  query ServicePage($id: ID!, $language: Language!) {
    service(id: $id) {
      id
      name
      kind
      description
      status
      channels {
        kind
        value
        label
      }
      languages
      targetGroups
      eligibility
      isFree
      isAnonymous
      referralRequired
      assuredOn
      isStale
      timeZone
      hours {
        ...OpenNowBadge_HoursFragment
        exceptions {
          note
        }
      }
      organisation {
        id
        name
        memberships {
          id
          region {
            id
            name(language: $language)
          }
          contacts {
            id
            name
            title
            email
          }
        }
      }
    }
  }
`);
