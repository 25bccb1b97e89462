//! Who may bulk-import pathways: an import creates and publishes them in one go, so its author
//! must be allowed to publish in the region (its coordinator), or be a platform admin.

use crate::{DomainError, RegionId, Viewer, msg};

use super::is_pathway_editor;

/// May `author` be named as the author of imported pathways of `region` (`None` = national)?
pub fn require_import_pathway(
    author: &Viewer,
    region: Option<RegionId>,
) -> Result<(), DomainError> {
    author.person_id()?;
    if is_pathway_editor(author, region) {
        return Ok(());
    }
    Err(DomainError::forbidden(match region {
        Some(_) => msg!("import-author-coordinators-only"),
        None => msg!("import-national-admins-only"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PersonId, RoleKind};
    use uuid::Uuid;

    #[test]
    fn only_coordinators_of_the_region_and_admins_may_import_its_pathways() {
        let region = RegionId(Uuid::now_v7());
        let person = PersonId(Uuid::now_v7());
        let coordinator = Viewer::signed_in(person, false, [(region, RoleKind::Coordinator)]);
        let member = Viewer::signed_in(person, false, [(region, RoleKind::Member)]);
        let admin = Viewer::signed_in(person, true, []);
        assert!(require_import_pathway(&coordinator, Some(region)).is_ok());
        assert!(require_import_pathway(&admin, Some(region)).is_ok());
        assert!(require_import_pathway(&admin, None).is_ok());
        assert!(require_import_pathway(&member, Some(region)).is_err());
        assert!(require_import_pathway(&coordinator, None).is_err());
        assert!(require_import_pathway(&Viewer::anonymous(), Some(region)).is_err());
    }
}
