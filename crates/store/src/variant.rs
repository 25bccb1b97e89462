//! Regional variants of national pathways: creating one from the base's published version, and
//! taking the base's newer versions into the variant's draft.
//!
//! A variant's pathway row records the base version its *published* content came from
//! (`pathway.based_on_version_id`); each version records the base version its own content was
//! merged from (`pathway_version.based_on_version_id`, empty for versions that took nothing new,
//! which then share the pathway's). Publishing a version that took a base update moves the
//! pathway's record forward, so discarding that draft leaves the variant where it was.
//!
//! **The merge rule**, part by part (title, summary, language, target groups, tags, body, steps):
//! a part the base did not change stays as the variant has it; a part the base changed is taken
//! when the variant still holds what the base had when the variant last took from it; a part
//! both changed keeps the variant's own text and is named in the draft's change note, so the
//! coordinator compares it with the base's diff. Steps are compared by their titles, descriptions
//! and referral criteria (organisations are the region's choice); taken steps keep the
//! organisation and service the variant gave the step of the same title, otherwise the base's
//! organisation when it belongs to the region's network, otherwise none.

use std::collections::HashSet;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};
use serde_json::json;
use uuid::Uuid;
use verkosto_domain::{
    DomainError, MembershipStatus, PathwayId, PathwayStatus, PathwayVersionId, PersonId, RegionId,
    VersionState, Viewer, Visibility, msg,
};

use crate::{
    Store, StoreResult,
    audit::{Change, record},
    entity::{membership, pathway, pathway_step, pathway_version},
    error::DbContext,
    pathway::{PathwayContent, PathwaySettings, StepFields, readable_pathways},
    pathway_rows::{
        insert_pathway, insert_steps, insert_version, load_pathway, load_version, next_number,
        set_pointers, version_content,
    },
};

/// Refuses a base version that belongs to a regional pathway: variants start from national ones.
pub(crate) async fn require_national_base(
    txn: &DatabaseTransaction,
    base_version: Option<&pathway_version::Model>,
    field: &str,
) -> StoreResult<()> {
    let Some(version) = base_version else {
        return Ok(());
    };
    let base = load_pathway(txn, PathwayId(version.pathway_id)).await?;
    if base.region_id.is_some() {
        return Err(DomainError::invalid(field, msg!("variant-base-not-national")).into());
    }
    Ok(())
}

/// The content after taking a base update, with the parts taken and the parts kept.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged content.
    pub content: PathwayContent,
    /// Parts taken from the base's new version.
    pub taken: Vec<&'static str>,
    /// Parts both changed: the variant's own text was kept.
    pub kept: Vec<&'static str>,
}

/// What a step says, without the organisation and service a region chooses.
fn step_texts(steps: &[StepFields]) -> Vec<(&str, &str, &str)> {
    steps
        .iter()
        .map(|s| {
            (
                s.title.as_str(),
                s.description.as_str(),
                s.referral_criteria.as_str(),
            )
        })
        .collect()
}

/// Merges `base` (the base's new version) into `variant`, `ancestor` being the base version the
/// variant last took from; `localise` fits a base step's organisation to the region.
pub fn merge(
    ancestor: &PathwayContent,
    base: &PathwayContent,
    variant: &PathwayContent,
    localise: impl Fn(&StepFields) -> StepFields,
) -> Merged {
    let mut content = variant.clone();
    let mut taken = Vec::new();
    let mut kept = Vec::new();
    let mut part = |name: &'static str, a: bool, b: bool, take: &mut dyn FnMut()| {
        // a: the base changed it; b: the variant still holds the ancestor's.
        match (a, b) {
            (false, _) => {}
            (true, true) => {
                take();
                taken.push(name);
            }
            (true, false) => kept.push(name),
        }
    };
    macro_rules! field {
        ($name:literal, $field:ident) => {
            let changed = base.$field != ancestor.$field && base.$field != variant.$field;
            part(
                $name,
                changed,
                variant.$field == ancestor.$field,
                &mut || content.$field = base.$field.clone(),
            );
        };
    }
    field!("title", title);
    field!("summary", summary);
    field!("language", language);
    field!("targetGroups", target_groups);
    field!("tags", tags);
    field!("body", body);
    let (a, b, v) = (
        step_texts(&ancestor.steps),
        step_texts(&base.steps),
        step_texts(&variant.steps),
    );
    part("steps", b != a && b != v, v == a, &mut || {
        content.steps = base
            .steps
            .iter()
            .map(
                |step| match variant.steps.iter().find(|s| s.title == step.title) {
                    Some(own) => StepFields {
                        organisation: own.organisation,
                        service: own.service,
                        ..step.clone()
                    },
                    None => localise(step),
                },
            )
            .collect();
    });
    Merged {
        content,
        taken,
        kept,
    }
}

/// The change note of a draft that took base version `number`.
fn change_note(number: i32, merged: &Merged) -> String {
    let mut note = format!("Took national version {number}");
    if merged.taken.is_empty() {
        note.push_str(": no text the region had kept as it was changed");
    } else {
        note.push_str(&format!(": updated {}", merged.taken.join(", ")));
    }
    if !merged.kept.is_empty() {
        note.push_str(&format!(
            "; kept the region's own {} (changed in both; compare with the national diff)",
            merged.kept.join(", ")
        ));
    }
    note
}

/// Organisations of `steps` that are in `region`'s network.
async fn network_members(
    txn: &DatabaseTransaction,
    region: RegionId,
    steps: &[StepFields],
) -> StoreResult<HashSet<Uuid>> {
    let organisations: Vec<Uuid> = steps
        .iter()
        .filter_map(|s| s.organisation.map(Uuid::from))
        .collect();
    Ok(membership::Entity::find()
        .filter(membership::Column::RegionId.eq(region.0))
        .filter(membership::Column::OrganisationId.is_in(organisations))
        .filter(membership::Column::Status.ne(MembershipStatus::Left.as_str()))
        .all(txn)
        .await
        .context("load the region's memberships")?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect())
}

/// A base step fitted to a region: its organisation (and service) stay only when the
/// organisation belongs to the region's network; the text always stays.
fn localised(step: &StepFields, members: &HashSet<Uuid>) -> StepFields {
    let local = step.organisation.is_some_and(|o| members.contains(&o.0));
    StepFields {
        organisation: step.organisation.filter(|_| local),
        service: step.service.filter(|_| local),
        ..step.clone()
    }
}

/// The content of `version`, loading its steps.
async fn content_of(
    txn: &DatabaseTransaction,
    version: &pathway_version::Model,
) -> StoreResult<PathwayContent> {
    let steps = pathway_step::Entity::find()
        .filter(pathway_step::Column::VersionId.eq(version.id))
        .order_by_asc(pathway_step::Column::Position)
        .all(txn)
        .await
        .context("load a version's steps")?;
    version_content(version, steps, String::new())
}

/// Records on `version` the base version its content was merged from.
async fn set_version_base(
    txn: &DatabaseTransaction,
    version: pathway_version::Model,
    base: Uuid,
) -> StoreResult<pathway_version::Model> {
    let mut model: pathway_version::ActiveModel = version.into();
    model.based_on_version_id = Set(Some(base));
    model.update(txn).await.context("record the version's base")
}

impl Store {
    /// Creates `region`'s variant of the national pathway `base`: a draft copying the base's
    /// published version, steps fitted to the region's network.
    pub async fn create_variant(
        &self,
        actor: PersonId,
        base: PathwayId,
        region: RegionId,
        visibility: Visibility,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let base_row = load_pathway(&tx.txn, base).await?;
        if base_row.region_id.is_some() {
            return Err(
                DomainError::invalid("pathwayId", msg!("variant-of-regional-pathway")).into(),
            );
        }
        let published = match base_row.published_version_id {
            Some(id) if base_row.status != PathwayStatus::Archived.as_str() => id,
            _ => {
                return Err(
                    DomainError::invalid("pathwayId", msg!("variant-base-unpublished")).into(),
                );
            }
        };
        let base_versions = pathway_version::Entity::find()
            .select_only()
            .column(pathway_version::Column::Id)
            .filter(pathway_version::Column::PathwayId.eq(base.0))
            .into_query();
        let existing = pathway::Entity::find()
            .filter(pathway::Column::RegionId.eq(region.0))
            .filter(pathway::Column::Status.ne(PathwayStatus::Archived.as_str()))
            .filter(pathway::Column::BasedOnVersionId.in_subquery(base_versions))
            .one(&tx.txn)
            .await
            .context("look for an existing variant")?;
        if existing.is_some() {
            return Err(DomainError::conflict(msg!("variant-exists-already")).into());
        }
        let source = load_version(&tx.txn, published).await?;
        let mut content = content_of(&tx.txn, &source).await?;
        let members = network_members(&tx.txn, region, &content.steps).await?;
        content.steps = content
            .steps
            .iter()
            .map(|s| localised(s, &members))
            .collect();
        content.change_note = format!("Regional variant of national version {}", source.number);
        let id = PathwayId::new();
        let version_id = PathwayVersionId::new();
        let settings = PathwaySettings {
            visibility,
            review_due: None,
        };
        insert_pathway(
            &tx.txn,
            id,
            actor,
            Some(region),
            settings,
            Some(PathwayVersionId(source.id)),
        )
        .await?;
        let version = insert_version(
            &tx.txn,
            id,
            version_id,
            1,
            actor,
            &content,
            &content.steps,
            None,
        )
        .await?;
        set_version_base(&tx.txn, version, source.id).await?;
        let model =
            set_pointers(&tx.txn, id, |m| m.open_version_id = Set(Some(version_id.0))).await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.create_variant",
                entity_type: "pathway",
                entity_id: id.0,
                region: Some(region),
                summary: json!({ "base": base, "baseVersion": source.number, "title": content.title }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Takes the base's current published version into the variant `id`.
    ///
    /// Merges it into the open draft, or into a new draft of the published content when none is
    /// open (see the module's merge rule), and records the base version taken.
    pub async fn take_base_update(
        &self,
        actor: PersonId,
        id: PathwayId,
    ) -> StoreResult<pathway::Model> {
        let tx = self.write().await?;
        let current = load_pathway(&tx.txn, id).await?;
        let Some(published_base) = current.based_on_version_id else {
            return Err(DomainError::conflict(msg!("pathway-not-a-variant")).into());
        };
        if current.status == PathwayStatus::Archived.as_str() {
            return Err(DomainError::conflict(msg!("variant-archived")).into());
        }
        let base_pathway = load_pathway(
            &tx.txn,
            PathwayId(load_version(&tx.txn, published_base).await?.pathway_id),
        )
        .await?;
        let latest = match base_pathway.published_version_id {
            Some(latest) if base_pathway.status != PathwayStatus::Archived.as_str() => {
                load_version(&tx.txn, latest).await?
            }
            _ => {
                return Err(DomainError::conflict(msg!("variant-base-nothing-to-take")).into());
            }
        };
        let open = match current.open_version_id {
            Some(open) => Some(load_version(&tx.txn, open).await?),
            None => None,
        };
        let (source, ancestor) = match open {
            Some(draft) if draft.state == VersionState::Draft.as_str() => {
                let ancestor = draft.based_on_version_id.unwrap_or(published_base);
                (draft, ancestor)
            }
            Some(open) => {
                return Err(DomainError::conflict(msg!(
                    "variant-version-in-review",
                    number = open.number,
                ))
                .into());
            }
            None => {
                let published = current
                    .published_version_id
                    .ok_or_else(|| DomainError::conflict(msg!("variant-no-version")))?;
                (load_version(&tx.txn, published).await?, published_base)
            }
        };
        if ancestor == latest.id {
            return Err(DomainError::conflict(msg!(
                "variant-holds-base-version-already",
                number = latest.number,
            ))
            .into());
        }
        let ancestor = load_version(&tx.txn, ancestor).await?;
        let variant = content_of(&tx.txn, &source).await?;
        let base = content_of(&tx.txn, &latest).await?;
        // A national pathway made from another keeps every organisation, as national steps may.
        let members = match current.region_id {
            Some(region) => Some(network_members(&tx.txn, RegionId(region), &base.steps).await?),
            None => None,
        };
        let merged = merge(
            &content_of(&tx.txn, &ancestor).await?,
            &base,
            &variant,
            |step| match &members {
                Some(members) => localised(step, members),
                None => step.clone(),
            },
        );
        let mut content = merged.content.clone();
        content.change_note = change_note(latest.number, &merged);
        let draft = if source.state == VersionState::Draft.as_str() {
            pathway_step::Entity::delete_many()
                .filter(pathway_step::Column::VersionId.eq(source.id))
                .exec(&tx.txn)
                .await
                .context("clear the draft's steps")?;
            insert_steps(&tx.txn, source.id, &content.steps).await?;
            let mut model: pathway_version::ActiveModel = source.into();
            model.title = Set(content.title.clone());
            model.summary = Set(content.summary.clone());
            model.language = Set(content.language.as_str().to_owned());
            model.target_groups = Set(json!(content.target_groups));
            model.tags = Set(json!(content.tags));
            model.body = Set(content.body.clone());
            model.change_note = Set(content.change_note.clone());
            model.updated_at = Set(chrono::Utc::now());
            model.update(&tx.txn).await.context("update the draft")?
        } else {
            let number = next_number(&tx.txn, id).await?;
            insert_version(
                &tx.txn,
                id,
                PathwayVersionId::new(),
                number,
                actor,
                &content,
                &content.steps,
                None,
            )
            .await?
        };
        let draft = set_version_base(&tx.txn, draft, latest.id).await?;
        let never_published = current.published_version_id.is_none();
        let model = set_pointers(&tx.txn, id, |m| {
            m.open_version_id = Set(Some(draft.id));
            if never_published {
                m.based_on_version_id = Set(Some(latest.id));
            }
        })
        .await?;
        record(
            &tx.txn,
            Change {
                actor: Some(actor),
                action: "pathway.take_base_update",
                entity_type: "pathway",
                entity_id: id.0,
                region: current.region_id.map(RegionId),
                summary: json!({
                    "version": draft.number,
                    "baseVersion": latest.number,
                    "fromBaseVersion": ancestor.number,
                    "taken": merged.taken,
                    "kept": merged.kept,
                }),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(model)
    }

    /// Regional variants of these base pathways that the viewer may read, as (base id, variant),
    /// oldest first.
    pub async fn readable_variants_of(
        &self,
        viewer: &Viewer,
        bases: &[Uuid],
    ) -> StoreResult<Vec<(Uuid, pathway::Model)>> {
        let base_versions = pathway_version::Entity::find()
            .filter(pathway_version::Column::PathwayId.is_in(bases.iter().copied()))
            .all(&self.db)
            .await
            .context("load the bases' versions")?;
        let variants = pathway::Entity::find()
            .filter(readable_pathways(viewer))
            .filter(pathway::Column::BasedOnVersionId.is_in(base_versions.iter().map(|v| v.id)))
            .order_by_asc(pathway::Column::Id)
            .all(&self.db)
            .await
            .context("load variants")?;
        Ok(variants
            .into_iter()
            .filter_map(|variant| {
                let base = base_versions
                    .iter()
                    .find(|v| Some(v.id) == variant.based_on_version_id)?;
                Some((base.pathway_id, variant))
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use verkosto_domain::{Language, OrganisationId};

    use super::*;

    fn content(title: &str, body: &str, steps: &[&str]) -> PathwayContent {
        PathwayContent {
            title: title.to_owned(),
            summary: "Tiivistelmä".to_owned(),
            language: Language::Finnish,
            target_groups: vec![],
            tags: vec![],
            body: body.to_owned(),
            steps: steps
                .iter()
                .map(|t| StepFields {
                    title: (*t).to_owned(),
                    description: String::new(),
                    organisation: None,
                    service: None,
                    referral_criteria: String::new(),
                })
                .collect(),
            change_note: String::new(),
        }
    }

    #[test]
    fn base_changes_replace_what_the_variant_never_changed_and_keep_its_own_edits() {
        let ancestor = content("Polku", "Runko 1", &["Yksi"]);
        let base = content("Polku 2", "Runko 2", &["Yksi", "Kaksi"]);
        let variant = content("Alfan polku", "Runko 1", &["Yksi"]);
        let merged = merge(&ancestor, &base, &variant, Clone::clone);
        assert_eq!(merged.content.title, "Alfan polku");
        assert_eq!(merged.content.body, "Runko 2");
        assert_eq!(merged.content.steps.len(), 2);
        assert_eq!(merged.taken, vec!["body", "steps"]);
        assert_eq!(merged.kept, vec!["title"]);
    }

    #[test]
    fn taken_steps_keep_the_organisation_the_region_chose_for_the_same_step() {
        let ancestor = content("Polku", "", &["Yksi"]);
        let base = content("Polku", "", &["Yksi", "Kaksi"]);
        let mut variant = content("Polku", "", &["Yksi"]);
        let local = OrganisationId::new();
        variant.steps[0].organisation = Some(local);
        let merged = merge(&ancestor, &base, &variant, Clone::clone);
        assert_eq!(merged.content.steps[0].organisation, Some(local));
        assert_eq!(merged.content.steps[1].organisation, None);
    }

    #[test]
    fn a_part_both_changed_alike_is_neither_taken_nor_kept() {
        let ancestor = content("Polku", "Vanha", &[]);
        let base = content("Polku", "Uusi", &[]);
        let variant = content("Polku", "Uusi", &[]);
        let merged = merge(&ancestor, &base, &variant, Clone::clone);
        assert!(merged.taken.is_empty() && merged.kept.is_empty());
    }
}
