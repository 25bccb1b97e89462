//! Growing a network by invitation: `openRegion`, `invitePerson`, `importInvitations`,
//! `resendInvitation`, `revokeInvitation` and `acceptInvitation`.

use std::collections::HashMap;

use async_graphql::{Context, ID, Object};
use verkosto_domain::{
    DomainError, InvitationId, OrganisationId, RegionId, RoleKind as DomainRole, msg, policy,
    text::{Email, Name, NewPassword},
};
use verkosto_store::{
    credentials::hash_password,
    entity::{invitation, organisation, region},
    invitation::{Acceptance, InviteOutcome, NewInvitation},
};

use super::auth::payload;
use crate::{
    ApiError, ApiResult,
    context::{ContextExt, SharedMailer},
    input::{InvitationInput, RegionInput},
    loader::{PersonLoader, load_one},
    mails,
    object::{
        AuthPayload, Delivery, ImportOutcome, ImportReport, ImportRow, Invitation,
        IssuedInvitation, OpenedRegion, Region, enums::Language, parse_id,
    },
    request_language,
};

/// The most rows one CSV import may hold.
pub const MAX_IMPORT_ROWS: usize = 1000;

/// Invitation mutations.
#[derive(Default)]
pub struct InvitationMutation;

#[Object]
impl InvitationMutation {
    /// Opens a new region in onboarding and invites its first coordinator (platform admins).
    async fn open_region(
        &self,
        ctx: &Context<'_>,
        region: RegionInput,
        coordinator: InvitationInput,
    ) -> ApiResult<OpenedRegion> {
        let viewer = ctx.viewer();
        policy::require_admin(viewer)?;
        let actor = viewer.person_id()?;
        let fields = region.parse().map_err(|err| err.within("region"))?;
        let first = coordinator
            .parse()
            .map_err(|err| err.within("coordinator"))?;
        let (region, issued) = ctx.store()?.open_region(actor, fields, first).await?;
        let invitation = deliver(ctx, issued, &region).await?;
        Ok(OpenedRegion {
            region: Region(region),
            invitation,
        })
    }

    /// Invites one person into a region (its coordinators, admins). Without a mail server the
    /// answer carries the link to pass on.
    async fn invite_person(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        input: InvitationInput,
    ) -> ApiResult<IssuedInvitation> {
        let (actor, region) = managed_region(ctx, &region_id).await?;
        let new = input.parse()?;
        policy::network::require_invite(ctx.viewer(), RegionId(region.id), new.role)?;
        let issued = ctx.store()?.invite(actor, RegionId(region.id), new).await?;
        deliver(ctx, issued, &region).await
    }

    /// Invites everyone in a CSV file into a region (its coordinators, admins). The header names
    /// the columns `email`, `name`, and optionally `role` (member or coordinator) and
    /// `organisation` (name, business id or id of a member organisation); `,` or `;` separate
    /// them. Every row is reported; the valid ones are invited in one transaction, so an
    /// import never stops half-way.
    async fn import_invitations(
        &self,
        ctx: &Context<'_>,
        region_id: ID,
        csv: String,
    ) -> ApiResult<ImportReport> {
        let (actor, region) = managed_region(ctx, &region_id).await?;
        let store = ctx.store()?;
        let memberships = store.memberships_by_regions(&[region.id]).await?;
        let ids: Vec<_> = memberships.iter().map(|m| m.organisation_id).collect();
        let organisations = store.organisations_by_ids(&ids).await?;
        let parsed = parse_csv(&csv, &organisations)?;
        for row in &parsed {
            if let Ok(new) = &row.invitation {
                policy::network::require_invite(ctx.viewer(), RegionId(region.id), new.role)?;
            }
        }
        let batch: Vec<NewInvitation> = parsed
            .iter()
            .filter_map(|row| row.invitation.as_ref().ok().cloned())
            .collect();
        let mut outcomes = store
            .invite_many(actor, RegionId(region.id), &batch)
            .await?
            .into_iter();
        let mut rows = Vec::with_capacity(parsed.len());
        for row in parsed {
            let (outcome, reason, invitation) = match row.invitation {
                Err(reason) => (ImportOutcome::Invalid, Some(reason), None),
                Ok(_) => match outcomes.next() {
                    Some(InviteOutcome::Invited(issued)) => (
                        ImportOutcome::Invited,
                        None,
                        Some(deliver(ctx, *issued, &region).await?),
                    ),
                    Some(InviteOutcome::AlreadyMember) => (
                        ImportOutcome::AlreadyMember,
                        Some(msg!("invite-already-member").render(request_language())),
                        None,
                    ),
                    Some(InviteOutcome::AlreadyInvited) => (
                        ImportOutcome::AlreadyInvited,
                        Some(msg!("invite-already-invited").render(request_language())),
                        None,
                    ),
                    None => return Err(ApiError::internal(&"an import row lost its outcome")),
                },
            };
            rows.push(ImportRow {
                line: row.line,
                email: row.email,
                outcome,
                reason,
                invitation,
            });
        }
        let invited = rows
            .iter()
            .filter(|r| r.outcome == ImportOutcome::Invited)
            .count() as i32;
        Ok(ImportReport {
            invited,
            skipped: rows.len() as i32 - invited,
            rows,
        })
    }

    /// Sends a pending or expired invitation again with a new link, valid for another 72 hours;
    /// the old link stops working (its region's coordinators, admins).
    async fn resend_invitation(&self, ctx: &Context<'_>, id: ID) -> ApiResult<IssuedInvitation> {
        let (actor, found) = managed_invitation(ctx, &id).await?;
        let store = ctx.store()?;
        let issued = store
            .resend_invitation(actor, InvitationId(found.id))
            .await?;
        let region = store
            .get_region(RegionId(found.region_id))
            .await?
            .ok_or(DomainError::NotFound("region"))?;
        deliver(ctx, issued, &region).await
    }

    /// Withdraws an invitation: its link stops working (its region's coordinators, admins).
    async fn revoke_invitation(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Invitation> {
        let (actor, found) = managed_invitation(ctx, &id).await?;
        Ok(Invitation(
            ctx.store()?
                .revoke_invitation(actor, InvitationId(found.id))
                .await?,
        ))
    }

    /// Accepts an invitation and signs in. A new account chooses its `password` (and may correct
    /// its `name`) and gets `language` as its preferred one (without it, the region's country's);
    /// someone who has an account already signs in first and accepts without these.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        name: Option<String>,
        password: Option<String>,
        language: Option<Language>,
    ) -> ApiResult<AuthPayload> {
        let name = name
            .filter(|n| !n.trim().is_empty())
            .map(|n| Name::parse("name", &n))
            .transpose()?;
        let password_hash = match password {
            Some(password) => {
                Some(hash_password(&NewPassword::parse("password", &password)?).await?)
            }
            None => None,
        };
        let store = ctx.store()?;
        let person = store
            .accept_invitation(
                &token,
                Acceptance {
                    viewer: ctx.viewer().person(),
                    name,
                    password_hash,
                    language: language.map(Into::into),
                },
            )
            .await?;
        let issued = store.open_session(person).await?;
        payload(ctx, issued).await
    }
}

/// The region behind `id` if the viewer manages it; otherwise `NotFound`/`Forbidden` as the policy says.
async fn managed_region(
    ctx: &Context<'_>,
    id: &ID,
) -> ApiResult<(verkosto_domain::PersonId, region::Model)> {
    let viewer = ctx.viewer();
    let actor = viewer.person_id()?;
    let region_id = RegionId(parse_id("regionId", id)?);
    let region = ctx
        .store()?
        .get_region(region_id)
        .await?
        .ok_or(DomainError::NotFound("region"))?;
    policy::require_manage_region(viewer, region_id)?;
    Ok((actor, region))
}

/// The invitation behind `id` if the viewer manages its region; otherwise it answers as missing.
async fn managed_invitation(
    ctx: &Context<'_>,
    id: &ID,
) -> ApiResult<(verkosto_domain::PersonId, invitation::Model)> {
    let viewer = ctx.viewer();
    let actor = viewer.person_id()?;
    let id = InvitationId(parse_id("id", id)?);
    let found = ctx
        .store()?
        .get_invitation(id)
        .await?
        .filter(|i| policy::require_manage_region(viewer, RegionId(i.region_id)).is_ok())
        .ok_or(DomainError::NotFound("invitation"))?;
    Ok((actor, found))
}

/// Sends (or, without a mail server, logs) the invitation's mail and says how it went.
async fn deliver(
    ctx: &Context<'_>,
    issued: verkosto_store::invitation::IssuedInvitation,
    region: &region::Model,
) -> ApiResult<IssuedInvitation> {
    let mailer = ctx.data::<SharedMailer>()?;
    let store = ctx.store()?;
    let link = mailer.link(&format!("/invitation/{}", issued.token));
    // Every row of an import has the same inviter: the request's person loader fetches it once.
    let inviter = load_one::<PersonLoader, _>(ctx, issued.invitation.invited_by)
        .await?
        .map_or_else(|| "Verkosto".to_owned(), |p| p.name);
    let mail = mails::invitation(&issued.invitation, region, &inviter, &link);
    let sent = mailer.send(mail).await;
    let mut invitation = issued.invitation;
    let id = InvitationId(invitation.id);
    let (delivery, link) = match (mailer.delivers(), sent) {
        (false, _) => (Delivery::LinkOnly, Some(link)),
        (true, Ok(())) => {
            store.record_invitation_delivery(id, None).await?;
            invitation.sent_count += 1;
            invitation.delivery_error = None;
            (Delivery::Sent, None)
        }
        (true, Err(reason)) => {
            store
                .record_invitation_delivery(id, Some(reason.clone()))
                .await?;
            invitation.delivery_error = Some(reason);
            (Delivery::Failed, None)
        }
    };
    Ok(IssuedInvitation {
        invitation: Invitation(invitation),
        delivery,
        link,
    })
}

/// One row of an import file, validated.
struct ParsedRow {
    line: i32,
    email: String,
    /// The invitation, or why the row is wrong (in the request's language).
    invitation: Result<NewInvitation, String>,
}

/// Reads the CSV text into rows; a file that cannot be read at all is refused as a whole.
fn parse_csv(text: &str, organisations: &[organisation::Model]) -> ApiResult<Vec<ParsedRow>> {
    let language = request_language();
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            ApiError::invalid(
                "csv",
                msg!("invite-csv-header-unreadable", error = e.to_string()),
            )
        })?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let email_col = column(&["email", "e-mail", "sähköposti", "e-post"])
        .ok_or_else(|| ApiError::invalid("csv", msg!("invite-csv-columns-missing")))?;
    let name_col = column(&["name", "nimi", "namn", "navn"])
        .ok_or_else(|| ApiError::invalid("csv", msg!("invite-csv-name-column-missing")))?;
    let role_col = column(&["role", "rooli", "roll", "rolle"]);
    let org_col = column(&[
        "organisation",
        "organization",
        "organisaatio",
        "organisasjon",
    ]);

    let mut by_key: HashMap<String, OrganisationId> = HashMap::new();
    for organisation in organisations {
        let id = OrganisationId(organisation.id);
        by_key.insert(organisation.id.to_string(), id);
        by_key.insert(organisation.name.to_lowercase(), id);
        if let Some(business_id) = &organisation.business_id {
            by_key.insert(business_id.to_lowercase(), id);
        }
    }
    let mut seen: HashMap<String, i32> = HashMap::new();
    let mut rows = Vec::new();
    for record in reader.records() {
        if rows.len() >= MAX_IMPORT_ROWS {
            return Err(ApiError::invalid(
                "csv",
                msg!("invite-csv-too-many-rows", max = MAX_IMPORT_ROWS),
            ));
        }
        let record = record.map_err(|e| {
            ApiError::invalid("csv", msg!("invite-csv-unreadable", error = e.to_string()))
        })?;
        // A record's position is where the reader started, before the blank lines it skipped;
        // the file's own line number counts those too.
        let offset = record.position().map_or(0, |p| p.byte() as usize);
        let line = text
            .get(..offset)
            .map_or(0, |before| before.matches('\n').count())
            + text.get(offset..).map_or(0, |rest| {
                let blank = rest.len() - rest.trim_start().len();
                rest[..blank].matches('\n').count()
            });
        let line = line as i32 + 1;
        let field = |col: Option<usize>| col.and_then(|c| record.get(c)).unwrap_or("").trim();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let email = field(Some(email_col)).to_owned();
        // A refused cell, named by its column as the file names it.
        let cell = |column: &str, err: DomainError| {
            msg!(
                "invite-csv-cell",
                column = column,
                reason = err.reason().render(language)
            )
            .render(language)
        };
        let invitation = (|| {
            let address = Email::parse("email", &email).map_err(|e| cell("email", e))?;
            if let Some(first) = seen.get(address.as_str()) {
                return Err(msg!("invite-csv-address-repeated", line = *first).render(language));
            }
            seen.insert(address.as_str().to_owned(), line);
            let name = Name::parse("name", field(Some(name_col))).map_err(|e| cell("name", e))?;
            let role = match field(role_col).to_lowercase().as_str() {
                "" | "member" | "jäsen" | "medlem" => DomainRole::Member,
                "coordinator" | "koordinaattori" | "koordinator" => DomainRole::Coordinator,
                other => {
                    return Err(msg!("invite-csv-role-unknown", role = other).render(language));
                }
            };
            let organisation = match field(org_col) {
                "" => None,
                key => Some(*by_key.get(&key.to_lowercase()).ok_or_else(|| {
                    msg!("invite-csv-organisation-unknown", organisation = key).render(language)
                })?),
            };
            Ok(NewInvitation {
                email: address,
                name,
                organisation,
                role,
            })
        })();
        rows.push(ParsedRow {
            line,
            email,
            invitation,
        });
    }
    if rows.is_empty() {
        return Err(ApiError::invalid("csv", msg!("invite-csv-empty")));
    }
    Ok(rows)
}
