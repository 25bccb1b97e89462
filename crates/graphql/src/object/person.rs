//! `Person`: a professional with an account, and their `Role`s in regions.

use async_graphql::{Context, ID, Object};
use uuid::Uuid;
use verkosto_domain::{PersonId, RegionId, policy};
use verkosto_store::entity::{person, role};

use super::{
    Organisation, Region,
    enums::{Language, RoleKind, stored},
    to_id,
};
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{OrganisationLoader, RegionLoader, RolesByPersonLoader, load_one},
};

/// A professional with an account.
pub struct Person(pub person::Model);

impl Person {
    /// Whether the viewer may read this person (admin, themself, or someone sharing a region).
    pub async fn visible(ctx: &Context<'_>, model: &person::Model) -> ApiResult<bool> {
        let viewer = ctx.viewer();
        if viewer.is_admin() || viewer.person() == Some(PersonId(model.id)) {
            return Ok(true);
        }
        if !viewer.has_any_role() {
            return Ok(false);
        }
        let roles = ctx
            .loader::<RolesByPersonLoader>()?
            .load_one(model.id)
            .await?
            .unwrap_or_default();
        let regions: Vec<RegionId> = roles.iter().map(|r| RegionId(r.region_id)).collect();
        Ok(policy::can_read_person(
            viewer,
            PersonId(model.id),
            &regions,
        ))
    }
}

#[Object]
impl Person {
    /// Their id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Full name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Sign-in e-mail address.
    async fn email(&self) -> &str {
        &self.0.email
    }

    /// Job title.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Preferred interface language.
    async fn language(&self) -> Option<Language> {
        stored(verkosto_domain::Language::parse, &self.0.language)
    }

    /// Platform admin.
    async fn is_admin(&self) -> bool {
        self.0.is_admin
    }

    /// Disabled accounts cannot sign in.
    async fn disabled(&self) -> bool {
        self.0.disabled
    }

    /// The organisation they work for.
    async fn organisation(&self, ctx: &Context<'_>) -> ApiResult<Option<Organisation>> {
        match self.0.organisation_id {
            Some(id) => Ok(load_one::<OrganisationLoader, _>(ctx, id)
                .await?
                .map(Organisation)),
            None => Ok(None),
        }
    }

    /// Their roles in regions.
    async fn roles(&self, ctx: &Context<'_>) -> ApiResult<Vec<Role>> {
        let roles = ctx
            .loader::<RolesByPersonLoader>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(roles.into_iter().map(Role).collect())
    }
}

/// A person's role in one region.
pub struct Role(pub role::Model);

#[Object]
impl Role {
    /// The region.
    async fn region(&self, ctx: &Context<'_>) -> ApiResult<Option<Region>> {
        Ok(load_one::<RegionLoader, _>(ctx, self.0.region_id)
            .await?
            .map(Region))
    }

    /// Coordinator or member.
    async fn kind(&self) -> Option<RoleKind> {
        stored(verkosto_domain::RoleKind::parse, &self.0.kind)
    }

    /// The region's id.
    async fn region_id(&self) -> ID {
        to_id(self.0.region_id)
    }
}

/// Loads a person when the viewer may read them.
pub(crate) async fn visible_person(ctx: &Context<'_>, id: Uuid) -> ApiResult<Option<Person>> {
    let Some(model) = load_one::<crate::loader::PersonLoader, _>(ctx, id).await? else {
        return Ok(None);
    };
    Ok(Person::visible(ctx, &model).await?.then_some(Person(model)))
}
