//! Inputs for invitations and join requests.

use async_graphql::{ID, InputObject};
use verkosto_domain::{
    OrganisationId,
    text::{Email, Name},
};
use verkosto_store::invitation::NewInvitation;

use crate::{
    ApiResult,
    object::{enums::RoleKind, parse_id},
};

/// One person to invite into a region.
#[derive(InputObject)]
pub struct InvitationInput {
    /// Where the invitation goes.
    pub email: String,
    /// Whom it is for.
    pub name: String,
    /// The organisation they work for.
    pub organisation_id: Option<ID>,
    /// The role they get on accepting (default member).
    #[graphql(default_with = "RoleKind::Member")]
    pub role: RoleKind,
}

impl InvitationInput {
    /// Validates every field.
    pub fn parse(&self) -> ApiResult<NewInvitation> {
        Ok(NewInvitation {
            email: Email::parse("email", &self.email)?,
            name: Name::parse("name", &self.name)?,
            organisation: self
                .organisation_id
                .as_ref()
                .map(|id| parse_id("organisationId", id).map(OrganisationId))
                .transpose()?,
            role: self.role.into(),
        })
    }
}
