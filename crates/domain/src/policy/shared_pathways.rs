//! Who does a network's shared pathway work: regional variants, feedback triage, reviews and the
//! recent-changes feed.
//!
//! | action | admin | coordinator of R | member of R | others signed in |
//! | --- | --- | --- | --- | --- |
//! | create a variant of a national pathway for R | yes | yes | no | no |
//! | take a base update into R's variant | yes | yes | no | no |
//! | send feedback on a pathway they can read | yes | yes | yes | yes |
//! | read one piece of feedback | yes | R's (national: no) | their own | their own |
//! | triage R's feedback queue, reply (national: admins) | yes | yes | no | no |
//! | read R's review list, mark R's pathway reviewed | yes / yes | yes / yes | yes / no | no / no |
//! | read R's recent changes | yes | yes | yes | no |
//!
//! Anonymous visitors get `Unauthenticated` for all of it: feedback needs a sender to reply to.

use super::is_pathway_editor;
use crate::{DomainError, PersonId, RegionId, Viewer, msg};

/// May the viewer create a regional variant of a national pathway for `region`?
pub fn require_create_variant(viewer: &Viewer, region: RegionId) -> Result<(), DomainError> {
    viewer.person_id()?;
    if is_pathway_editor(viewer, Some(region)) {
        Ok(())
    } else {
        Err(DomainError::forbidden(msg!(
            "adapt-national-coordinators-only"
        )))
    }
}

/// May the viewer take a newer base version into the variant owned by `region`?
pub fn require_take_base_update(
    viewer: &Viewer,
    region: Option<RegionId>,
) -> Result<(), DomainError> {
    viewer.person_id()?;
    if is_pathway_editor(viewer, region) {
        Ok(())
    } else {
        Err(DomainError::forbidden(msg!(
            "take-national-changes-coordinators-only"
        )))
    }
}

/// May the viewer send feedback? They must also be able to read the pathway (checked by the caller).
pub fn require_send_feedback(viewer: &Viewer) -> Result<PersonId, DomainError> {
    viewer.person_id()
}

/// May the viewer read one piece of feedback on a pathway of `region` (`None` = national)?
///
/// Its sender and the pathway's editors may; for anyone else it does not exist.
pub fn can_read_feedback(viewer: &Viewer, region: Option<RegionId>, sender: PersonId) -> bool {
    viewer.person() == Some(sender) || is_pathway_editor(viewer, region)
}

/// May the viewer triage the feedback of `region` (`None` = national pathways)?
///
/// Reading the queue, changing a status and replying: the region's coordinators; admins everywhere.
pub fn require_triage_feedback(
    viewer: &Viewer,
    region: Option<RegionId>,
) -> Result<(), DomainError> {
    viewer.person_id()?;
    match region {
        _ if is_pathway_editor(viewer, region) => Ok(()),
        Some(_) => Err(DomainError::forbidden(msg!(
            "feedback-triage-coordinators-only"
        ))),
        None => Err(DomainError::forbidden(msg!("feedback-triage-admins-only"))),
    }
}

/// May the viewer read the review list of `region` (`None` = national pathways)?
///
/// Everyone in the region: members see which published pathways need attention, as they already
/// read those pathways and their review dates. National pathways: admins.
pub fn require_read_review_list(
    viewer: &Viewer,
    region: Option<RegionId>,
) -> Result<(), DomainError> {
    viewer.person_id()?;
    if viewer.is_admin() || region.is_some_and(|region| viewer.belongs_to(region)) {
        Ok(())
    } else if region.is_none() {
        Err(DomainError::forbidden(msg!(
            "review-list-national-admins-only"
        )))
    } else {
        Err(DomainError::forbidden(msg!(
            "review-list-region-people-only"
        )))
    }
}

/// May the viewer mark a published pathway of `region` (`None` = national) reviewed?
pub fn require_mark_reviewed(viewer: &Viewer, region: Option<RegionId>) -> Result<(), DomainError> {
    viewer.person_id()?;
    match region {
        _ if is_pathway_editor(viewer, region) => Ok(()),
        Some(_) => Err(DomainError::forbidden(msg!(
            "mark-reviewed-coordinators-only"
        ))),
        None => Err(DomainError::forbidden(msg!(
            "mark-reviewed-national-admins-only"
        ))),
    }
}

/// The regions whose recent changes the viewer asks for (`None` = every region, for admins).
///
/// With `region`: that region, for people of it; without: all of the viewer's regions.
pub fn recent_changes_regions(
    viewer: &Viewer,
    region: Option<RegionId>,
) -> Result<Option<Vec<RegionId>>, DomainError> {
    viewer.person_id()?;
    match region {
        Some(region) if viewer.is_admin() || viewer.belongs_to(region) => Ok(Some(vec![region])),
        Some(_) => Err(DomainError::forbidden(msg!(
            "recent-changes-own-regions-only"
        ))),
        None if viewer.is_admin() => Ok(None),
        None => Ok(Some(viewer.regions().collect())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RoleKind;

    #[test]
    fn a_member_sees_their_own_feedback_but_cannot_triage_it() {
        let region = RegionId::new();
        let me = PersonId::new();
        let member = Viewer::signed_in(me, false, [(region, RoleKind::Member)]);
        assert!(can_read_feedback(&member, Some(region), me));
        assert!(!can_read_feedback(&member, Some(region), PersonId::new()));
        assert!(matches!(
            require_triage_feedback(&member, Some(region)),
            Err(DomainError::Forbidden(_))
        ));
    }

    #[test]
    fn national_feedback_is_triaged_by_admins_only() {
        let region = RegionId::new();
        let coordinator =
            Viewer::signed_in(PersonId::new(), false, [(region, RoleKind::Coordinator)]);
        assert!(require_triage_feedback(&coordinator, Some(region)).is_ok());
        assert!(require_triage_feedback(&coordinator, None).is_err());
        let admin = Viewer::signed_in(PersonId::new(), true, []);
        assert!(require_triage_feedback(&admin, None).is_ok());
    }

    #[test]
    fn the_feed_without_a_region_covers_the_viewers_regions() {
        let (a, b) = (RegionId::new(), RegionId::new());
        let member = Viewer::signed_in(PersonId::new(), false, [(a, RoleKind::Member)]);
        assert_eq!(recent_changes_regions(&member, None), Ok(Some(vec![a])));
        assert!(recent_changes_regions(&member, Some(b)).is_err());
        assert_eq!(
            recent_changes_regions(&Viewer::anonymous(), None),
            Err(DomainError::Unauthenticated)
        );
    }
}
