import { graphql } from '@/gql';

export const FeedbackQueuePageQuery = graphql(`
  query FeedbackQueuePage($regionId: ID!, $language: Language!) {
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

/** The national feedback queue's frame: only the viewer (admins triage it). */
export const NationalFeedbackPageQuery = graphql(`
  query NationalFeedbackPage {
    viewer {
      id
      isAdmin
    }
  }
`);

/** One page of a region's feedback queue (without `regionId`: the national one), urgent first. */
export const FeedbackQueueQuery = graphql(`
  query FeedbackQueue($regionId: ID, $status: [FeedbackStatus!], $first: Int!, $after: String) {
    pathwayFeedbackQueue(regionId: $regionId, status: $status, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...FeedbackQueue_FeedbackFragment
      }
    }
  }
`);

/** What the queue shows of one piece of feedback, and what its mutations answer with. */
export const FeedbackFields = graphql(`
  fragment FeedbackQueue_FeedbackFragment on PathwayFeedback {
    id
    message
    urgent
    status
    reply
    repliedAt
    createdAt
    repliedBy {
      id
      name
    }
    sender {
      id
      name
      title
    }
    pathway {
      id
      currentVersion {
        title
      }
    }
  }
`);

export const SetFeedbackStatusMutation = graphql(`
  mutation SetPathwayFeedbackStatus($id: ID!, $status: FeedbackStatus!) {
    setPathwayFeedbackStatus(id: $id, status: $status) {
      ...FeedbackQueue_FeedbackFragment
    }
  }
`);

export const ReplyToFeedbackMutation = graphql(`
  mutation ReplyToPathwayFeedback($id: ID!, $reply: String!) {
    replyToPathwayFeedback(id: $id, reply: $reply) {
      ...FeedbackQueue_FeedbackFragment
    }
  }
`);
