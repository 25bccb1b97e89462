//! `PathwayDiff`: what changed between two versions, field by field and line by line.

use std::collections::HashMap;

use async_graphql::{Enum, SimpleObject};
use similar::{ChangeTag, TextDiff};
use uuid::Uuid;
use verkosto_store::entity::{pathway_step, pathway_version};

/// Whether a line stayed, was added or was removed.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    /// In both versions.
    Equal,
    /// Only in the newer version.
    Inserted,
    /// Only in the older version.
    Deleted,
}

/// One line of a diff.
#[derive(SimpleObject, Debug, Clone)]
pub struct DiffLine {
    /// Equal, inserted or deleted.
    pub kind: DiffKind,
    /// The line, without its line break.
    pub text: String,
}

/// A changed single-value field.
#[derive(SimpleObject, Debug, Clone)]
pub struct FieldChange {
    /// The field's name (`title`, `summary`, `language`, `targetGroups`, `tags`).
    pub field: String,
    /// The older value.
    pub before: String,
    /// The newer value.
    pub after: String,
}

/// The differences between two versions of one pathway.
#[derive(SimpleObject, Debug, Clone)]
pub struct PathwayDiff {
    /// The older version's number.
    pub from: i32,
    /// The newer version's number.
    pub to: i32,
    /// Whether anything differs.
    pub changed: bool,
    /// Changed single-value fields.
    pub fields: Vec<FieldChange>,
    /// The Markdown body, line by line.
    pub body: Vec<DiffLine>,
    /// The steps, rendered as text (title, what happens, organisation, service, referral).
    pub steps: Vec<DiffLine>,
}

fn lines(old: &str, new: &str) -> Vec<DiffLine> {
    TextDiff::from_lines(old, new)
        .iter_all_changes()
        .map(|change| DiffLine {
            kind: match change.tag() {
                ChangeTag::Equal => DiffKind::Equal,
                ChangeTag::Insert => DiffKind::Inserted,
                ChangeTag::Delete => DiffKind::Deleted,
            },
            text: change.value().trim_end_matches(['\n', '\r']).to_owned(),
        })
        .collect()
}

fn render_steps(steps: &[pathway_step::Model], names: &HashMap<Uuid, String>) -> String {
    let name = |id: Option<Uuid>| id.and_then(|id| names.get(&id)).map_or("—", String::as_str);
    steps
        .iter()
        .map(|s| {
            format!(
                "{}. {}\n{}\nResponsible: {}\nService: {}\nReferral: {}\n",
                s.position + 1,
                s.title,
                s.description,
                name(s.organisation_id),
                name(s.service_id),
                s.referral_criteria
            )
        })
        .collect()
}

impl PathwayDiff {
    /// Compares `old` with `new`, with the names of organisations and services their steps use.
    pub fn between(
        old: &pathway_version::Model,
        old_steps: &[pathway_step::Model],
        new: &pathway_version::Model,
        new_steps: &[pathway_step::Model],
        names: &HashMap<Uuid, String>,
    ) -> Self {
        let mut fields = Vec::new();
        let mut field = |name: &str, before: String, after: String| {
            if before != after {
                fields.push(FieldChange {
                    field: name.to_owned(),
                    before,
                    after,
                });
            }
        };
        field("title", old.title.clone(), new.title.clone());
        field("summary", old.summary.clone(), new.summary.clone());
        field("language", old.language.clone(), new.language.clone());
        field(
            "targetGroups",
            old.target_groups.to_string(),
            new.target_groups.to_string(),
        );
        field("tags", old.tags.to_string(), new.tags.to_string());
        let body = lines(&old.body, &new.body);
        let steps = lines(
            &render_steps(old_steps, names),
            &render_steps(new_steps, names),
        );
        let changed =
            !fields.is_empty() || body.iter().chain(&steps).any(|l| l.kind != DiffKind::Equal);
        Self {
            from: old.number,
            to: new.number,
            changed,
            fields,
            body,
            steps,
        }
    }
}
