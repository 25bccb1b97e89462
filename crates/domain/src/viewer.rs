//! `Viewer`: who is asking, as loaded fresh from the database on every request.

use std::collections::BTreeMap;

use crate::{DomainError, PersonId, RegionId, RoleKind};

/// The person behind a request (or nobody), with their roles by region.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Viewer {
    person: Option<PersonId>,
    is_admin: bool,
    roles: BTreeMap<RegionId, RoleKind>,
}

impl Viewer {
    /// Nobody signed in.
    pub fn anonymous() -> Self {
        Self::default()
    }

    /// A signed-in person with their platform-admin flag and roles.
    pub fn signed_in(
        person: PersonId,
        is_admin: bool,
        roles: impl IntoIterator<Item = (RegionId, RoleKind)>,
    ) -> Self {
        Self {
            person: Some(person),
            is_admin,
            roles: roles.into_iter().collect(),
        }
    }

    /// The signed-in person, or `Unauthenticated`.
    pub fn person_id(&self) -> Result<PersonId, DomainError> {
        self.person.ok_or(DomainError::Unauthenticated)
    }

    /// The signed-in person, if any.
    pub fn person(&self) -> Option<PersonId> {
        self.person
    }

    /// Whether the viewer is the platform admin.
    pub fn is_admin(&self) -> bool {
        self.is_admin
    }

    /// The viewer's role in `region`, if any.
    pub fn role_in(&self, region: RegionId) -> Option<RoleKind> {
        self.roles.get(&region).copied()
    }

    /// Whether the viewer coordinates `region`.
    pub fn coordinates(&self, region: RegionId) -> bool {
        self.role_in(region) == Some(RoleKind::Coordinator)
    }

    /// Whether the viewer has any role in `region`.
    pub fn belongs_to(&self, region: RegionId) -> bool {
        self.roles.contains_key(&region)
    }

    /// Whether the viewer has a role in at least one region.
    pub fn has_any_role(&self) -> bool {
        !self.roles.is_empty()
    }

    /// The regions the viewer has a role in.
    pub fn regions(&self) -> impl Iterator<Item = RegionId> + '_ {
        self.roles.keys().copied()
    }

    /// The regions the viewer coordinates.
    pub fn coordinated_regions(&self) -> impl Iterator<Item = RegionId> + '_ {
        self.roles
            .iter()
            .filter(|(_, role)| **role == RoleKind::Coordinator)
            .map(|(region, _)| *region)
    }
}
