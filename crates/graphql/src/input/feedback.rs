//! Inputs for feedback on pathways and the coordinators' replies.

use async_graphql::InputObject;
use verkosto_domain::{msg, text::DESCRIPTION_MAX};

use super::text;
use crate::{ApiError, ApiResult};

/// Feedback on a pathway.
#[derive(InputObject)]
pub struct PathwayFeedbackInput {
    /// What is wrong, missing or out of date (no client details: personal identity codes are refused).
    pub message: String,
    /// Needs attention now (a wrong phone number, a closed service): first in the queue.
    #[graphql(default)]
    pub urgent: bool,
}

impl PathwayFeedbackInput {
    /// The validated message and the urgent flag; `at` prefixes field names (`input`).
    pub fn parse(&self, at: &str) -> ApiResult<(String, bool)> {
        Ok((
            required_text(&format!("{at}.message"), &self.message)?,
            self.urgent,
        ))
    }
}

/// Required free text at `field` (1–4,000 characters, no personal identity codes).
pub fn required_text(field: &str, value: &str) -> ApiResult<String> {
    let text = text(field, Some(value), DESCRIPTION_MAX)?;
    if text.is_empty() {
        return Err(ApiError::invalid(field, msg!("text-empty")));
    }
    Ok(text)
}
