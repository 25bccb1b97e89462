//! `PathwayDiff`: what changed between two versions: each changed field as typed values, the
//! body line by line, and the steps step by step.

use std::collections::HashMap;

use async_graphql::{Enum, SimpleObject};
use similar::{Algorithm, ChangeTag, DiffOp, TextDiff, capture_diff_slices};
use uuid::Uuid;
use verkosto_store::entity::{pathway_step, pathway_version};

use super::enums::{Language, TargetGroup, stored, stored_list};

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

/// A changed text.
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct TextChange {
    /// The older text.
    pub before: String,
    /// The newer text.
    pub after: String,
}

/// A changed language.
#[derive(SimpleObject, Debug, Clone)]
pub struct LanguageChange {
    /// The older version's language.
    pub before: Option<Language>,
    /// The newer version's language.
    pub after: Option<Language>,
}

/// Target groups the newer version added and removed.
#[derive(SimpleObject, Debug, Clone)]
pub struct TargetGroupsChange {
    /// Only in the newer version.
    pub added: Vec<TargetGroup>,
    /// Only in the older version.
    pub removed: Vec<TargetGroup>,
}

/// Tags the newer version added and removed.
#[derive(SimpleObject, Debug, Clone)]
pub struct TagsChange {
    /// Only in the newer version.
    pub added: Vec<String>,
    /// Only in the older version.
    pub removed: Vec<String>,
}

/// How a step fared between the versions.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepChangeKind {
    /// The same in both.
    Unchanged,
    /// In both, with some of its fields changed.
    Changed,
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
}

/// A step as one version has it, with the names of its organisation and service.
#[derive(SimpleObject, Debug, Clone, PartialEq, Eq)]
pub struct DiffStep {
    /// Its number in that version, from 1.
    pub number: i32,
    /// Title.
    pub title: String,
    /// What happens.
    pub description: String,
    /// The responsible organisation's name.
    pub organisation_name: Option<String>,
    /// The service's name.
    pub service_name: Option<String>,
    /// Who is referred, and how.
    pub referral_criteria: String,
}

impl DiffStep {
    /// Whether the two say the same (their numbers may differ).
    fn same_content(&self, other: &Self) -> bool {
        Self {
            number: other.number,
            ..self.clone()
        } == *other
    }
}

/// One step of the older version, the newer one, or both.
#[derive(SimpleObject, Debug, Clone)]
pub struct StepChange {
    /// Unchanged, changed, added or removed.
    pub kind: StepChangeKind,
    /// The step in the older version (none when added).
    pub before: Option<DiffStep>,
    /// The step in the newer version (none when removed).
    pub after: Option<DiffStep>,
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
    /// The title, when it changed.
    pub title: Option<TextChange>,
    /// The summary, when it changed.
    pub summary: Option<TextChange>,
    /// The language, when it changed.
    pub language: Option<LanguageChange>,
    /// The target groups, when they changed.
    pub target_groups: Option<TargetGroupsChange>,
    /// The tags, when they changed.
    pub tags: Option<TagsChange>,
    /// The Markdown body, line by line.
    pub body: Vec<DiffLine>,
    /// Every step of either version, in the newer version's order with removed steps where
    /// they stood.
    pub steps: Vec<StepChange>,
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

fn text_change(before: &str, after: &str) -> Option<TextChange> {
    (before != after).then(|| TextChange {
        before: before.to_owned(),
        after: after.to_owned(),
    })
}

/// The values of a stored JSON list only in `new`, and only in `old`.
fn list_change(old: &serde_json::Value, new: &serde_json::Value) -> (Vec<String>, Vec<String>) {
    let old: Vec<String> = serde_json::from_value(old.clone()).unwrap_or_default();
    let new: Vec<String> = serde_json::from_value(new.clone()).unwrap_or_default();
    let added = new.iter().filter(|v| !old.contains(v)).cloned().collect();
    let removed = old.iter().filter(|v| !new.contains(v)).cloned().collect();
    (added, removed)
}

fn diff_steps(steps: &[pathway_step::Model], names: &HashMap<Uuid, String>) -> Vec<DiffStep> {
    let name = |id: Option<Uuid>| id.and_then(|id| names.get(&id)).cloned();
    steps
        .iter()
        .map(|s| DiffStep {
            number: s.position + 1,
            title: s.title.clone(),
            description: s.description.clone(),
            organisation_name: name(s.organisation_id),
            service_name: name(s.service_id),
            referral_criteria: s.referral_criteria.clone(),
        })
        .collect()
}

/// Pairs the steps of two versions: steps are matched by title (in order), so a step whose
/// title stayed is one step however its other fields changed; where titles changed, the old
/// and new steps of the run are paired in order, and the longer side's rest is added or removed.
fn step_changes(old: Vec<DiffStep>, new: Vec<DiffStep>) -> Vec<StepChange> {
    let titles =
        |steps: &[DiffStep]| -> Vec<String> { steps.iter().map(|s| s.title.clone()).collect() };
    let ops = capture_diff_slices(Algorithm::Myers, &titles(&old), &titles(&new));
    let pair = |before: &DiffStep, after: &DiffStep| StepChange {
        kind: if before.same_content(after) {
            StepChangeKind::Unchanged
        } else {
            StepChangeKind::Changed
        },
        before: Some(before.clone()),
        after: Some(after.clone()),
    };
    let added = |after: &DiffStep| StepChange {
        kind: StepChangeKind::Added,
        before: None,
        after: Some(after.clone()),
    };
    let removed = |before: &DiffStep| StepChange {
        kind: StepChangeKind::Removed,
        before: Some(before.clone()),
        after: None,
    };
    let mut changes = Vec::with_capacity(old.len().max(new.len()));
    for op in ops {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        match op {
            DiffOp::Equal { .. } | DiffOp::Replace { .. } => {
                let paired = old_range.len().min(new_range.len());
                for (o, n) in old_range.clone().zip(new_range.clone()) {
                    changes.push(pair(&old[o], &new[n]));
                }
                changes.extend(
                    old[old_range.start + paired..old_range.end]
                        .iter()
                        .map(removed),
                );
                changes.extend(
                    new[new_range.start + paired..new_range.end]
                        .iter()
                        .map(added),
                );
            }
            DiffOp::Delete { .. } => changes.extend(old[old_range].iter().map(removed)),
            DiffOp::Insert { .. } => changes.extend(new[new_range].iter().map(added)),
        }
    }
    changes
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
        let language = (old.language != new.language).then(|| LanguageChange {
            before: stored(verkosto_domain::Language::parse, &old.language),
            after: stored(verkosto_domain::Language::parse, &new.language),
        });
        let (added, removed) = list_change(&old.target_groups, &new.target_groups);
        let groups = |codes: Vec<String>| {
            stored_list::<verkosto_domain::TargetGroup, TargetGroup>(&serde_json::json!(codes))
        };
        let target_groups =
            (!added.is_empty() || !removed.is_empty()).then(|| TargetGroupsChange {
                added: groups(added),
                removed: groups(removed),
            });
        let (added, removed) = list_change(&old.tags, &new.tags);
        let tags =
            (!added.is_empty() || !removed.is_empty()).then_some(TagsChange { added, removed });
        let body = lines(&old.body, &new.body);
        let steps = step_changes(diff_steps(old_steps, names), diff_steps(new_steps, names));
        let mut diff = Self {
            from: old.number,
            to: new.number,
            changed: false,
            title: text_change(&old.title, &new.title),
            summary: text_change(&old.summary, &new.summary),
            language,
            target_groups,
            tags,
            body,
            steps,
        };
        diff.changed = diff.title.is_some()
            || diff.summary.is_some()
            || diff.language.is_some()
            || diff.target_groups.is_some()
            || diff.tags.is_some()
            || diff.body.iter().any(|l| l.kind != DiffKind::Equal)
            || diff
                .steps
                .iter()
                .any(|s| s.kind != StepChangeKind::Unchanged);
        diff
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(number: i32, title: &str, description: &str) -> DiffStep {
        DiffStep {
            number,
            title: title.to_owned(),
            description: description.to_owned(),
            organisation_name: None,
            service_name: None,
            referral_criteria: String::new(),
        }
    }

    fn kinds(changes: &[StepChange]) -> Vec<(StepChangeKind, Option<i32>, Option<i32>)> {
        changes
            .iter()
            .map(|c| {
                (
                    c.kind,
                    c.before.as_ref().map(|s| s.number),
                    c.after.as_ref().map(|s| s.number),
                )
            })
            .collect()
    }

    #[test]
    fn an_inserted_step_moves_the_others_without_changing_them() {
        let old = vec![step(1, "Arviointi", "a"), step(2, "Seuranta", "b")];
        let new = vec![
            step(1, "Arviointi", "a"),
            step(2, "Lähete", "uusi"),
            step(3, "Seuranta", "b, tarkennettu"),
        ];
        use StepChangeKind::*;
        assert_eq!(
            kinds(&step_changes(old, new)),
            [
                (Unchanged, Some(1), Some(1)),
                (Added, None, Some(2)),
                (Changed, Some(2), Some(3)),
            ]
        );
    }

    #[test]
    fn renamed_steps_pair_in_order_and_the_rest_is_added_or_removed() {
        use StepChangeKind::*;
        let old = vec![step(1, "Arviointi", "a")];
        let new = vec![step(1, "Alkuarviointi", "a"), step(2, "Jatkohoito", "b")];
        assert_eq!(
            kinds(&step_changes(old.clone(), new.clone())),
            [(Changed, Some(1), Some(1)), (Added, None, Some(2))]
        );
        assert_eq!(
            kinds(&step_changes(new, old)),
            [(Changed, Some(1), Some(1)), (Removed, Some(2), None)]
        );
    }
}
