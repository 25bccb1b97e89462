//! GraphQL enums mirroring the domain's closed value lists.

use async_graphql::Enum;

macro_rules! remote_enum {
    ($(#[$doc:meta])* $name:ident => $remote:literal { $($(#[$vdoc:meta])* $variant:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
        #[graphql(remote = $remote)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }
    };
}

remote_enum!(
    /// A country a region is in.
    Country => "verkosto_domain::Country" {
        /// Finland.
        #[graphql(name = "FI")]
        Finland,
        /// Norway.
        #[graphql(name = "NO")]
        Norway,
    }
);

remote_enum!(
    /// A language of the interface and of pathways.
    Language => "verkosto_domain::Language" {
        /// Finnish.
        #[graphql(name = "FI")]
        Finnish,
        /// Swedish.
        #[graphql(name = "SV")]
        Swedish,
        /// Norwegian Bokmål.
        #[graphql(name = "NB")]
        NorwegianBokmal,
        /// English.
        #[graphql(name = "EN")]
        English,
    }
);

remote_enum!(
    /// Where a region is in its life.
    RegionStatus => "verkosto_domain::RegionStatus" {
        /// Opened, its coordinator is gathering members.
        Onboarding,
        /// A working network.
        Active,
        /// Closed; kept for the record.
        Archived,
    }
);

remote_enum!(
    /// What kind of organisation a member is.
    OrganisationKind => "verkosto_domain::OrganisationKind" {
        /// Prison.
        Prison,
        /// Community sanctions office.
        CommunitySanctions,
        /// Police.
        Police,
        /// Forensic psychiatry.
        ForensicPsychiatry,
        /// Adult psychiatry.
        Psychiatry,
        /// Municipal mental health services.
        MentalHealthServices,
        /// Social services.
        SocialServices,
        /// Health services.
        HealthServices,
        /// Wellbeing services county.
        WellbeingServicesCounty,
        /// Shelter.
        Shelter,
        /// Parish.
        Parish,
        /// Non-governmental organisation.
        Ngo,
        /// Support centre.
        SupportCentre,
        /// Anything else.
        Other,
    }
);

remote_enum!(
    /// Where an organisation stands in a region's network.
    MembershipStatus => "verkosto_domain::MembershipStatus" {
        /// Invited by a coordinator.
        Invited,
        /// Asked to join.
        Requested,
        /// A member.
        Active,
        /// Left the network.
        Left,
    }
);

remote_enum!(
    /// What a person may do in a region.
    RoleKind => "verkosto_domain::RoleKind" {
        /// Runs the region.
        Coordinator,
        /// Reads and proposes.
        Member,
    }
);

remote_enum!(
    /// The lifecycle of a care pathway.
    PathwayStatus => "verkosto_domain::PathwayStatus" {
        /// Being written; never published.
        Draft,
        /// Submitted for review; never published.
        InReview,
        /// Readers see its published version.
        Published,
        /// Withdrawn.
        Archived,
    }
);

remote_enum!(
    /// The state of one pathway version.
    VersionState => "verkosto_domain::VersionState" {
        /// Open for editing.
        Draft,
        /// Submitted, frozen until published or returned.
        InReview,
        /// The version readers see.
        Published,
        /// Published once, replaced by a later version.
        Superseded,
    }
);

remote_enum!(
    /// Who may read a published pathway.
    Visibility => "verkosto_domain::Visibility" {
        /// Members of its region's network.
        Network,
        /// Every signed-in member of any region.
        AllMembers,
        /// Everyone, signed in or not.
        Public,
    }
);

remote_enum!(
    /// Who a pathway or service is for.
    TargetGroup => "verkosto_domain::TargetGroup" {
        /// People at risk of offending.
        PeopleAtRiskOfOffending,
        /// People who have offended.
        PeopleWhoHaveOffended,
        /// Victims.
        Victims,
        /// Families and relatives.
        FamiliesAndRelatives,
        /// Children and young people.
        ChildrenAndYoungPeople,
        /// Professionals.
        Professionals,
    }
);

remote_enum!(
    /// What kind of service an organisation offers.
    ServiceKind => "verkosto_domain::ServiceKind" {
        /// Phone line.
        PhoneLine,
        /// Chat.
        Chat,
        /// Therapy group.
        TherapyGroup,
        /// Individual therapy.
        IndividualTherapy,
        /// Relatives' group.
        RelativesGroup,
        /// Peer support.
        PeerSupport,
        /// Safety-plan meeting.
        SafetyPlanMeeting,
        /// Counselling.
        Counselling,
        /// Shelter accommodation.
        ShelterAccommodation,
        /// Training.
        Training,
        /// Anything else.
        Other,
    }
);

remote_enum!(
    /// Whether a service takes clients now.
    ServiceStatus => "verkosto_domain::ServiceStatus" {
        /// Open.
        Active,
        /// Temporarily closed.
        TemporarilyClosed,
    }
);

remote_enum!(
    /// How to reach an organisation or service.
    ChannelKind => "verkosto_domain::ChannelKind" {
        /// Phone.
        Phone,
        /// E-mail.
        Email,
        /// Web page.
        Web,
        /// Chat.
        Chat,
        /// Street address.
        Address,
        /// Video meeting.
        Video,
    }
);

remote_enum!(
    /// A day of the week.
    Weekday => "verkosto_domain::Weekday" {
        /// Monday.
        Mon,
        /// Tuesday.
        Tue,
        /// Wednesday.
        Wed,
        /// Thursday.
        Thu,
        /// Friday.
        Fri,
        /// Saturday.
        Sat,
        /// Sunday.
        Sun,
    }
);

/// Parses a stored enum text into its GraphQL enum (stored values are always valid).
pub(crate) fn stored<D, G>(
    parse: fn(&str, &str) -> Result<D, verkosto_domain::DomainError>,
    text: &str,
) -> Option<G>
where
    G: From<D>,
{
    parse("stored", text).ok().map(G::from)
}

/// Parses a stored JSON list of enum texts.
pub(crate) fn stored_list<D, G>(value: &serde_json::Value) -> Vec<G>
where
    D: serde::de::DeserializeOwned,
    G: From<D>,
{
    serde_json::from_value::<Vec<D>>(value.clone())
        .unwrap_or_default()
        .into_iter()
        .map(G::from)
        .collect()
}

remote_enum!(
    /// Where an invitation stands.
    InvitationStatus => "verkosto_domain::InvitationStatus" {
        /// Sent, waiting to be accepted.
        Pending,
        /// Accepted: the person has their role.
        Accepted,
        /// Withdrawn by a coordinator.
        Revoked,
        /// Not accepted within 72 hours; a coordinator can resend it.
        Expired,
    }
);

remote_enum!(
    /// Where a request to join a region stands.
    JoinRequestStatus => "verkosto_domain::JoinRequestStatus" {
        /// Waiting for a coordinator.
        Pending,
        /// Approved: the requester is a member.
        Approved,
        /// Declined, with a reason.
        Declined,
    }
);

remote_enum!(
    /// Who may list a region's people.
    MemberListVisibility => "verkosto_domain::MemberListVisibility" {
        /// Everyone in the network.
        AllMembers,
        /// Coordinators and admins; members see the coordinators only.
        Coordinators,
    }
);

remote_enum!(
    /// What a region's event is.
    EventKind => "verkosto_domain::EventKind" {
        /// A meeting of the network's member organisations.
        NetworkMeeting,
        /// A training for professionals.
        Training,
        /// An info session (for example on safety plans).
        InfoSession,
    }
);

remote_enum!(
    /// Where a region's event stands.
    EventStatus => "verkosto_domain::EventStatus" {
        /// Coming up (or under way).
        Scheduled,
        /// Called off.
        Cancelled,
        /// Took place.
        Held,
    }
);

remote_enum!(
    /// Whether an action item is still to be done.
    ActionItemStatus => "verkosto_domain::ActionItemStatus" {
        /// To be done.
        Open,
        /// Done.
        Done,
    }
);

remote_enum!(
    /// A kind of notification mail, which each person may turn off.
    NotificationMail => "verkosto_domain::NotificationMail" {
        /// To coordinators (admins for national pathways): a pathway was submitted for review.
        ReviewRequested,
        /// To an author: their version was published or returned to them.
        ProposalDecided,
        /// To a feedback sender: the coordinators replied.
        FeedbackReplied,
        /// To coordinators: someone asks to join their region.
        JoinRequested,
        /// To coordinators (admins for national pathways): urgent feedback on a pathway.
        UrgentFeedback,
    }
);
