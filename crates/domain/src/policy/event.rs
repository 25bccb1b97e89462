//! Who reads, manages and registers for a region's meetings, trainings and info sessions.
//!
//! An event's audience is a [`Visibility`]: the region's network, everyone with a role in some
//! region, or the public. Its coordinators (and admins) manage it.

use crate::{DomainError, RegionId, Viewer, Visibility};

use super::require_manage_region;

/// May the viewer see an event of `region` meant for `audience`?
pub fn can_read_event(viewer: &Viewer, region: RegionId, audience: Visibility) -> bool {
    viewer.is_admin()
        || viewer.belongs_to(region)
        || match audience {
            Visibility::Network => false,
            Visibility::AllMembers => viewer.has_any_role(),
            Visibility::Public => true,
        }
}

/// May the viewer schedule, change, cancel and record the minutes of `region`'s events?
pub fn require_manage_events(viewer: &Viewer, region: RegionId) -> Result<(), DomainError> {
    require_manage_region(viewer, region)
}

/// May the viewer register for an event they can see? Anyone signed in who may read it.
pub fn require_register(
    viewer: &Viewer,
    region: RegionId,
    audience: Visibility,
) -> Result<(), DomainError> {
    viewer.person_id()?;
    if can_read_event(viewer, region, audience) {
        Ok(())
    } else {
        Err(DomainError::NotFound("event"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PersonId, RoleKind};

    #[test]
    fn audiences_widen_from_the_network_to_the_public() {
        let region = RegionId::new();
        let other = RegionId::new();
        let member = Viewer::signed_in(PersonId::new(), false, [(region, RoleKind::Member)]);
        let elsewhere = Viewer::signed_in(PersonId::new(), false, [(other, RoleKind::Member)]);
        let anonymous = Viewer::anonymous();
        for (audience, want) in [
            (Visibility::Network, [true, false, false]),
            (Visibility::AllMembers, [true, true, false]),
            (Visibility::Public, [true, true, true]),
        ] {
            let got =
                [&member, &elsewhere, &anonymous].map(|v| can_read_event(v, region, audience));
            assert_eq!(got, want, "{audience}");
        }
        assert_eq!(
            require_register(&anonymous, region, Visibility::Public),
            Err(DomainError::Unauthenticated)
        );
    }
}
