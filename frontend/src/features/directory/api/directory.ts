import { graphql } from '@/gql';

/** The organisation page's services, one page. */
export const OrganisationServicesFields = graphql(`
  fragment OrganisationPage_ServicesFragment on ServiceConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServiceForm_ServiceFragment
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
        ...ManagedBy_MembershipFragment
        since
        contacts {
          id
          name
          title
          email
        }
      }
    }
    viewer {
      id
      isAdmin
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
      ...ServiceForm_ServiceFragment
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
          ...ManagedBy_MembershipFragment
          contacts {
            id
            name
            title
            email
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

/** What the organisation form reads of an organisation. */
export const OrganisationFormFields = graphql(`
  fragment OrganisationForm_OrganisationFragment on Organisation {
    id
    updatedAt
    name
    kind
    businessId
    municipality
    description
    public
    channels {
      kind
      value
      label
    }
  }
`);

/** What deciding who may change an organisation reads of its memberships. */
export const ManagedByFields = graphql(`
  fragment ManagedBy_MembershipFragment on Membership {
    id
    status
    region {
      id
      name(language: $language)
      timeZone
      viewerRole
    }
  }
`);

/** What the service form (and "checked today", which saves every field again) reads of a service. */
export const ServiceFormFields = graphql(`
  fragment ServiceForm_ServiceFragment on Service {
    id
    updatedAt
    name
    kind
    description
    status
    public
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
  }
`);

/** The region a new organisation joins, and whether the viewer runs it. */
export const NewOrganisationQuery = graphql(`
  query NewOrganisation($regionId: ID!, $language: Language!) {
    region(id: $regionId) {
      id
      name(language: $language)
      country
      viewerRole
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** An organisation to change, with the regions that decide who may. */
export const OrganisationEditorQuery = graphql(`
  query OrganisationEditor($id: ID!, $language: Language!) {
    organisation(id: $id) {
      ...OrganisationForm_OrganisationFragment
      memberships {
        ...ManagedBy_MembershipFragment
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** The organisation a new service belongs to, with the regions that decide who may add it. */
export const NewServiceQuery = graphql(`
  query NewService($organisationId: ID!, $language: Language!) {
    organisation(id: $organisationId) {
      id
      name
      memberships {
        ...ManagedBy_MembershipFragment
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** A service to change, with its organisation's regions that decide who may. */
export const ServiceEditorQuery = graphql(`
  query ServiceEditor($id: ID!, $language: Language!) {
    service(id: $id) {
      ...ServiceForm_ServiceFragment
      organisation {
        id
        name
        memberships {
          ...ManagedBy_MembershipFragment
        }
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($regionId: ID!, $input: OrganisationInput!) {
    createOrganisation(regionId: $regionId, input: $input) {
      ...OrganisationForm_OrganisationFragment
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!, $ifUnchangedSince: DateTime) {
    updateOrganisation(id: $id, input: $input, ifUnchangedSince: $ifUnchangedSince) {
      ...OrganisationForm_OrganisationFragment
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CreateService($organisationId: ID!, $input: ServiceInput!) {
    createService(organisationId: $organisationId, input: $input) {
      ...ServiceForm_ServiceFragment
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $input: ServiceInput!, $ifUnchangedSince: DateTime) {
    updateService(id: $id, input: $input, ifUnchangedSince: $ifUnchangedSince) {
      ...ServiceForm_ServiceFragment
    }
  }
`);

/** Dates the service's details checked today (in its zone), changing nothing else. */
export const MarkServiceCheckedMutation = graphql(`
  mutation MarkServiceChecked($id: ID!) {
    markServiceChecked(id: $id) {
      ...ServiceForm_ServiceFragment
    }
  }
`);

/** One page of a region's people, as the choices for a membership's contact persons. */
export const ContactChoicesFields = graphql(`
  fragment ContactChoices_PageFragment on PersonConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      title
      organisation {
        id
        name
      }
    }
  }
`);

/** A page of a region's people (the first without `after`). */
export const ContactChoicesQuery = graphql(`
  query ContactChoices($regionId: ID!, $first: Int!, $after: String) {
    region(id: $regionId) {
      id
      people(first: $first, after: $after) {
        ...ContactChoices_PageFragment
      }
    }
  }
`);

export const SetMembershipStatusMutation = graphql(`
  mutation SetMembershipStatus($id: ID!, $status: MembershipStatus!) {
    setMembershipStatus(id: $id, status: $status) {
      id
      status
      since
    }
  }
`);

export const SetMembershipContactsMutation = graphql(`
  mutation SetMembershipContacts($id: ID!, $personIds: [ID!]!) {
    setMembershipContacts(id: $id, personIds: $personIds) {
      id
      contacts {
        id
        name
        title
        email
      }
    }
  }
`);

/** Organisations already in Verkosto whose name (or other text) matches, with their memberships. */
export const FindOrganisationsQuery = graphql(`
  query FindOrganisations($query: String!) {
    search(query: $query, filter: { types: [ORGANISATION] }, first: 10) {
      nodes {
        id
        document {
          __typename
          ... on Organisation {
            id
            name
            kind
            municipality
            memberships {
              id
              status
              region {
                id
              }
            }
          }
        }
      }
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($regionId: ID!, $organisationId: ID!) {
    addMembership(regionId: $regionId, organisationId: $organisationId) {
      id
      status
      since
    }
  }
`);
