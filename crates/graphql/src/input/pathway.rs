//! Inputs for pathway content and creation.

use async_graphql::{ID, InputObject};
use chrono::NaiveDate;
use verkosto_domain::{
    OrganisationId, ServiceId, msg,
    text::{BODY_MAX, DESCRIPTION_MAX, SUMMARY_MAX},
};
use verkosto_store::pathway::{PathwayContent, StepFields};

use super::{name, text};
use crate::{
    ApiError, ApiResult,
    object::{
        enums::{Language, TargetGroup, Visibility},
        parse_id,
    },
};

/// Most steps a pathway version may have.
pub const MAX_STEPS: usize = 50;
/// Most tags a pathway version may have.
pub const MAX_TAGS: usize = 30;

/// One step of a pathway.
#[derive(InputObject)]
pub struct PathwayStepInput {
    /// Short name of the step.
    pub title: String,
    /// What happens in it.
    pub description: Option<String>,
    /// Who is responsible; must be a member of the pathway's region.
    pub organisation_id: Option<ID>,
    /// The service used; the step's organisation is taken from it when not given.
    pub service_id: Option<ID>,
    /// Who can be referred onward and how.
    pub referral_criteria: Option<String>,
}

/// The content of a pathway version.
#[derive(InputObject)]
pub struct PathwayContentInput {
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: Option<String>,
    /// The language the text is written in.
    pub language: Language,
    /// Who the pathway is for.
    #[graphql(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Keywords.
    #[graphql(default)]
    pub tags: Vec<String>,
    /// The body in Markdown.
    pub body: Option<String>,
    /// Ordered steps.
    #[graphql(default)]
    pub steps: Vec<PathwayStepInput>,
    /// What changed and why.
    pub change_note: Option<String>,
}

impl PathwayContentInput {
    /// Validates every field; `at` prefixes field names (`content`).
    pub fn parse(&self, at: &str) -> ApiResult<PathwayContent> {
        let f = |field: &str| format!("{at}.{field}");
        if self.steps.len() > MAX_STEPS {
            return Err(ApiError::invalid(
                &f("steps"),
                msg!("pathway-too-many-steps", max = MAX_STEPS),
            ));
        }
        if self.tags.len() > MAX_TAGS {
            return Err(ApiError::invalid(
                &f("tags"),
                msg!("pathway-too-many-tags", max = MAX_TAGS),
            ));
        }
        let steps = self
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let sf = |field: &str| format!("{at}.steps.{i}.{field}");
                Ok(StepFields {
                    title: name(&sf("title"), &s.title)?,
                    description: text(
                        &sf("description"),
                        s.description.as_deref(),
                        DESCRIPTION_MAX,
                    )?,
                    organisation: s
                        .organisation_id
                        .as_ref()
                        .map(|id| parse_id(&sf("organisationId"), id).map(OrganisationId))
                        .transpose()?,
                    service: s
                        .service_id
                        .as_ref()
                        .map(|id| parse_id(&sf("serviceId"), id).map(ServiceId))
                        .transpose()?,
                    referral_criteria: text(
                        &sf("referralCriteria"),
                        s.referral_criteria.as_deref(),
                        DESCRIPTION_MAX,
                    )?,
                })
            })
            .collect::<ApiResult<Vec<_>>>()?;
        let mut target_groups: Vec<verkosto_domain::TargetGroup> =
            self.target_groups.iter().map(|t| (*t).into()).collect();
        target_groups.sort();
        target_groups.dedup();
        Ok(PathwayContent {
            title: name(&f("title"), &self.title)?,
            summary: text(&f("summary"), self.summary.as_deref(), SUMMARY_MAX)?,
            language: self.language.into(),
            target_groups,
            tags: self
                .tags
                .iter()
                .enumerate()
                .map(|(i, t)| name(&format!("{at}.tags.{i}"), t))
                .collect::<ApiResult<Vec<_>>>()?,
            body: text(&f("body"), self.body.as_deref(), BODY_MAX)?,
            steps,
            change_note: text(&f("changeNote"), self.change_note.as_deref(), SUMMARY_MAX)?,
        })
    }
}

/// A new pathway.
#[derive(InputObject)]
pub struct CreatePathwayInput {
    /// The owning region; leave out for a national pathway (platform admins).
    pub region_id: Option<ID>,
    /// Who may read it once published (default: the region's network).
    pub visibility: Option<Visibility>,
    /// When its content must be reviewed next.
    pub review_due: Option<NaiveDate>,
    /// For a regional variant: the published version of the national pathway it starts from.
    pub based_on_version_id: Option<ID>,
    /// Its first version's content.
    pub content: PathwayContentInput,
}
