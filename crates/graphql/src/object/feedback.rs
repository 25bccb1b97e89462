//! `PathwayFeedback`: a reader's message about a pathway, its triage status and the reply.

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use verkosto_store::entity::pathway_feedback;

use super::{Pathway, Person, enums::stored, person::visible_person, to_id};
use crate::ApiResult;

/// Where feedback is in its triage.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "verkosto_domain::FeedbackStatus")]
pub enum FeedbackStatus {
    /// Not looked at yet.
    New,
    /// A coordinator is on it.
    InProgress,
    /// Handled.
    Done,
}

/// Feedback on a pathway, seen by its sender and the pathway's coordinators.
pub struct PathwayFeedback(pub pathway_feedback::Model);

#[Object]
impl PathwayFeedback {
    /// Its id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// The pathway it is about (when the viewer may still read it).
    async fn pathway(&self, ctx: &Context<'_>) -> ApiResult<Option<Pathway>> {
        Pathway::load_visible(ctx, self.0.pathway_id).await
    }

    /// What the sender wrote.
    async fn message(&self) -> &str {
        &self.0.message
    }

    /// Marked urgent by the sender: first in the queue.
    async fn urgent(&self) -> bool {
        self.0.urgent
    }

    /// New, in progress or done.
    async fn status(&self) -> Option<FeedbackStatus> {
        stored(verkosto_domain::FeedbackStatus::parse, &self.0.status)
    }

    /// Who sent it (when the viewer may see them).
    async fn sender(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        visible_person(ctx, self.0.sender_id).await
    }

    /// The coordinators' reply to the sender.
    async fn reply(&self) -> Option<&str> {
        self.0.reply.as_deref()
    }

    /// Who replied (when the viewer may see them).
    async fn replied_by(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        match self.0.replied_by {
            Some(id) => visible_person(ctx, id).await,
            None => Ok(None),
        }
    }

    /// When the reply was written.
    async fn replied_at(&self) -> Option<DateTime<Utc>> {
        self.0.replied_at
    }

    /// When it was sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}
