//! Building search documents from the database: what each pathway, service and organisation
//! looks like to the search engines, with who may read it.

use std::collections::HashMap;

use uuid::Uuid;
use verkosto_domain::{
    Country, Language, MembershipStatus, OrganisationId, OrganisationKind, PathwayStatus,
    ServiceId, TargetGroup, Visibility,
};
use verkosto_store::{
    Store,
    entity::{organisation, pathway, pathway_step, pathway_version},
};

use crate::{Access, DocType, SearchDocument, SearchResult};

/// The outbox entity types the index holds.
pub const INDEXED_TYPES: &[&str] = &["pathway", "service", "organisation"];

/// The documents an entity has now (none when it is gone): its index state to upsert.
pub async fn documents_for(
    store: &Store,
    entity_type: &str,
    id: Uuid,
) -> SearchResult<Vec<SearchDocument>> {
    match entity_type {
        "pathway" => pathway_documents(store, &[id]).await,
        "service" => service_document(store, id)
            .await
            .map(|d| d.into_iter().collect()),
        "organisation" => organisation_document(store, id)
            .await
            .map(|d| d.into_iter().collect()),
        _ => Ok(vec![]),
    }
}

fn parse<T>(
    parse: fn(&str, &str) -> Result<T, verkosto_domain::DomainError>,
    text: &str,
) -> Option<T> {
    parse("stored", text).ok()
}

fn list<T: serde::de::DeserializeOwned>(value: &serde_json::Value) -> Vec<T> {
    serde_json::from_value(value.clone()).unwrap_or_default()
}

/// The documents of many entities, `(entity type, id)`: pathways hydrated together in five
/// queries (pathways, versions, steps, organisations, services), whatever their number.
pub async fn documents_for_many(
    store: &Store,
    entities: &[(String, Uuid)],
) -> SearchResult<Vec<SearchDocument>> {
    let pathways: Vec<Uuid> = entities
        .iter()
        .filter(|(kind, _)| kind == "pathway")
        .map(|(_, id)| *id)
        .collect();
    let mut documents = pathway_documents(store, &pathways).await?;
    for (kind, id) in entities.iter().filter(|(kind, _)| kind != "pathway") {
        documents.extend(documents_for(store, kind, *id).await?);
    }
    Ok(documents)
}

/// For each of `ids`: the published version (for readers) and the open draft (for its editors
/// and author).
async fn pathway_documents(store: &Store, ids: &[Uuid]) -> SearchResult<Vec<SearchDocument>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let pathways = store.pathways_by_ids(ids).await?;
    let version_ids: Vec<Uuid> = pathways
        .iter()
        .flat_map(|p| [p.published_version_id, p.open_version_id])
        .flatten()
        .collect();
    let versions: HashMap<Uuid, pathway_version::Model> = store
        .versions_by_ids(&version_ids)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    let mut steps: HashMap<Uuid, Vec<pathway_step::Model>> = HashMap::new();
    for step in store.steps_by_versions(&version_ids).await? {
        steps.entry(step.version_id).or_default().push(step);
    }
    let mut org_ids: Vec<Uuid> = steps
        .values()
        .flatten()
        .filter_map(|s| s.organisation_id)
        .collect();
    org_ids.sort_unstable();
    org_ids.dedup();
    let mut service_ids: Vec<Uuid> = steps
        .values()
        .flatten()
        .filter_map(|s| s.service_id)
        .collect();
    service_ids.sort_unstable();
    service_ids.dedup();
    let organisations: HashMap<Uuid, organisation::Model> = store
        .organisations_by_ids(&org_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let services: HashMap<Uuid, String> = store
        .services_by_ids(&service_ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut documents = Vec::new();
    for pathway in &pathways {
        let status = parse(PathwayStatus::parse, &pathway.status);
        let id = pathway.id;
        let current = [pathway.published_version_id, pathway.open_version_id];
        for version in current
            .into_iter()
            .flatten()
            .filter_map(|v| versions.get(&v))
        {
            let is_published = Some(version.id) == pathway.published_version_id;
            let version_steps = steps.get(&version.id).map_or(&[][..], Vec::as_slice);
            let mut body = vec![version.summary.clone(), version.body.clone()];
            let mut kinds = Vec::new();
            for step in version_steps {
                body.push(step.title.clone());
                body.push(step.description.clone());
                body.push(step.referral_criteria.clone());
                if let Some(org) = step.organisation_id.and_then(|o| organisations.get(&o)) {
                    body.push(org.name.clone());
                    if let Some(kind) = parse(OrganisationKind::parse, &org.kind)
                        && !kinds.contains(&kind)
                    {
                        kinds.push(kind);
                    }
                }
                if let Some(name) = step.service_id.and_then(|s| services.get(&s)) {
                    body.push(name.clone());
                }
            }
            body.extend(list::<String>(&version.tags));
            documents.push(SearchDocument {
                id: if is_published {
                    format!("pathway:{id}")
                } else {
                    format!("pathway:{id}:draft")
                },
                entity_id: id,
                doc_type: DocType::Pathway,
                version: i64::from(version.number),
                language: parse(Language::parse, &version.language).unwrap_or(Language::Finnish),
                title: version.title.clone(),
                body: body
                    .into_iter()
                    .filter(|t| !t.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join("\n"),
                regions: pathway.region_id.into_iter().collect(),
                organisation_kinds: kinds,
                target_groups: list::<TargetGroup>(&version.target_groups),
                status,
                access: pathway_access(pathway, version, is_published),
            });
        }
    }
    Ok(documents)
}

/// Who may read one version document of a pathway: the policy's `pathway_access`, as data.
fn pathway_access(
    pathway: &pathway::Model,
    version: &pathway_version::Model,
    is_published: bool,
) -> Access {
    version_access(
        pathway.region_id,
        parse(PathwayStatus::parse, &pathway.status).unwrap_or(PathwayStatus::Draft),
        parse(Visibility::parse, &pathway.visibility).unwrap_or(Visibility::Network),
        is_published,
        version.author_id,
    )
}

/// The access rule of a version document from the facts the policy decides on.
fn version_access(
    region: Option<Uuid>,
    status: PathwayStatus,
    visibility: Visibility,
    is_published: bool,
    author: Uuid,
) -> Access {
    let editors: Vec<Uuid> = region.into_iter().collect();
    let archived = status == PathwayStatus::Archived;
    if !is_published {
        return Access {
            coordinator_of: editors,
            // The author reads their own open draft of a regional pathway.
            person: (!archived && region.is_some()).then_some(author),
            ..Access::default()
        };
    }
    if archived {
        return Access {
            coordinator_of: editors,
            ..Access::default()
        };
    }
    Access {
        public: visibility == Visibility::Public,
        any_member: visibility != Visibility::Network || region.is_none(),
        member_of: region.into_iter().collect(),
        coordinator_of: editors,
        person: None,
    }
}

/// Regions an organisation is an active member of, and the language its texts are written in.
async fn organisation_context(
    store: &Store,
    organisation: Uuid,
) -> SearchResult<(Vec<Uuid>, Language)> {
    let regions: Vec<Uuid> = store
        .memberships_by_organisations(&[organisation])
        .await?
        .into_iter()
        .filter(|m| m.status == MembershipStatus::Active.as_str())
        .map(|m| m.region_id)
        .collect();
    let norwegian = store
        .regions_by_ids(&regions)
        .await?
        .iter()
        .any(|r| r.country == Country::Norway.as_str());
    Ok((
        regions,
        if norwegian {
            Language::NorwegianBokmal
        } else {
            Language::Finnish
        },
    ))
}

async fn service_document(store: &Store, id: Uuid) -> SearchResult<Option<SearchDocument>> {
    let Some(service) = store.get_service(ServiceId(id)).await? else {
        return Ok(None);
    };
    let organisation = store
        .get_organisation(OrganisationId(service.organisation_id))
        .await?;
    let (regions, language) = organisation_context(store, service.organisation_id).await?;
    let mut body = vec![service.description.clone(), service.eligibility.clone()];
    body.extend(organisation.as_ref().map(|o| o.name.clone()));
    Ok(Some(SearchDocument {
        id: format!("service:{id}"),
        entity_id: id,
        doc_type: DocType::Service,
        version: 0,
        language,
        title: service.name.clone(),
        body: body
            .into_iter()
            .filter(|t| !t.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        regions,
        organisation_kinds: organisation
            .and_then(|o| parse(OrganisationKind::parse, &o.kind))
            .into_iter()
            .collect(),
        target_groups: list::<TargetGroup>(&service.target_groups),
        status: None,
        access: Access {
            public: service.public,
            any_member: true,
            ..Access::default()
        },
    }))
}

async fn organisation_document(store: &Store, id: Uuid) -> SearchResult<Option<SearchDocument>> {
    let Some(organisation) = store.get_organisation(OrganisationId(id)).await? else {
        return Ok(None);
    };
    let (regions, language) = organisation_context(store, id).await?;
    let body = [
        organisation.description.clone(),
        organisation.municipality.clone().unwrap_or_default(),
    ];
    Ok(Some(SearchDocument {
        id: format!("organisation:{id}"),
        entity_id: id,
        doc_type: DocType::Organisation,
        version: 0,
        language,
        title: organisation.name.clone(),
        body: body
            .into_iter()
            .filter(|t| !t.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        regions,
        organisation_kinds: parse(OrganisationKind::parse, &organisation.kind)
            .into_iter()
            .collect(),
        target_groups: vec![],
        status: None,
        access: Access {
            public: organisation.public,
            any_member: true,
            ..Access::default()
        },
    }))
}

#[cfg(test)]
mod tests {
    use verkosto_domain::{
        PersonId, RegionId, RoleKind, Viewer,
        policy::{PathwayAccess, PathwayFacts, pathway_access as policy_access},
    };

    use super::*;
    use crate::AccessScope;

    /// The documents' access rules admit exactly the viewers the policy lets read them, for every
    /// viewer, region, status, visibility and authorship.
    #[test]
    fn search_access_agrees_with_the_policy_everywhere() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let author = Uuid::now_v7();
        let other = Uuid::now_v7();
        let viewers = [
            Viewer::anonymous(),
            Viewer::signed_in(PersonId(author), false, [(RegionId(a), RoleKind::Member)]),
            Viewer::signed_in(PersonId(other), false, [(RegionId(a), RoleKind::Member)]),
            Viewer::signed_in(
                PersonId(other),
                false,
                [(RegionId(a), RoleKind::Coordinator)],
            ),
            Viewer::signed_in(PersonId(other), false, [(RegionId(b), RoleKind::Member)]),
            Viewer::signed_in(
                PersonId(other),
                false,
                [(RegionId(b), RoleKind::Coordinator)],
            ),
            Viewer::signed_in(PersonId(other), true, []),
            Viewer::signed_in(PersonId(other), false, []),
        ];
        let mut checked = 0;
        for region in [Some(a), None] {
            for status in PathwayStatus::ALL.iter().copied() {
                for visibility in Visibility::ALL.iter().copied() {
                    for has_published in [true, false] {
                        if has_published
                            == matches!(status, PathwayStatus::Draft | PathwayStatus::InReview)
                        {
                            continue;
                        }
                        for has_draft in [true, false] {
                            let facts = PathwayFacts {
                                region: region.map(RegionId),
                                status,
                                visibility,
                                has_published_version: has_published,
                                open_draft_author: has_draft.then_some(PersonId(author)),
                            };
                            for viewer in &viewers {
                                let scope = AccessScope::of(viewer);
                                let access = policy_access(viewer, &facts);
                                let sees_published = has_published
                                    && match access {
                                        PathwayAccess::Everything => true,
                                        PathwayAccess::None => false,
                                        _ => status != PathwayStatus::Archived,
                                    };
                                let sees_draft = has_draft
                                    && matches!(
                                        access,
                                        PathwayAccess::Everything
                                            | PathwayAccess::PublishedAndOwnDraft
                                    );
                                if has_published {
                                    let doc =
                                        version_access(region, status, visibility, true, author);
                                    assert_eq!(
                                        scope.admits(&doc),
                                        sees_published,
                                        "published {facts:?} {viewer:?}"
                                    );
                                }
                                if has_draft {
                                    let doc =
                                        version_access(region, status, visibility, false, author);
                                    assert_eq!(
                                        scope.admits(&doc),
                                        sees_draft,
                                        "draft {facts:?} {viewer:?}"
                                    );
                                }
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 100, "{checked} combinations");
    }
}
