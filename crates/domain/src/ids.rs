//! Typed UUID ids, so a region id is never passed where a pathway id is expected.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new time-ordered (v7) id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    /// Id of a regional network.
    RegionId,
    /// Id of a member organisation.
    OrganisationId,
    /// Id of an organisation's membership in a region.
    MembershipId,
    /// Id of a person (a professional with an account).
    PersonId,
    /// Id of a service an organisation offers.
    ServiceId,
    /// Id of a care pathway.
    PathwayId,
    /// Id of an immutable pathway version.
    PathwayVersionId,
    /// Id of one piece of feedback on a pathway.
    PathwayFeedbackId,
    /// Id of a sign-in session (one refresh-token family).
    SessionId,
    /// Id of an invitation into a region.
    InvitationId,
    /// Id of a request to join a region.
    JoinRequestId,
    /// Id of a region's meeting, training or info session.
    EventId,
    /// Id of an action item agreed at an event.
    ActionItemId,
);
