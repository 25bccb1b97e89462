//! The closed value lists of the domain, each with a stable snake_case text form for storage.

use serde::{Deserialize, Serialize};

use crate::DomainError;

macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable text form used in storage and files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            /// Parses the text form; `field` names the input in the error.
            pub fn parse(field: &str, text: &str) -> Result<Self, DomainError> {
                match text {
                    $($text => Ok($name::$variant),)*
                    other => Err(DomainError::invalid(
                        field,
                        $crate::msg!(
                            "enum-unknown-value",
                            value = other,
                            expected = [$($text),*].join(", "),
                        ),
                    )),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// A country a region is in.
    Country { Finland = "FI", Norway = "NO" }
);

string_enum!(
    /// A language the interface and pathways are written in.
    Language { Finnish = "fi", Swedish = "sv", NorwegianBokmal = "nb", English = "en" }
);

string_enum!(
    /// Where a region is in its life.
    RegionStatus { Onboarding = "onboarding", Active = "active", Archived = "archived" }
);

string_enum!(
    /// What kind of organisation a member is.
    OrganisationKind {
        Prison = "prison",
        CommunitySanctions = "community_sanctions",
        Police = "police",
        ForensicPsychiatry = "forensic_psychiatry",
        Psychiatry = "psychiatry",
        MentalHealthServices = "mental_health_services",
        SocialServices = "social_services",
        HealthServices = "health_services",
        WellbeingServicesCounty = "wellbeing_services_county",
        Shelter = "shelter",
        Parish = "parish",
        Ngo = "ngo",
        SupportCentre = "support_centre",
        Other = "other",
    }
);

string_enum!(
    /// Where an organisation stands in a region's network.
    MembershipStatus { Invited = "invited", Requested = "requested", Active = "active", Left = "left" }
);

string_enum!(
    /// What a person may do in a region.
    RoleKind { Coordinator = "coordinator", Member = "member" }
);

string_enum!(
    /// The lifecycle of a care pathway.
    PathwayStatus { Draft = "draft", InReview = "in_review", Published = "published", Archived = "archived" }
);

string_enum!(
    /// The state of one pathway version; every state but `Draft` is frozen.
    VersionState { Draft = "draft", InReview = "in_review", Published = "published", Superseded = "superseded" }
);

string_enum!(
    /// Who may read a published pathway or a service.
    Visibility { Network = "network", AllMembers = "all_members", Public = "public" }
);

string_enum!(
    /// Who a pathway or service is for.
    TargetGroup {
        PeopleAtRiskOfOffending = "people_at_risk_of_offending",
        PeopleWhoHaveOffended = "people_who_have_offended",
        Victims = "victims",
        FamiliesAndRelatives = "families_and_relatives",
        ChildrenAndYoungPeople = "children_and_young_people",
        Professionals = "professionals",
    }
);

string_enum!(
    /// What kind of service an organisation offers.
    ServiceKind {
        PhoneLine = "phone_line",
        Chat = "chat",
        TherapyGroup = "therapy_group",
        IndividualTherapy = "individual_therapy",
        RelativesGroup = "relatives_group",
        PeerSupport = "peer_support",
        SafetyPlanMeeting = "safety_plan_meeting",
        Counselling = "counselling",
        ShelterAccommodation = "shelter_accommodation",
        Training = "training",
        Other = "other",
    }
);

string_enum!(
    /// Whether a service takes clients now.
    ServiceStatus { Active = "active", TemporarilyClosed = "temporarily_closed" }
);

string_enum!(
    /// Where a piece of pathway feedback is in its triage.
    FeedbackStatus { New = "new", InProgress = "in_progress", Done = "done" }
);

string_enum!(
    /// How to reach an organisation or a service.
    ChannelKind { Phone = "phone", Email = "email", Web = "web", Chat = "chat", Address = "address", Video = "video" }
);

string_enum!(
    /// A day of the week, for opening hours.
    Weekday { Mon = "mon", Tue = "tue", Wed = "wed", Thu = "thu", Fri = "fri", Sat = "sat", Sun = "sun" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_text_form() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse("kind", kind.as_str()), Ok(*kind));
        }
    }

    #[test]
    fn an_unknown_value_names_the_field_and_the_allowed_values() {
        let err = PathwayStatus::parse("status", "done").unwrap_err();
        assert_eq!(
            err.to_string(),
            "status: unknown value \"done\"; expected one of: draft, in_review, published, archived"
        );
    }
}

string_enum!(
    /// Where an invitation stands; `Expired` is computed from the expiry time, never stored.
    InvitationStatus { Pending = "pending", Accepted = "accepted", Revoked = "revoked", Expired = "expired" }
);

string_enum!(
    /// Where a request to join a region stands.
    JoinRequestStatus { Pending = "pending", Approved = "approved", Declined = "declined" }
);

string_enum!(
    /// Who may list a region's people.
    MemberListVisibility { AllMembers = "all_members", Coordinators = "coordinators" }
);

impl OrganisationKind {
    /// The kinds every regional network should have, in the order the onboarding checklist shows
    /// them: the agencies that meet offenders, people at risk and victims along a care pathway.
    pub const CORE: &'static [OrganisationKind] = &[
        OrganisationKind::Prison,
        OrganisationKind::CommunitySanctions,
        OrganisationKind::Police,
        OrganisationKind::ForensicPsychiatry,
        OrganisationKind::MentalHealthServices,
        OrganisationKind::SocialServices,
        OrganisationKind::Ngo,
    ];
}

string_enum!(
    /// What a region's event is.
    EventKind { NetworkMeeting = "network_meeting", Training = "training", InfoSession = "info_session" }
);

string_enum!(
    /// Where a region's event stands.
    EventStatus { Scheduled = "scheduled", Cancelled = "cancelled", Held = "held" }
);

string_enum!(
    /// Whether an action item agreed at an event is still to be done.
    ActionItemStatus { Open = "open", Done = "done" }
);

string_enum!(
    /// A kind of notification mail, which each person may turn off.
    ///
    /// Mail a person asked for or that starts or ends their access (invitations, password
    /// resets, join request outcomes) is not one of these and always goes out.
    NotificationMail {
        /// To coordinators (admins for national pathways): a pathway was submitted for review.
        ReviewRequested = "review_requested",
        /// To an author: their version was published or returned to them.
        ProposalDecided = "proposal_decided",
        /// To a feedback sender: the coordinators replied.
        FeedbackReplied = "feedback_replied",
        /// To coordinators: someone asks to join their region.
        JoinRequested = "join_requested",
        /// To coordinators (admins for national pathways): urgent feedback on a pathway.
        UrgentFeedback = "urgent_feedback",
    }
);
