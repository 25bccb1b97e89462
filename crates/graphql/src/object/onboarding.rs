//! `Onboarding`: a region's checklist, computed from the data, the same for every region.

use async_graphql::{Enum, SimpleObject};
use chrono::{DateTime, Utc};
use verkosto_domain::OrganisationKind as DomainKind;
use verkosto_store::onboarding::OnboardingFacts;

use super::enums::OrganisationKind;

/// One item of the checklist.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnboardingStep {
    /// A coordinator accepted their invitation.
    CoordinatorAccepted,
    /// Member organisations of every core kind (prison, community sanctions, police, forensic
    /// psychiatry, mental health services, social services, NGO).
    CoreKindsCovered,
    /// The first care pathway is published.
    FirstPathwayPublished,
    /// The first network meeting is held.
    FirstMeetingHeld,
}

/// One checklist item and whether it is done.
#[derive(SimpleObject)]
pub struct OnboardingItem {
    /// Which item.
    pub step: OnboardingStep,
    /// Whether it is done.
    pub done: bool,
    /// When it was done, where the data knows.
    pub done_at: Option<DateTime<Utc>>,
}

/// How many active member organisations of one kind the region has.
#[derive(SimpleObject)]
pub struct KindCoverage {
    /// The kind.
    pub kind: OrganisationKind,
    /// Active member organisations of it.
    pub count: i32,
    /// Whether every network should have one (a core kind).
    pub core: bool,
}

/// A region's onboarding checklist and its coverage of organisation kinds.
#[derive(SimpleObject)]
pub struct Onboarding {
    /// The checklist, in order.
    pub items: Vec<OnboardingItem>,
    /// Items done.
    pub done: i32,
    /// Items in all.
    pub total: i32,
    /// Every organisation kind with its count (core kinds first, then the others present).
    pub coverage: Vec<KindCoverage>,
    /// The core kinds the region still lacks.
    pub missing_kinds: Vec<OrganisationKind>,
}

impl Onboarding {
    /// The checklist from the store's facts and when the first network meeting was held.
    pub fn new(facts: OnboardingFacts, first_meeting_held: Option<DateTime<Utc>>) -> Self {
        let count = |kind: DomainKind| facts.organisations_by_kind.get(&kind).copied().unwrap_or(0);
        let missing: Vec<DomainKind> = DomainKind::CORE
            .iter()
            .copied()
            .filter(|kind| count(*kind) == 0)
            .collect();
        let mut coverage: Vec<KindCoverage> = DomainKind::CORE
            .iter()
            .map(|kind| KindCoverage {
                kind: (*kind).into(),
                count: count(*kind) as i32,
                core: true,
            })
            .collect();
        coverage.extend(
            facts
                .organisations_by_kind
                .iter()
                .filter(|(kind, _)| !DomainKind::CORE.contains(kind))
                .map(|(kind, n)| KindCoverage {
                    kind: (*kind).into(),
                    count: *n as i32,
                    core: false,
                }),
        );
        let items = vec![
            OnboardingItem {
                step: OnboardingStep::CoordinatorAccepted,
                done: facts.coordinator_accepted,
                done_at: None,
            },
            OnboardingItem {
                step: OnboardingStep::CoreKindsCovered,
                done: missing.is_empty(),
                done_at: None,
            },
            OnboardingItem {
                step: OnboardingStep::FirstPathwayPublished,
                done: facts.first_pathway_published.is_some(),
                done_at: facts.first_pathway_published,
            },
            OnboardingItem {
                step: OnboardingStep::FirstMeetingHeld,
                done: first_meeting_held.is_some(),
                done_at: first_meeting_held,
            },
        ];
        let done = items.iter().filter(|item| item.done).count() as i32;
        Self {
            total: items.len() as i32,
            done,
            items,
            coverage,
            missing_kinds: missing.into_iter().map(Into::into).collect(),
        }
    }
}
