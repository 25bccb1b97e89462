//! The authorization policy of `design.md` as plain functions; every resolver calls them.
//!
//! Read checks answer `bool` (a target the viewer may not read is reported as not found by the
//! caller, exactly like a missing one). Write checks answer `Result`: `Unauthenticated` for
//! nobody, `Forbidden` with a reason for a target the viewer can read but may not change.

pub mod event;
pub mod import;
pub mod network;
pub mod shared_pathways;

use crate::{DomainError, PathwayStatus, PersonId, RegionId, RoleKind, Viewer, Visibility, msg};

/// The facts about a pathway that decide who may read and change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathwayFacts {
    /// The owning region; `None` for a national pathway.
    pub region: Option<RegionId>,
    /// The pathway's lifecycle status.
    pub status: PathwayStatus,
    /// Who may read its published version.
    pub visibility: Visibility,
    /// Whether a published version exists.
    pub has_published_version: bool,
    /// The author of the open draft or in-review version, if any.
    pub open_draft_author: Option<PersonId>,
}

/// How much of a pathway a viewer may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PathwayAccess {
    /// Nothing: the pathway answers as not found.
    None,
    /// The published version only.
    Published,
    /// The published version and the viewer's own open draft.
    PublishedAndOwnDraft,
    /// Every version, draft and archived state: the pathway's editors.
    Everything,
}

impl PathwayAccess {
    /// Whether the pathway is visible at all.
    pub fn can_read(self) -> bool {
        self != PathwayAccess::None
    }

    /// Whether drafts and the version history beyond the published version are visible.
    pub fn sees_drafts(self) -> bool {
        self >= PathwayAccess::PublishedAndOwnDraft
    }
}

/// Whether the viewer edits, publishes and archives pathways owned by `region` (`None` = national).
pub fn is_pathway_editor(viewer: &Viewer, region: Option<RegionId>) -> bool {
    viewer.is_admin() || region.is_some_and(|region| viewer.coordinates(region))
}

/// Whether the viewer is in the pathway's network (a member of its region, or anyone with a role for a national pathway).
fn is_in_network(viewer: &Viewer, region: Option<RegionId>) -> bool {
    match region {
        Some(region) => viewer.belongs_to(region),
        None => viewer.has_any_role(),
    }
}

/// How much of a pathway the viewer may read (the "read pathway of R" row).
pub fn pathway_access(viewer: &Viewer, pathway: &PathwayFacts) -> PathwayAccess {
    if is_pathway_editor(viewer, pathway.region) {
        return PathwayAccess::Everything;
    }
    let own_draft = viewer.person().is_some() && pathway.open_draft_author == viewer.person();
    let live = pathway.has_published_version && pathway.status != PathwayStatus::Archived;
    let published_readable = live
        && match pathway.visibility {
            Visibility::Public => true,
            Visibility::AllMembers => viewer.has_any_role(),
            Visibility::Network => is_in_network(viewer, pathway.region),
        };
    // The author keeps reading their own open draft of a regional pathway; national drafts are
    // written by admins, who read everything anyway. Search documents carry the same rule.
    let own_draft_readable =
        own_draft && pathway.status != PathwayStatus::Archived && pathway.region.is_some();
    match (published_readable, own_draft_readable) {
        (_, true) => PathwayAccess::PublishedAndOwnDraft,
        (true, false) => PathwayAccess::Published,
        (false, false) => PathwayAccess::None,
    }
}

/// May the viewer create a new pathway in `region` (`None` = national)?
pub fn require_create_pathway(
    viewer: &Viewer,
    region: Option<RegionId>,
) -> Result<(), DomainError> {
    viewer.person_id()?;
    match region {
        _ if is_pathway_editor(viewer, region) => Ok(()),
        Some(region) if viewer.belongs_to(region) => Ok(()),
        Some(_) => Err(DomainError::forbidden(msg!("draft-region-members-only"))),
        None => Err(DomainError::forbidden(msg!("draft-national-admins-only"))),
    }
}

/// May the viewer start a new draft of an existing pathway (members propose changes this way)?
pub fn require_start_draft(viewer: &Viewer, pathway: &PathwayFacts) -> Result<(), DomainError> {
    viewer.person_id()?;
    if pathway.status == PathwayStatus::Archived && !is_pathway_editor(viewer, pathway.region) {
        return Err(DomainError::forbidden(msg!(
            "archived-pathway-coordinators-only"
        )));
    }
    if is_pathway_editor(viewer, pathway.region)
        || pathway
            .region
            .is_some_and(|region| viewer.belongs_to(region))
    {
        Ok(())
    } else {
        Err(DomainError::forbidden(msg!("propose-region-members-only")))
    }
}

/// May the viewer edit, submit or discard the open draft written by `draft_author`?
pub fn require_edit_draft(
    viewer: &Viewer,
    pathway: &PathwayFacts,
    draft_author: PersonId,
) -> Result<(), DomainError> {
    let me = viewer.person_id()?;
    if is_pathway_editor(viewer, pathway.region) {
        return Ok(());
    }
    if pathway
        .region
        .is_some_and(|region| viewer.belongs_to(region))
        && draft_author == me
    {
        return Ok(());
    }
    Err(DomainError::forbidden(msg!("edit-own-drafts-only")))
}

/// May the viewer publish, archive, return to draft or change the visibility and review date of a pathway?
pub fn require_publish(viewer: &Viewer, pathway: &PathwayFacts) -> Result<(), DomainError> {
    viewer.person_id()?;
    if is_pathway_editor(viewer, pathway.region) {
        Ok(())
    } else if pathway.region.is_none() {
        Err(DomainError::forbidden(msg!("publish-national-admins-only")))
    } else {
        Err(DomainError::forbidden(msg!("publish-coordinators-only")))
    }
}

/// May the viewer see a region's private parts: its people, pending memberships and drafts list?
pub fn can_read_region_network(viewer: &Viewer, region: RegionId) -> bool {
    viewer.is_admin() || viewer.belongs_to(region)
}

/// May the viewer read an organisation or service directory entry? Public entries are for everyone.
pub fn can_read_directory_entry(viewer: &Viewer, public: bool) -> bool {
    public || viewer.is_admin() || viewer.has_any_role()
}

/// May the viewer invite to, approve join requests of, change roles in and keep the directory of `region`?
pub fn require_manage_region(viewer: &Viewer, region: RegionId) -> Result<(), DomainError> {
    viewer.person_id()?;
    if viewer.is_admin() || viewer.coordinates(region) {
        Ok(())
    } else {
        Err(DomainError::forbidden(msg!(
            "manage-network-coordinators-only"
        )))
    }
}

/// May the viewer change an organisation or its services, given the regions it is a member of?
pub fn require_manage_organisation(
    viewer: &Viewer,
    member_of: &[RegionId],
) -> Result<(), DomainError> {
    viewer.person_id()?;
    if viewer.is_admin() || member_of.iter().any(|region| viewer.coordinates(*region)) {
        Ok(())
    } else {
        Err(DomainError::forbidden(msg!(
            "change-organisation-coordinators-only"
        )))
    }
}

/// The region an organisation change is made in, for the audit log: the first of the
/// organisation's regions the viewer coordinates, else its first region.
pub fn acting_region(viewer: &Viewer, member_of: &[RegionId]) -> Option<RegionId> {
    member_of
        .iter()
        .copied()
        .find(|region| viewer.coordinates(*region))
        .or_else(|| member_of.first().copied())
}

/// May the viewer open regions, assign first coordinators and create organisations outside a region?
pub fn require_admin(viewer: &Viewer) -> Result<(), DomainError> {
    viewer.person_id()?;
    if viewer.is_admin() {
        Ok(())
    } else {
        Err(DomainError::forbidden(msg!("admins-only")))
    }
}

/// May the viewer give `role` in `region`? Coordinators manage members and co-coordinators.
pub fn require_assign_role(
    viewer: &Viewer,
    region: RegionId,
    _role: RoleKind,
) -> Result<(), DomainError> {
    require_manage_region(viewer, region)
}

/// May the viewer read another person's profile (name, e-mail, title, roles)?
pub fn can_read_person(viewer: &Viewer, person: PersonId, person_regions: &[RegionId]) -> bool {
    viewer.is_admin()
        || viewer.person() == Some(person)
        || person_regions
            .iter()
            .any(|region| viewer.belongs_to(*region))
}

/// Which audit events the viewer may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditScope {
    /// Every event: platform admins.
    All,
    /// Events of these regions: coordinators.
    Regions(Vec<RegionId>),
}

/// The viewer's audit scope, or `Forbidden` for those who may read none.
pub fn audit_scope(viewer: &Viewer) -> Result<AuditScope, DomainError> {
    viewer.person_id()?;
    if viewer.is_admin() {
        return Ok(AuditScope::All);
    }
    let regions: Vec<RegionId> = viewer.coordinated_regions().collect();
    if regions.is_empty() {
        Err(DomainError::forbidden(msg!("audit-log-coordinators-only")))
    } else {
        Ok(AuditScope::Regions(regions))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(region: RegionId, visibility: Visibility) -> PathwayFacts {
        PathwayFacts {
            region: Some(region),
            status: PathwayStatus::Published,
            visibility,
            has_published_version: true,
            open_draft_author: None,
        }
    }

    #[test]
    fn a_member_of_another_region_reads_only_all_members_or_public_pathways() {
        let (a, b) = (RegionId::new(), RegionId::new());
        let viewer = Viewer::signed_in(PersonId::new(), false, [(b, RoleKind::Member)]);
        assert_eq!(
            pathway_access(&viewer, &facts(a, Visibility::Network)),
            PathwayAccess::None
        );
        assert_eq!(
            pathway_access(&viewer, &facts(a, Visibility::AllMembers)),
            PathwayAccess::Published
        );
    }

    #[test]
    fn anonymous_reads_only_published_public_pathways() {
        let a = RegionId::new();
        let nobody = Viewer::anonymous();
        assert_eq!(
            pathway_access(&nobody, &facts(a, Visibility::Public)),
            PathwayAccess::Published
        );
        assert_eq!(
            pathway_access(&nobody, &facts(a, Visibility::AllMembers)),
            PathwayAccess::None
        );
        let mut draft = facts(a, Visibility::Public);
        draft.has_published_version = false;
        assert_eq!(pathway_access(&nobody, &draft), PathwayAccess::None);
    }

    #[test]
    fn a_member_sees_their_own_draft_but_not_a_colleagues() {
        let a = RegionId::new();
        let me = PersonId::new();
        let viewer = Viewer::signed_in(me, false, [(a, RoleKind::Member)]);
        let mut pathway = facts(a, Visibility::Network);
        pathway.has_published_version = false;
        pathway.status = PathwayStatus::Draft;
        pathway.open_draft_author = Some(PersonId::new());
        assert_eq!(pathway_access(&viewer, &pathway), PathwayAccess::None);
        pathway.open_draft_author = Some(me);
        assert_eq!(
            pathway_access(&viewer, &pathway),
            PathwayAccess::PublishedAndOwnDraft
        );
        assert!(require_edit_draft(&viewer, &pathway, me).is_ok());
        assert!(require_publish(&viewer, &pathway).is_err());
    }

    #[test]
    fn a_coordinator_of_another_region_cannot_publish() {
        let (a, b) = (RegionId::new(), RegionId::new());
        let viewer = Viewer::signed_in(PersonId::new(), false, [(b, RoleKind::Coordinator)]);
        assert!(matches!(
            require_publish(&viewer, &facts(a, Visibility::Public)),
            Err(DomainError::Forbidden(_))
        ));
    }
}
