import { graphql } from '@/gql';

/** The kinds of notification mail that can reach the signed-in person, each on or off. */
export const MailNotificationsQuery = graphql(`
  query MailNotifications {
    myMailNotifications {
      kind
      enabled
    }
  }
`);

/** Turns one kind of notification mail on or off for the signed-in person. */
export const SetMailNotificationMutation = graphql(`
  mutation SetMailNotification($kind: NotificationMail!, $enabled: Boolean!) {
    setMailNotification(kind: $kind, enabled: $enabled) {
      kind
      enabled
    }
  }
`);

/** Turns off the kind of notification mail an unsubscribe link names; no sign-in needed. */
export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      kind
      enabled
    }
  }
`);
