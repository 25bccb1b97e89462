//! People and their roles.

use async_graphql::{Context, ID, Object};
use verkosto_domain::{DomainError, PersonId, RegionId, msg, policy};

use crate::{
    ApiError, ApiResult,
    context::ContextExt,
    input::{CreatePersonInput, UpdatePersonInput},
    object::{Person, parse_id, person::visible_person},
};

/// Person mutations.
#[derive(Default)]
pub struct PersonMutation;

/// The person `id` when the viewer may see them; otherwise not found.
async fn visible(ctx: &Context<'_>, field: &str, id: &ID) -> ApiResult<PersonId> {
    let id = parse_id(field, id)?;
    visible_person(ctx, id)
        .await?
        .ok_or(DomainError::NotFound("person"))?;
    Ok(PersonId(id))
}

async fn region(ctx: &Context<'_>, field: &str, id: &ID) -> ApiResult<RegionId> {
    let id = RegionId(parse_id(field, id)?);
    ctx.store()?
        .get_region(id)
        .await?
        .ok_or(DomainError::NotFound("region"))?;
    Ok(id)
}

#[Object]
impl PersonMutation {
    /// Creates an account: admins anywhere, coordinators into their region with a role.
    async fn create_person(
        &self,
        ctx: &Context<'_>,
        input: CreatePersonInput,
    ) -> ApiResult<Person> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let target = match (&input.region_id, input.role) {
            (Some(id), Some(role)) => Some((region(ctx, "regionId", id).await?, role)),
            (None, None) => None,
            _ => {
                return Err(ApiError::invalid("role", msg!("person-role-needs-region")));
            }
        };
        match target {
            Some((region, role)) => policy::require_assign_role(viewer, region, role.into())?,
            None => policy::require_admin(viewer)?,
        }
        let mut new = input.parse().await?;
        new.role = target.map(|(region, role)| (region, role.into()));
        if let Some(org) = new.organisation {
            ctx.store()?
                .get_organisation(org)
                .await?
                .ok_or_else(|| ApiError::invalid("organisationId", msg!("no-such-organisation")))?;
        }
        Ok(Person(ctx.store()?.create_person(Some(me), new).await?))
    }

    /// Changes a profile: the person themself or an admin.
    async fn update_person(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdatePersonInput,
    ) -> ApiResult<Person> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let id = visible(ctx, "id", &id).await?;
        if id != me {
            policy::require_admin(viewer)?;
        }
        let profile = input.parse()?;
        if let Some(org) = profile.organisation {
            ctx.store()?
                .get_organisation(org)
                .await?
                .ok_or_else(|| ApiError::invalid("organisationId", msg!("no-such-organisation")))?;
        }
        Ok(Person(ctx.store()?.update_person(me, id, profile).await?))
    }

    /// Disables or re-enables an account (admins); takes effect on the person's next request.
    async fn set_person_disabled(
        &self,
        ctx: &Context<'_>,
        id: ID,
        disabled: bool,
    ) -> ApiResult<Person> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let id = visible(ctx, "id", &id).await?;
        policy::require_admin(viewer)?;
        if id == me && disabled {
            return Err(ApiError::invalid("id", msg!("person-cannot-disable-self")));
        }
        Ok(Person(
            ctx.store()?.set_person_disabled(me, id, disabled).await?,
        ))
    }

    /// Gives a person a role in a region (its coordinators, admins); replaces their earlier role there.
    async fn set_role(
        &self,
        ctx: &Context<'_>,
        person_id: ID,
        region_id: ID,
        role: crate::object::enums::RoleKind,
    ) -> ApiResult<Person> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let region = region(ctx, "regionId", &region_id).await?;
        let person = visible(ctx, "personId", &person_id).await?;
        policy::require_assign_role(viewer, region, role.into())?;
        let store = ctx.store()?;
        store
            .set_role(Some(me), person, region, role.into())
            .await?;
        Ok(Person(
            store
                .get_person(person)
                .await?
                .ok_or(DomainError::NotFound("person"))?,
        ))
    }

    /// Removes a person's role in a region (its coordinators, admins).
    async fn remove_role(
        &self,
        ctx: &Context<'_>,
        person_id: ID,
        region_id: ID,
    ) -> ApiResult<Person> {
        let viewer = ctx.viewer();
        let me = viewer.person_id()?;
        let region = region(ctx, "regionId", &region_id).await?;
        let person = visible(ctx, "personId", &person_id).await?;
        policy::require_manage_region(viewer, region)?;
        let store = ctx.store()?;
        store.remove_role(me, person, region).await?;
        Ok(Person(
            store
                .get_person(person)
                .await?
                .ok_or(DomainError::NotFound("person"))?,
        ))
    }
}
