//! `verkosto import-pathways <FILE>`: a region (or the platform) moves its existing pathways into
//! Verkosto in one go, from a JSON Lines file.
//!
//! Every line is validated first, with the API's domain types and policy; any bad line stops the
//! import before anything is written. The pathways are then written in one transaction (all or
//! nothing) and the search outbox is drained, so the command ends with the index holding them.
//! A title that a current pathway of the same region already has is refused, so running a file a
//! second time imports nothing and names every line.

use std::{
    collections::{BTreeSet, HashMap},
    fmt,
    io::BufRead,
    path::Path,
    time::{Duration, Instant},
};

use anyhow::Context;
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Deserialize;
use verkosto_domain::{
    DomainError, Language, OrganisationId, PathwayId, RegionId, TargetGroup, Visibility, msg,
    policy,
    text::{BODY_MAX, DESCRIPTION_MAX, FreeText, Name, SUMMARY_MAX},
};
use verkosto_graphql::input::{MAX_STEPS, MAX_TAGS};
use verkosto_search::indexer::Indexer;
use verkosto_store::{
    Store,
    import::{ImportDirectory, NewPathway},
    pathway::{PathwayContent, PathwaySettings, StepFields},
};

use crate::{config::Config, search::open_indexer};

/// Bad lines listed in full before the rest are counted.
const LISTED_ERRORS: usize = 20;

/// One line of the import file (field names as in the GraphQL pathway inputs).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PathwayLine {
    /// Region slug; `null` (or left out) for a national pathway.
    region: Option<String>,
    /// E-mail address of the author: a coordinator of the region, or an admin.
    author: String,
    /// `network` (default), `all_members` or `public`.
    visibility: Option<String>,
    language: String,
    title: String,
    summary: Option<String>,
    body: Option<String>,
    #[serde(default)]
    target_groups: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    review_due: Option<NaiveDate>,
    #[serde(default)]
    steps: Vec<StepLine>,
    change_note: Option<String>,
    /// Publish version 1 at once (default: leave it a draft).
    #[serde(default)]
    publish: bool,
}

/// One step of a line.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct StepLine {
    title: String,
    description: Option<String>,
    /// Name of the responsible organisation, a member of the pathway's region.
    organisation: Option<String>,
    referral_criteria: Option<String>,
}

/// What was wrong with one line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    /// `field: reason`, in English like the rest of the command's output.
    pub message: String,
}

impl LineError {
    fn new(line: usize, error: &impl fmt::Display) -> Self {
        Self {
            line,
            message: error.to_string(),
        }
    }
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Lines failed validation; nothing was written.
    #[error("{}", list_errors(.0))]
    Invalid(Vec<LineError>),
    /// Reading the file, the database or the index failed.
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

fn list_errors(errors: &[LineError]) -> String {
    let mut out = format!(
        "{} bad line{}; nothing was imported:",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for error in errors.iter().take(LISTED_ERRORS) {
        out.push_str(&format!("\n  {error}"));
    }
    if errors.len() > LISTED_ERRORS {
        out.push_str(&format!("\n  and {} more", errors.len() - LISTED_ERRORS));
    }
    out
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct ImportReport {
    /// The new pathways, in file order.
    pub pathways: Vec<PathwayId>,
    /// Reading, validating and writing the database.
    pub database: Duration,
    /// Draining the outbox into the search index.
    pub index: Duration,
}

/// Where an import is, for a progress display.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    /// `n` pathways validated and being written.
    Writing(u64),
    /// `done` outbox rows of `total` are in the index.
    Indexing { done: u64, total: u64 },
}

/// Imports the JSON Lines in `input` into `store` and waits until `indexer` has indexed them.
pub async fn import_pathways(
    store: &Store,
    indexer: &Indexer,
    input: impl BufRead,
    mut progress: impl FnMut(Progress),
) -> Result<ImportReport, ImportError> {
    let started = Instant::now();
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let text = line.context("read the import file")?;
        if text.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<PathwayLine>(&text) {
            Ok(parsed) => lines.push((i + 1, parsed)),
            Err(err) => errors.push(LineError::new(
                i + 1,
                &msg!("import-line-unreadable", error = err.to_string()),
            )),
        }
    }
    let emails: Vec<String> = lines
        .iter()
        .map(|(_, l)| l.author.trim().to_lowercase())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let directory = store
        .import_directory(&emails)
        .await
        .map_err(anyhow::Error::from)?;
    let mut seen: HashMap<(Option<RegionId>, String), usize> = HashMap::new();
    let mut pathways = Vec::with_capacity(lines.len());
    for (number, line) in &lines {
        match validate(line, &directory) {
            Ok(pathway) => {
                let key = (pathway.region, pathway.content.title.to_lowercase());
                if let Some(first) = seen.get(&key) {
                    errors.push(LineError::new(
                        *number,
                        &DomainError::invalid(
                            "title",
                            msg!("import-title-repeated", first = *first),
                        ),
                    ));
                } else {
                    seen.insert(key, *number);
                    pathways.push(pathway);
                }
            }
            Err(err) => errors.push(LineError::new(*number, &err)),
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(ImportError::Invalid(errors));
    }
    progress(Progress::Writing(pathways.len() as u64));
    let ids = store
        .import_pathways(&pathways)
        .await
        .context("write the imported pathways")?;
    let database = started.elapsed();

    let indexing = Instant::now();
    let total = store.outbox_pending().await.map_err(anyhow::Error::from)?;
    indexer
        .drain_all_reporting(|done| {
            progress(Progress::Indexing {
                done: done as u64,
                total,
            })
        })
        .await
        .context("index the imported pathways")?;
    indexer
        .index()
        .compact()
        .await
        .context("merge the index after the import")?;
    store
        .after_bulk_write()
        .await
        .map_err(anyhow::Error::from)?;
    Ok(ImportReport {
        pathways: ids,
        database,
        index: indexing.elapsed(),
    })
}

/// One line as a pathway to write, checked like `createPathway` (and `publishPathway`) check it.
fn validate(line: &PathwayLine, directory: &ImportDirectory) -> Result<NewPathway, DomainError> {
    let content = content(line)?;
    let region = match &line.region {
        Some(slug) => Some(*directory.regions.get(slug.trim()).ok_or_else(|| {
            DomainError::invalid("region", msg!("import-region-unknown", slug = slug))
        })?),
        None => None,
    };
    let email = line.author.trim().to_lowercase();
    let author = directory.authors.get(&email).ok_or_else(|| {
        DomainError::invalid("author", msg!("import-author-unknown", email = &email))
    })?;
    if author.disabled {
        return Err(DomainError::invalid(
            "author",
            msg!("import-author-disabled", email = &email),
        ));
    }
    policy::import::require_import_pathway(&author.viewer, region)
        .map_err(|err| DomainError::invalid("author", err.reason()))?;
    let steps = line
        .steps
        .iter()
        .zip(content.steps)
        .enumerate()
        .map(|(i, (step, mut fields))| {
            fields.organisation = step
                .organisation
                .as_deref()
                .filter(|name| !name.trim().is_empty())
                .map(|name| organisation(directory, region, i, name))
                .transpose()?;
            Ok(fields)
        })
        .collect::<Result<Vec<_>, DomainError>>()?;
    let content = PathwayContent { steps, ..content };
    if directory
        .titles
        .get(&region)
        .is_some_and(|titles| titles.contains(&content.title.to_lowercase()))
    {
        return Err(DomainError::invalid(
            "title",
            msg!("import-title-taken", title = &content.title),
        ));
    }
    let visibility = match &line.visibility {
        Some(text) => Visibility::parse("visibility", text.trim())?,
        None => Visibility::Network,
    };
    Ok(NewPathway {
        author: author.viewer.person_id()?,
        region,
        settings: PathwaySettings {
            visibility,
            review_due: line.review_due,
        },
        content,
        publish: line.publish,
    })
}

/// The text of a line through the validated text types, with the API's limits.
fn content(line: &PathwayLine) -> Result<PathwayContent, DomainError> {
    if line.steps.len() > MAX_STEPS {
        return Err(DomainError::invalid(
            "steps",
            msg!("pathway-too-many-steps", max = MAX_STEPS),
        ));
    }
    if line.tags.len() > MAX_TAGS {
        return Err(DomainError::invalid(
            "tags",
            msg!("pathway-too-many-tags", max = MAX_TAGS),
        ));
    }
    let text = |field: &str, value: &Option<String>, max| {
        FreeText::parse(field, value.as_deref().unwrap_or_default(), max).map(FreeText::into_inner)
    };
    let steps = line
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let field = |name: &str| format!("steps.{i}.{name}");
            Ok(StepFields {
                title: Name::parse(&field("title"), &step.title)?.into_inner(),
                description: text(&field("description"), &step.description, DESCRIPTION_MAX)?,
                organisation: None,
                service: None,
                referral_criteria: text(
                    &field("referralCriteria"),
                    &step.referral_criteria,
                    DESCRIPTION_MAX,
                )?,
            })
        })
        .collect::<Result<Vec<_>, DomainError>>()?;
    let mut target_groups = line
        .target_groups
        .iter()
        .enumerate()
        .map(|(i, t)| TargetGroup::parse(&format!("targetGroups.{i}"), t.trim()))
        .collect::<Result<Vec<_>, _>>()?;
    target_groups.sort();
    target_groups.dedup();
    Ok(PathwayContent {
        title: Name::parse("title", &line.title)?.into_inner(),
        summary: text("summary", &line.summary, SUMMARY_MAX)?,
        language: Language::parse("language", line.language.trim())?,
        target_groups,
        tags: line
            .tags
            .iter()
            .enumerate()
            .map(|(i, t)| Name::parse(&format!("tags.{i}"), t).map(Name::into_inner))
            .collect::<Result<Vec<_>, _>>()?,
        body: text("body", &line.body, BODY_MAX)?,
        steps,
        change_note: text("changeNote", &line.change_note, SUMMARY_MAX)?,
    })
}

/// The organisation a step names, which must be a member of the pathway's region.
fn organisation(
    directory: &ImportDirectory,
    region: Option<RegionId>,
    step: usize,
    name: &str,
) -> Result<OrganisationId, DomainError> {
    let field = format!("steps.{step}.organisation");
    let named = directory
        .organisations
        .get(&name.trim().to_lowercase())
        .map_or(&[][..], Vec::as_slice);
    if named.is_empty() {
        return Err(DomainError::invalid(
            field,
            msg!("import-organisation-unknown", name = name),
        ));
    }
    let candidates: Vec<_> = match region {
        Some(region) => named
            .iter()
            .filter(|id| {
                directory
                    .members
                    .get(&region)
                    .is_some_and(|m| m.contains(id))
            })
            .collect(),
        None => named.iter().collect(),
    };
    match candidates.as_slice() {
        [id] => Ok(OrganisationId(**id)),
        [] => Err(DomainError::invalid(
            field,
            msg!("import-organisation-not-member", name = name),
        )),
        _ => Err(DomainError::invalid(
            field,
            msg!("import-organisation-ambiguous", name = name),
        )),
    }
}

/// `verkosto import-pathways <FILE>`: imports, shows progress and prints the timing line.
pub async fn run(config: &Config, file: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let input = std::fs::File::open(file).with_context(|| format!("open {}", file.display()))?;
    let store = Store::connect(&config.database_url).await?;
    let indexer = open_indexer(config, &store).await?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({per_sec}, {eta} left)")
            .context("progress bar template")?
            .progress_chars("=> "),
    );
    bar.set_message("validating");
    let report = import_pathways(
        &store,
        &indexer,
        std::io::BufReader::new(input),
        |progress| match progress {
            Progress::Writing(n) => {
                bar.set_message(format!("writing {n} pathways"));
            }
            Progress::Indexing { done, total } => {
                bar.set_message(format!("indexing into {}", indexer.index().name()));
                bar.set_length(total);
                bar.set_position(done);
            }
        },
    )
    .await;
    bar.finish_and_clear();
    let report = report?;
    println!(
        "imported {} pathways in {:.1} s (database {:.1} s, index {:.1} s)",
        report.pathways.len(),
        started.elapsed().as_secs_f64(),
        report.database.as_secs_f64(),
        report.index.as_secs_f64(),
    );
    Ok(())
}
