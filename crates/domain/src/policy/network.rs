//! Growing a region's network: invitations, join requests and who may list its people.

use crate::{DomainError, MemberListVisibility, RegionId, RoleKind, Viewer, msg};

use super::require_manage_region;

/// May the viewer invite someone into `region` with `role`? Coordinators invite members and
/// co-coordinators; admins invite anyone, including a new region's first coordinator.
pub fn require_invite(
    viewer: &Viewer,
    region: RegionId,
    _role: RoleKind,
) -> Result<(), DomainError> {
    require_manage_region(viewer, region)
}

/// May the viewer approve or decline join requests of `region`, and list them?
pub fn require_review_join_requests(viewer: &Viewer, region: RegionId) -> Result<(), DomainError> {
    require_manage_region(viewer, region)
}

/// May the viewer ask to join `region`? Anyone signed in who has no role there yet.
pub fn require_request_to_join(viewer: &Viewer, region: RegionId) -> Result<(), DomainError> {
    viewer.person_id()?;
    if viewer.belongs_to(region) {
        Err(DomainError::conflict(msg!("already-in-network")))
    } else {
        Ok(())
    }
}

/// Which of a region's people the viewer may list: everyone, only the coordinators (so that a
/// member always knows whom to contact), or nobody (outside the network).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleListing {
    /// The whole network.
    Everyone,
    /// The coordinators only.
    CoordinatorsOnly,
    /// Nobody: the viewer is outside the network.
    Nobody,
}

/// What the viewer may list of `region`'s people, under the region's setting.
pub fn people_listing(
    viewer: &Viewer,
    region: RegionId,
    setting: MemberListVisibility,
) -> PeopleListing {
    if viewer.is_admin() || viewer.coordinates(region) {
        PeopleListing::Everyone
    } else if !viewer.belongs_to(region) {
        PeopleListing::Nobody
    } else {
        match setting {
            MemberListVisibility::AllMembers => PeopleListing::Everyone,
            MemberListVisibility::Coordinators => PeopleListing::CoordinatorsOnly,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PersonId;

    #[test]
    fn members_see_only_coordinators_when_the_region_says_so() {
        let region = RegionId::new();
        let member = Viewer::signed_in(PersonId::new(), false, [(region, RoleKind::Member)]);
        let coordinator =
            Viewer::signed_in(PersonId::new(), false, [(region, RoleKind::Coordinator)]);
        let outsider = Viewer::signed_in(PersonId::new(), false, []);
        use MemberListVisibility::*;
        assert_eq!(
            people_listing(&member, region, AllMembers),
            PeopleListing::Everyone
        );
        assert_eq!(
            people_listing(&member, region, Coordinators),
            PeopleListing::CoordinatorsOnly
        );
        assert_eq!(
            people_listing(&coordinator, region, Coordinators),
            PeopleListing::Everyone
        );
        assert_eq!(
            people_listing(&outsider, region, AllMembers),
            PeopleListing::Nobody
        );
    }
}
