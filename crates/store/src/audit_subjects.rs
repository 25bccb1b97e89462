//! What the entities named by audit events are called now, for reading the log: one query per
//! entity type on a page of events (two or three where the name lives on another row).

use std::collections::{BTreeSet, HashMap};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;
use verkosto_domain::region::LocalizedName;

use crate::{
    Store, StoreResult,
    entity::{
        action_item, event, invitation, join_request, membership, organisation, pathway,
        pathway_feedback, pathway_version, region, service,
    },
    error::DbContext,
};

/// The name of an audited entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// One name in the language it was written in.
    Named(String),
    /// A region's name in the languages it has.
    Region(LocalizedName),
}

/// An audited entity: its type as the log records it (`pathway`) and its id.
pub type SubjectKey = (String, Uuid);

impl Store {
    /// The current names of `keys`: a pathway's title (published, else open version), a
    /// membership's and a join request's organisation, feedback's pathway, an invitee's name.
    /// Entities that are gone, and types without a name here (people: the API names them as it
    /// shows them), are left out.
    pub async fn audit_subjects(
        &self,
        keys: &[SubjectKey],
    ) -> StoreResult<HashMap<SubjectKey, Subject>> {
        let ids = |kind: &str| -> Vec<Uuid> {
            let set: BTreeSet<Uuid> = keys
                .iter()
                .filter(|(k, _)| k == kind)
                .map(|(_, id)| *id)
                .collect();
            set.into_iter().collect()
        };
        let mut names: HashMap<SubjectKey, Subject> = HashMap::new();
        let mut put = |kind: &str, id: Uuid, name: String| {
            names.insert((kind.to_owned(), id), Subject::Named(name));
        };

        let feedback = by_ids::<pathway_feedback::Entity>(
            &self.db,
            pathway_feedback::Column::Id,
            ids("pathway_feedback"),
            "load audited feedback",
        )
        .await?;
        let mut pathway_ids = ids("pathway");
        pathway_ids.extend(feedback.iter().map(|f| f.pathway_id));
        let titles = self.pathway_titles(&pathway_ids).await?;
        for id in ids("pathway") {
            if let Some(title) = titles.get(&id) {
                put("pathway", id, title.clone());
            }
        }
        for row in &feedback {
            if let Some(title) = titles.get(&row.pathway_id) {
                put("pathway_feedback", row.id, title.clone());
            }
        }

        let memberships = by_ids::<membership::Entity>(
            &self.db,
            membership::Column::Id,
            ids("membership"),
            "load audited memberships",
        )
        .await?;
        let requests = by_ids::<join_request::Entity>(
            &self.db,
            join_request::Column::Id,
            ids("join_request"),
            "load audited join requests",
        )
        .await?;
        let mut organisation_ids = ids("organisation");
        organisation_ids.extend(memberships.iter().map(|m| m.organisation_id));
        organisation_ids.extend(requests.iter().map(|r| r.organisation_id));
        let organisations: HashMap<Uuid, String> = by_ids::<organisation::Entity>(
            &self.db,
            organisation::Column::Id,
            organisation_ids,
            "load audited organisations",
        )
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
        for id in ids("organisation") {
            if let Some(name) = organisations.get(&id) {
                put("organisation", id, name.clone());
            }
        }
        for (kind, id, organisation) in memberships
            .iter()
            .map(|m| ("membership", m.id, m.organisation_id))
            .chain(
                requests
                    .iter()
                    .map(|r| ("join_request", r.id, r.organisation_id)),
            )
        {
            if let Some(name) = organisations.get(&organisation) {
                put(kind, id, name.clone());
            }
        }

        for row in by_ids::<service::Entity>(
            &self.db,
            service::Column::Id,
            ids("service"),
            "load audited services",
        )
        .await?
        {
            put("service", row.id, row.name);
        }
        for row in by_ids::<event::Entity>(
            &self.db,
            event::Column::Id,
            ids("event"),
            "load audited events",
        )
        .await?
        {
            put("event", row.id, row.title);
        }
        for row in by_ids::<action_item::Entity>(
            &self.db,
            action_item::Column::Id,
            ids("action_item"),
            "load audited action items",
        )
        .await?
        {
            put("action_item", row.id, row.title);
        }
        for row in by_ids::<invitation::Entity>(
            &self.db,
            invitation::Column::Id,
            ids("invitation"),
            "load audited invitations",
        )
        .await?
        {
            let name = if row.name.trim().is_empty() {
                row.email
            } else {
                row.name
            };
            put("invitation", row.id, name);
        }
        for row in by_ids::<region::Entity>(
            &self.db,
            region::Column::Id,
            ids("region"),
            "load audited regions",
        )
        .await?
        {
            names.insert(("region".to_owned(), row.id), Subject::Region(row.names()));
        }
        Ok(names)
    }

    /// Each pathway's title: its published version's, else its open version's.
    async fn pathway_titles(&self, ids: &[Uuid]) -> StoreResult<HashMap<Uuid, String>> {
        let pathways = by_ids::<pathway::Entity>(
            &self.db,
            pathway::Column::Id,
            ids.to_vec(),
            "load audited pathways",
        )
        .await?;
        let current: Vec<(Uuid, Uuid)> = pathways
            .iter()
            .filter_map(|p| {
                p.published_version_id
                    .or(p.open_version_id)
                    .map(|v| (p.id, v))
            })
            .collect();
        let versions = by_ids::<pathway_version::Entity>(
            &self.db,
            pathway_version::Column::Id,
            current.iter().map(|(_, v)| *v).collect(),
            "load audited pathway versions",
        )
        .await?;
        let titles: HashMap<Uuid, String> = versions.into_iter().map(|v| (v.id, v.title)).collect();
        Ok(current
            .into_iter()
            .filter_map(|(pathway, version)| titles.get(&version).map(|t| (pathway, t.clone())))
            .collect())
    }
}

/// The rows of `E` whose `id` column is in `ids`, in any order; no query for none.
async fn by_ids<E: EntityTrait>(
    db: &impl ConnectionTrait,
    id: E::Column,
    ids: Vec<Uuid>,
    what: &'static str,
) -> StoreResult<Vec<E::Model>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    E::find().filter(id.is_in(ids)).all(db).await.context(what)
}
