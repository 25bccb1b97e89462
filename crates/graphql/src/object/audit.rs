//! `AuditEvent`: one recorded change.

use async_graphql::{Context, ID, Json, Object};
use chrono::{DateTime, Utc};
use verkosto_store::entity::audit_event;

use serde_json::Value;
use verkosto_store::audit_subjects::Subject;

use super::{Person, enums::Language, person::visible_person, to_id};
use crate::{ApiResult, context::ContextExt, loader::AuditSubjectLoader};

/// Who did what, when.
pub struct AuditEvent(pub audit_event::Model);

#[Object]
impl AuditEvent {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// Who did it (none for the system).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        match self.0.actor_id {
            Some(id) => visible_person(ctx, id).await,
            None => Ok(None),
        }
    }

    /// What was done, as `noun.verb`.
    async fn action(&self) -> &str {
        &self.0.action
    }

    /// The kind of entity changed.
    async fn entity_type(&self) -> &str {
        &self.0.entity_type
    }

    /// The entity changed.
    async fn entity_id(&self) -> ID {
        to_id(self.0.entity_id)
    }

    /// What the changed entity is called: its name now (a pathway's current title, a region's
    /// name in `language`, default Finnish), or the name the change recorded when it is gone.
    async fn subject(
        &self,
        ctx: &Context<'_>,
        language: Option<Language>,
    ) -> ApiResult<Option<String>> {
        let event = &self.0;
        if event.entity_type == "person" {
            if let Some(person) = visible_person(ctx, event.entity_id).await? {
                return Ok(Some(person.0.name));
            }
        } else {
            let key = (event.entity_type.clone(), event.entity_id);
            match ctx.loader::<AuditSubjectLoader>()?.load_one(key).await? {
                Some(Subject::Named(name)) => return Ok(Some(name)),
                Some(Subject::Region(names)) => {
                    let language = language.map_or(verkosto_domain::Language::Finnish, Into::into);
                    return Ok(Some(names.get(language).to_owned()));
                }
                None => {}
            }
        }
        Ok(recorded_name(&event.summary))
    }

    /// The region it belongs to.
    async fn region_id(&self) -> Option<ID> {
        self.0.region_id.map(to_id)
    }

    /// What changed.
    async fn summary(&self) -> Json<serde_json::Value> {
        Json(self.0.summary.clone())
    }
}

/// The name a change recorded in its summary (`title`, `name` or `email`; a region's names give
/// their first).
fn recorded_name(summary: &Value) -> Option<String> {
    ["title", "name", "email"]
        .iter()
        .find_map(|key| match summary.get(key)? {
            Value::String(name) if !name.is_empty() => Some(name.clone()),
            Value::Object(names) => names.values().find_map(|v| v.as_str().map(str::to_owned)),
            _ => None,
        })
}
