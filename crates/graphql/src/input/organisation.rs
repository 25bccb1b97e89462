//! Inputs for organisations and their contact channels.

use async_graphql::InputObject;
use verkosto_domain::{business_id::BusinessId, contact::Channel};
use verkosto_store::organisation::OrganisationFields;

use super::{name, optional_name, text};
use crate::{
    ApiError, ApiResult,
    object::enums::{ChannelKind, OrganisationKind},
};
use verkosto_domain::text::DESCRIPTION_MAX;

/// One way to reach an organisation or service.
#[derive(InputObject)]
pub struct ChannelInput {
    /// Phone, e-mail, web, chat, address or video.
    pub kind: ChannelKind,
    /// The number, address or link.
    pub value: String,
    /// What it is for.
    pub label: Option<String>,
}

/// Validates a list of channels at `field`.
pub(crate) fn parse_channels(field: &str, channels: &[ChannelInput]) -> ApiResult<Vec<Channel>> {
    channels
        .iter()
        .enumerate()
        .map(|(i, c)| {
            Ok(Channel::parse(
                &format!("{field}.{i}"),
                c.kind.into(),
                &c.value,
                c.label.as_deref(),
            )?)
        })
        .collect()
}

/// An organisation's values.
#[derive(InputObject)]
pub struct OrganisationInput {
    /// Its name.
    pub name: String,
    /// What kind of organisation it is.
    pub kind: OrganisationKind,
    /// Finnish Y-tunnus or Norwegian organisasjonsnummer.
    pub business_id: Option<String>,
    /// Home municipality.
    pub municipality: Option<String>,
    /// A few sentences about it.
    pub description: Option<String>,
    /// How to reach it.
    #[graphql(default)]
    pub channels: Vec<ChannelInput>,
    /// Whether anonymous visitors may see it.
    #[graphql(default)]
    pub public: bool,
}

impl OrganisationInput {
    /// Validates every field.
    pub fn parse(self) -> ApiResult<OrganisationFields> {
        let business_id = self
            .business_id
            .as_deref()
            .filter(|b| !b.trim().is_empty())
            .map(|b| BusinessId::parse(b).map_err(|e| ApiError::invalid("businessId", e.reason())))
            .transpose()?;
        Ok(OrganisationFields {
            name: name("name", &self.name)?,
            kind: self.kind.into(),
            business_id,
            municipality: optional_name("municipality", self.municipality.as_deref())?,
            description: text("description", self.description.as_deref(), DESCRIPTION_MAX)?,
            channels: parse_channels("channels", &self.channels)?,
            public: self.public,
        })
    }
}
