import { graphql } from '@/gql';

export const OrganisationPageQuery = graphql(`
  query OrganisationPage($id: ID!, $language: Language!) {
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
      services(first: 100) {
        nodes {
          id
          name
          kind
          status
          timeZone
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
