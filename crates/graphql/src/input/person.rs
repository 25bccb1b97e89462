//! Inputs for people.

use async_graphql::{ID, InputObject};
use verkosto_domain::{
    OrganisationId,
    text::{Email, NewPassword},
};
use verkosto_store::{
    credentials::hash_password,
    person::{NewPerson, PersonProfile},
};

use super::name;
use crate::{
    ApiResult,
    object::{
        enums::{Language, RoleKind},
        parse_id,
    },
};

/// A person to create (admins anywhere; coordinators into their region with a role).
#[derive(InputObject)]
pub struct CreatePersonInput {
    /// Sign-in e-mail address.
    pub email: String,
    /// Full name.
    pub name: String,
    /// Job title.
    #[graphql(default)]
    pub title: String,
    /// The organisation they work for.
    pub organisation_id: Option<ID>,
    /// Interface language (default Finnish).
    pub language: Option<Language>,
    /// An initial password (at least 12 characters); without it they cannot sign in yet.
    pub password: Option<String>,
    /// The region to give them a role in.
    pub region_id: Option<ID>,
    /// Their role in that region.
    pub role: Option<RoleKind>,
}

impl CreatePersonInput {
    /// Validates every field and hashes the password.
    pub async fn parse(&self) -> ApiResult<NewPerson> {
        let password = self
            .password
            .as_deref()
            .map(|p| NewPassword::parse("password", p))
            .transpose()?;
        Ok(NewPerson {
            email: Email::parse("email", &self.email)?,
            name: name("name", &self.name)?,
            title: if self.title.trim().is_empty() {
                String::new()
            } else {
                name("title", &self.title)?
            },
            organisation: self
                .organisation_id
                .as_ref()
                .map(|id| parse_id("organisationId", id).map(OrganisationId))
                .transpose()?,
            language: self
                .language
                .map_or(verkosto_domain::Language::Finnish, Into::into),
            password_hash: match password {
                Some(password) => Some(hash_password(&password).await?),
                None => None,
            },
            is_admin: false,
            role: None,
        })
    }
}

/// A person's new profile values.
#[derive(InputObject)]
pub struct UpdatePersonInput {
    /// Full name.
    pub name: String,
    /// Job title.
    #[graphql(default)]
    pub title: String,
    /// The organisation they work for.
    pub organisation_id: Option<ID>,
    /// Interface language.
    pub language: Language,
}

impl UpdatePersonInput {
    /// Validates every field.
    pub fn parse(&self) -> ApiResult<PersonProfile> {
        Ok(PersonProfile {
            name: name("name", &self.name)?,
            title: if self.title.trim().is_empty() {
                String::new()
            } else {
                name("title", &self.title)?
            },
            organisation: self
                .organisation_id
                .as_ref()
                .map(|id| parse_id("organisationId", id).map(OrganisationId))
                .transpose()?,
            language: self.language.into(),
        })
    }
}
