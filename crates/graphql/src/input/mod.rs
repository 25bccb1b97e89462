//! Input types; each `parse`s itself into validated domain values, naming the field that is wrong.

mod event;
mod feedback;
mod invitation;
mod organisation;
mod pathway;
mod person;
mod region;
mod service;

pub use event::{ActionItemInput, EventInput, MAX_AGENDA};
pub use feedback::{PathwayFeedbackInput, required_text};
pub use invitation::InvitationInput;
pub use organisation::{ChannelInput, OrganisationInput};
pub use pathway::{CreatePathwayInput, MAX_STEPS, MAX_TAGS, PathwayContentInput, PathwayStepInput};
pub use person::{CreatePersonInput, UpdatePersonInput};
pub use region::{LocalizedNameInput, RegionInput};
pub use service::{HoursExceptionInput, OpeningHoursInput, ServiceInput, WeeklyHoursInput};

use verkosto_domain::text::{FreeText, Name};

use crate::ApiResult;

/// A required name at `field`.
pub(crate) fn name(field: &str, value: &str) -> ApiResult<String> {
    Ok(Name::parse(field, value)?.into_inner())
}

/// Free text at `field`, at most `max` characters.
pub(crate) fn text(field: &str, value: Option<&str>, max: usize) -> ApiResult<String> {
    Ok(FreeText::parse(field, value.unwrap_or_default(), max)?.into_inner())
}

/// An optional single-line name at `field` (empty means none).
pub(crate) fn optional_name(field: &str, value: Option<&str>) -> ApiResult<Option<String>> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|v| name(field, v))
        .transpose()
}
