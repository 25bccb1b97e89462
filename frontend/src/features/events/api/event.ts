import { graphql } from '@/gql';

/** What the event page and the event mutations read of an event. */
export const EventFields = graphql(`
  fragment EventPage_EventFragment on Event {
    id
    kind
    title
    agenda
    startsAt
    endsAt
    localStart
    localEnd
    timeZone
    place
    onlineUrl
    capacity
    registeredCount
    seatsLeft
    audience
    status
    minutes
    viewerIsRegistered
    registrations {
      id
      name
      title
      organisation {
        id
        name
      }
    }
    actionItems {
      ...EventPage_ActionItemFragment
    }
  }
`);

export const ActionItemFields = graphql(`
  fragment EventPage_ActionItemFragment on ActionItem {
    id
    title
    status
    dueOn
    doneAt
    eventId
    responsibleOrganisation {
      id
      name
    }
    responsiblePerson {
      id
      name
    }
    pathway {
      id
      currentVersion {
        title
      }
    }
  }
`);

export const EventPageQuery = graphql(`
  query EventPage($id: ID!, $language: Language!) {
    event(id: $id) {
      ...EventPage_EventFragment
      region {
        id
        name(language: $language)
        viewerRole
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

/** One page of the pathways an action item can be about. */
export const ActionItemPathwaysFields = graphql(`
  fragment ActionItems_PathwaysFragment on PathwayConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      currentVersion {
        title
      }
    }
  }
`);

/** The first page of the region's pathways and organisations an action item can point at. */
export const ActionItemChoicesQuery = graphql(`
  query ActionItemChoices($regionId: ID!, $first: Int!) {
    region(id: $regionId) {
      id
      organisations(first: $first) {
        ...OrganisationChoices_PageFragment
      }
      pathways(first: $first) {
        ...ActionItems_PathwaysFragment
      }
    }
  }
`);

/** A following page of the pathways for action items. */
export const ActionItemPathwaysQuery = graphql(`
  query ActionItemPathways($regionId: ID!, $first: Int!, $after: String) {
    region(id: $regionId) {
      id
      pathways(first: $first, after: $after) {
        ...ActionItems_PathwaysFragment
      }
    }
  }
`);

export const EventEditorRegionQuery = graphql(`
  query EventEditorRegion($regionId: ID!, $language: Language!) {
    region(id: $regionId) {
      id
      name(language: $language)
      viewerRole
      timeZone
    }
    viewer {
      id
      isAdmin
    }
  }
`);

export const EventEditorQuery = graphql(`
  query EventEditor($id: ID!, $language: Language!) {
    event(id: $id) {
      ...EventPage_EventFragment
      updatedAt
      region {
        id
        name(language: $language)
        viewerRole
        timeZone
      }
    }
    viewer {
      id
      isAdmin
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($regionId: ID!, $input: EventInput!) {
    createEvent(regionId: $regionId, input: $input) {
      ...EventPage_EventFragment
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!, $ifUnchangedSince: DateTime) {
    updateEvent(id: $id, input: $input, ifUnchangedSince: $ifUnchangedSince) {
      ...EventPage_EventFragment
      updatedAt
    }
  }
`);

export const CancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      ...EventPage_EventFragment
    }
  }
`);

export const MarkEventHeldMutation = graphql(`
  mutation MarkEventHeld($id: ID!, $minutes: String) {
    markEventHeld(id: $id, minutes: $minutes) {
      ...EventPage_EventFragment
    }
  }
`);

export const SetEventMinutesMutation = graphql(`
  mutation SetEventMinutes($id: ID!, $minutes: String!) {
    setEventMinutes(id: $id, minutes: $minutes) {
      ...EventPage_EventFragment
    }
  }
`);

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($id: ID!) {
    registerForEvent(id: $id) {
      ...EventPage_EventFragment
    }
  }
`);

export const CancelEventRegistrationMutation = graphql(`
  mutation CancelEventRegistration($id: ID!) {
    cancelEventRegistration(id: $id) {
      ...EventPage_EventFragment
    }
  }
`);

export const AddActionItemMutation = graphql(`
  mutation AddActionItem($eventId: ID!, $input: ActionItemInput!) {
    addActionItem(eventId: $eventId, input: $input) {
      ...EventPage_ActionItemFragment
    }
  }
`);

export const SetActionItemDoneMutation = graphql(`
  mutation SetActionItemDone($id: ID!, $done: Boolean!) {
    setActionItemDone(id: $id, done: $done) {
      ...EventPage_ActionItemFragment
    }
  }
`);
