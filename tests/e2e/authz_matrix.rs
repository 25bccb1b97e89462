//! The authorization matrix: every query and mutation × every kind of viewer, against one table.
//!
//! The table below is the authorization table of `design.md` spelled out for the whole API, with
//! the product decisions that fill its gaps. Each row names an operation (and, where it matters,
//! the state of its target in region A), the function that makes a FRESH target for each cell and
//! runs the operation, and the expected answer for each viewer. Every cell runs, every surprise is
//! collected, and the matrix is printed before the test fails.

use std::{
    future::Future,
    pin::Pin,
    sync::atomic::{AtomicUsize, Ordering},
    time::Instant,
};

use serde_json::{Value, json};
use uuid::Uuid;
use verkosto_domain::{
    MembershipStatus, NotificationMail, OrganisationId, PathwayId, PathwayStatus, RegionId,
    RoleKind, Visibility, policy::AuditScope, text::Email,
};
use verkosto_store::{entity::region, pathway::PathwaySettings};
use verkosto_testkit::{
    Gql, OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TEST_PASSWORD, TestApp,
    TestPerson,
};

/// What an operation answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Data without errors: a single object is non-null, a list holds the target, a mutation ran.
    Ok,
    /// A single-object query answered null without an error: "as if it did not exist".
    Hidden,
    /// A list query answered without the target.
    Empty,
    /// `UNAUTHENTICATED`.
    Unauth,
    /// `FORBIDDEN`.
    Forbidden,
    /// `NOT_FOUND`.
    NotFound,
    /// `BAD_USER_INPUT`.
    BadInput,
    /// `CONFLICT`.
    Conflict,
    /// `INTERNAL`.
    Internal,
    /// Anything else: an unknown code, a malformed answer, two answers that should be identical.
    Odd,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Hidden => "hidden",
            Outcome::Empty => "empty",
            Outcome::Unauth => "unauth",
            Outcome::Forbidden => "forbid",
            Outcome::NotFound => "notfound",
            Outcome::BadInput => "badinput",
            Outcome::Conflict => "conflict",
            Outcome::Internal => "internal",
            Outcome::Odd => "odd",
        }
    }
}

const OK: Outcome = Outcome::Ok;
const HI: Outcome = Outcome::Hidden;
const EM: Outcome = Outcome::Empty;
const UA: Outcome = Outcome::Unauth;
const FB: Outcome = Outcome::Forbidden;
const NF: Outcome = Outcome::NotFound;
const CF: Outcome = Outcome::Conflict;

/// The viewers, in the order of the table's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous = 0,
    MemberA = 1,
    CoordinatorA = 2,
    MemberB = 3,
    CoordinatorB = 4,
    Admin = 5,
}

const VIEWERS: [Who; 6] = [
    Who::Anonymous,
    Who::MemberA,
    Who::CoordinatorA,
    Who::MemberB,
    Who::CoordinatorB,
    Who::Admin,
];

const COLUMNS: [&str; 6] = [
    "anonymous",
    "member A",
    "coord A",
    "member B",
    "coord B",
    "admin",
];

type Cell<'a> = Pin<Box<dyn Future<Output = Answer> + 'a>>;
type Runner = for<'a> fn(&'a World, Who) -> Cell<'a>;

/// One operation: what it is, how to run one cell of it, and what each viewer should get.
struct Row {
    op: &'static str,
    run: Runner,
    expect: [Outcome; 6],
}

const fn row(op: &'static str, run: Runner, expect: [Outcome; 6]) -> Row {
    Row { op, run, expect }
}

/// The table. Columns: anonymous, member of A, coordinator of A, member of B, coordinator of B,
/// platform admin. `OK` data, `HI` null as if missing, `EM` list without the target,
/// `UA` UNAUTHENTICATED, `FB` FORBIDDEN, `NF` NOT_FOUND.
#[rustfmt::skip]
static MATRIX: &[Row] = &[
    //                                                                                      an  mA  cA  mB  cB  ad
    // ---- Queries -----------------------------------------------------------------------------
    // Regions (name, status, area) are public.
    row("regions (A listed)",                               q_regions,                     [OK, OK, OK, OK, OK, OK]),
    row("region(A)",                                        q_region,                      [OK, OK, OK, OK, OK, OK]),
    // Directory entries: anyone with a role anywhere (and admins); anonymous only public ones.
    row("organisations(regionId: A) non-public org",        q_organisations_private,       [EM, OK, OK, OK, OK, OK]),
    row("organisations(regionId: A) public org",            q_organisations_public,        [OK, OK, OK, OK, OK, OK]),
    row("organisation(non-public org of A)",                q_organisation_private,        [HI, OK, OK, OK, OK, OK]),
    row("organisation(public org of A)",                    q_organisation_public,         [OK, OK, OK, OK, OK, OK]),
    row("services(regionId: A) non-public service",         q_services_private,            [EM, OK, OK, OK, OK, OK]),
    row("service(non-public service of A)",                 q_service_private,             [HI, OK, OK, OK, OK, OK]),
    row("service(public service of A)",                     q_service_public,              [OK, OK, OK, OK, OK, OK]),
    // Pathway lists apply the read policy inside SQL; they must agree with `pathway(id)` below.
    row("pathways(regionId: A) published NETWORK",          q_pathways_network,            [EM, OK, OK, EM, EM, OK]),
    row("pathways(regionId: A) published ALL_MEMBERS",      q_pathways_all_members,        [EM, OK, OK, OK, OK, OK]),
    row("pathways(regionId: A) published PUBLIC",           q_pathways_public,             [OK, OK, OK, OK, OK, OK]),
    row("pathways(regionId: A) draft by member A",          q_pathways_draft_member_a,     [EM, OK, OK, EM, EM, OK]),
    row("pathways(regionId: A) draft by coord A",           q_pathways_draft_coord_a,      [EM, EM, OK, EM, EM, OK]),
    row("pathways(regionId: A) archived (was PUBLIC)",      q_pathways_archived,           [EM, EM, OK, EM, EM, OK]),
    // Pathway read: editors everything; members published + own open draft; other regions'
    // people published ALL_MEMBERS/PUBLIC; anonymous published PUBLIC. Archived: editors only.
    row("pathway(published NETWORK)",                       q_pathway_network,             [HI, OK, OK, HI, HI, OK]),
    row("pathway(published ALL_MEMBERS)",                   q_pathway_all_members,         [HI, OK, OK, OK, OK, OK]),
    row("pathway(published PUBLIC)",                        q_pathway_public,              [OK, OK, OK, OK, OK, OK]),
    // PUBLIC visibility, never published: nobody but its author and editors sees a draft.
    row("pathway(draft by member A, PUBLIC)",               q_pathway_draft_member_a,      [HI, OK, OK, HI, HI, OK]),
    row("pathway(draft by coord A)",                        q_pathway_draft_coord_a,       [HI, HI, OK, HI, HI, OK]),
    // In review by another member (member A2): not member A's own draft.
    row("pathway(in review by member A2, PUBLIC)",          q_pathway_in_review,           [HI, HI, OK, HI, HI, OK]),
    // Archived after being published PUBLIC: archived is editors-only.
    row("pathway(archived, was PUBLIC)",                    q_pathway_archived,            [HI, HI, OK, HI, HI, OK]),
    row("pathway(random id)",                               q_pathway_random,              [HI, HI, HI, HI, HI, HI]),
    // A proposed change to a published pathway: readers see the published version; the open
    // draft is for the region's editors and its own author only.
    row("pathway(A2's proposal, ALL_MEMBERS).openVersion",  q_open_version_a2,             [HI, HI, OK, HI, HI, OK]),
    row("pathway(A's proposal, ALL_MEMBERS).openVersion",   q_open_version_a,              [HI, OK, OK, HI, HI, OK]),
    // A's network (its people) is visible to those with a role in A and admins; others NOT_FOUND.
    row("people(regionId: A)",                              q_people,                      [UA, OK, OK, NF, NF, OK]),
    // Everyone, across regions: admins only.
    row("people (no region)",                               q_people_everyone,             [UA, FB, FB, FB, FB, OK]),
    // The same network through the region object: outsiders get an empty list, not A's people.
    row("region(A).people (member A2 listed)",              q_region_people,               [EM, OK, OK, EM, EM, OK]),
    // A person: admin, themself, or someone sharing a region; otherwise null.
    row("person(member A2)",                                q_person,                      [HI, OK, OK, HI, HI, OK]),
    row("viewer",                                           q_viewer,                      [HI, OK, OK, OK, OK, OK]),
    // Search applies the pathway read rules inside the engine query.
    row("search (published NETWORK pathway of A)",          q_search_network,              [EM, OK, OK, EM, EM, OK]),
    row("search (published ALL_MEMBERS pathway of A)",      q_search_all_members,          [EM, OK, OK, OK, OK, OK]),
    row("search (draft by member A)",                       q_search_draft_member_a,       [EM, OK, OK, EM, EM, OK]),
    // How far the index has caught up: a count, no content.
    row("searchStatus",                                     q_search_status,               [OK, OK, OK, OK, OK, OK]),
    // Audit log: admins all, coordinators their regions (coord B asks for A: FORBIDDEN).
    row("auditEvents(regionId: A)",                         q_audit_events,                [UA, FB, OK, FB, FB, OK]),
    // Without a region: coordinators get their own regions' events, so B's does not see A's.
    row("auditEvents (no region; A's newest listed)",       q_audit_events_all,            [UA, FB, OK, FB, EM, OK]),

    // ---- Sessions (throwaway people, or a fresh session / a clone of the viewer) ------------
    // Anyone may call login/refreshToken with valid credentials / a valid refresh token.
    row("login (a throwaway member of A)",                  m_login,                       [OK, OK, OK, OK, OK, OK]),
    row("refreshToken (a throwaway's token)",               m_refresh_token,               [OK, OK, OK, OK, OK, OK]),
    // logout without an argument ends the caller's session: a fresh session of the viewer.
    row("logout (own, fresh session)",                      m_logout_own,                  [UA, OK, OK, OK, OK, OK]),
    // logout(refreshToken:) with a valid refresh token: the token is the credential, exactly as
    // for refreshToken, so no access token is needed (a client whose access token expired).
    row("logout(refreshToken) (a throwaway's token)",       m_logout_refresh_token,        [OK, OK, OK, OK, OK, OK]),
    // Own password, on a clone of the viewer (same roles) so the viewer's password stays.
    row("changePassword (own, on a clone)",                 m_change_password,             [UA, OK, OK, OK, OK, OK]),
    // A forgotten password: anyone may ask (the answer is the same for every address), and the
    // link's token is the credential for resetPassword, as a refresh token is for refreshToken.
    row("requestPasswordReset (a throwaway's address)",     m_request_password_reset,      [OK, OK, OK, OK, OK, OK]),
    row("resetPassword (a throwaway's link)",               m_reset_password,              [OK, OK, OK, OK, OK, OK]),
    row("passwordResetLink(token)",                         q_password_reset_link,         [OK, OK, OK, OK, OK, OK]),
    // Notification mail: one's own settings; the link in a mail turns its kind off without
    // signing in (its token is the credential, as a reset link's is).
    row("myMailNotifications (own)",                        q_my_mail_notifications,       [UA, OK, OK, OK, OK, OK]),
    row("setMailNotification (own, on a clone)",            m_set_mail_notification,       [UA, OK, OK, OK, OK, OK]),
    row("unsubscribe (a throwaway's link)",                 m_unsubscribe,                 [OK, OK, OK, OK, OK, OK]),

    // ---- Regions ----------------------------------------------------------------------------
    row("createRegion",                                     m_create_region,               [UA, FB, FB, FB, FB, OK]),
    row("updateRegion(A)",                                  m_update_region,               [UA, FB, OK, FB, FB, OK]),
    // activate/archive change a region's status for good, so each cell gets a fresh region C
    // where member A is a member and coordinator A the coordinator (as in A; the B people have
    // no role there, as in A).
    row("activateRegion(onboarding C ≈ A)",                 m_activate_region,             [UA, FB, OK, FB, FB, OK]),
    row("archiveRegion(C ≈ A)",                             m_archive_region,              [UA, FB, FB, FB, FB, OK]),

    // ---- Organisations and memberships --------------------------------------------------------
    row("createOrganisation(regionId: A)",                  m_create_organisation_in_a,    [UA, FB, OK, FB, FB, OK]),
    // An organisation on its own, outside any region: admins only.
    row("createOrganisation (no region)",                   m_create_organisation_bare,    [UA, FB, FB, FB, FB, OK]),
    // Readable directory entry, so those who may not change it get FORBIDDEN (not NOT_FOUND).
    row("updateOrganisation(non-public org of A)",          m_update_organisation,         [UA, FB, OK, FB, FB, OK]),
    row("addMembership(A, an org of B)",                    m_add_membership,              [UA, FB, OK, FB, FB, OK]),
    row("setMembershipStatus(active in A → LEFT)",          m_set_membership_left,         [UA, FB, OK, FB, FB, OK]),
    // Approving a join request: a pending membership is part of A's private network, so people
    // outside A get NOT_FOUND, exactly as for a missing membership.
    row("setMembershipStatus(requested in A → ACTIVE)",     m_approve_membership,          [UA, FB, OK, NF, NF, OK]),
    row("setMembershipContacts(active in A, [A2])",         m_set_membership_contacts,     [UA, FB, OK, FB, FB, OK]),

    // ---- People and roles ---------------------------------------------------------------------
    row("createPerson(regionId: A, MEMBER)",                m_create_person_in_a,          [UA, FB, OK, FB, FB, OK]),
    row("createPerson (no region)",                         m_create_person_bare,          [UA, FB, FB, FB, FB, OK]),
    // Only the person themself or an admin; those who cannot see member A2 get NOT_FOUND.
    row("updatePerson(member A2)",                          m_update_person_other,         [UA, FB, FB, NF, NF, OK]),
    row("updatePerson(self)",                               m_update_person_self,          [UA, OK, OK, OK, OK, OK]),
    // Targets below are a fresh member of A per cell (the change would leak into other cells).
    row("setPersonDisabled(a member of A)",                 m_set_person_disabled,         [UA, FB, FB, NF, NF, OK]),
    row("setRole(a member of A → COORDINATOR in A)",        m_set_role,                    [UA, FB, OK, NF, NF, OK]),
    row("removeRole(a member of A, A)",                     m_remove_role,                 [UA, FB, OK, NF, NF, OK]),

    // ---- Services -----------------------------------------------------------------------------
    row("createService(non-public org of A)",               m_create_service,              [UA, FB, OK, FB, FB, OK]),
    row("updateService(non-public service of A)",           m_update_service,              [UA, FB, OK, FB, FB, OK]),
    row("markServiceChecked(non-public service of A)",      m_mark_service_checked,        [UA, FB, OK, FB, FB, OK]),

    // ---- Pathways -----------------------------------------------------------------------------
    // Members may create pathways in their region; a national pathway is for admins.
    row("createPathway(regionId: A)",                       m_create_pathway_in_a,         [UA, OK, OK, FB, FB, OK]),
    row("createPathway (national)",                         m_create_pathway_national,     [UA, FB, FB, FB, FB, OK]),
    // A mutation on a pathway the viewer may not read answers NOT_FOUND, as for a random id.
    row("updatePathwayDraft(draft by member A)",            m_update_draft_member_a,       [UA, OK, OK, NF, NF, OK]),
    row("updatePathwayDraft(draft by member A2)",           m_update_draft_member_a2,      [UA, NF, OK, NF, NF, OK]),
    // Member A2's proposed change to a published ALL_MEMBERS pathway: everyone signed in reads
    // the pathway, so those who may not edit that draft get FORBIDDEN.
    row("updatePathwayDraft(A2's proposal, ALL_MEMBERS)",   m_update_proposal_a2,          [UA, FB, OK, FB, FB, OK]),
    row("startPathwayDraft(published NETWORK)",             m_start_draft_network,         [UA, OK, OK, NF, NF, OK]),
    // Readable by the B people, but proposing changes is for A's network.
    row("startPathwayDraft(published ALL_MEMBERS)",         m_start_draft_all_members,     [UA, OK, OK, FB, FB, OK]),
    row("restorePathwayVersion(published NETWORK, 1)",      m_restore_version,             [UA, OK, OK, NF, NF, OK]),
    row("submitPathway(draft by member A)",                 m_submit,                      [UA, OK, OK, NF, NF, OK]),
    // Member A reads their own version in review, but returning it is for coordinators.
    row("returnPathwayToDraft(in review by member A)",      m_return_to_draft,             [UA, FB, OK, NF, NF, OK]),
    row("discardPathwayDraft(A's proposal, NETWORK)",       m_discard_draft,               [UA, OK, OK, NF, NF, OK]),
    row("deletePathway(never published, by member A)",      m_delete_unpublished_a,        [UA, OK, OK, NF, NF, OK]),
    row("deletePathway(never published, by member A2)",     m_delete_unpublished_a2,       [UA, NF, OK, NF, NF, OK]),
    row("publishPathway(in review by member A)",            m_publish,                     [UA, FB, OK, NF, NF, OK]),
    row("publishPathway(random id)",                        m_publish_random,              [UA, NF, NF, NF, NF, NF]),
    // In review by member A2: hidden from all but A's editors. Where hidden, the answer must be
    // byte-for-byte the answer for a random id (same code AND message); otherwise `odd`.
    row("publishPathway(hidden ≡ random id)",               m_publish_hidden_like_random,  [UA, NF, OK, NF, NF, OK]),
    row("archivePathway(published NETWORK)",                m_archive_network,             [UA, FB, OK, NF, NF, OK]),
    row("archivePathway(published ALL_MEMBERS)",            m_archive_all_members,         [UA, FB, OK, FB, FB, OK]),
    row("setPathwaySettings(published NETWORK)",            m_set_settings,                [UA, FB, OK, NF, NF, OK]),

    // ---- Growing the network: invitations, join requests, member lists, onboarding ----------
    // Invitations are the managers' business; outsiders and members get FORBIDDEN for the region
    // (which is public) and NOT_FOUND for one invitation (which they may not see).
    row("invitations(regionId: A)",                         q_invitations,                 [UA, FB, OK, FB, FB, OK]),
    // The token is the credential: whoever holds the link sees what it is about.
    row("invitation(token)",                                q_invitation_preview,          [OK, OK, OK, OK, OK, OK]),
    row("joinRequests(regionId: A)",                        q_join_requests,               [UA, FB, OK, FB, FB, OK]),
    // Everyone signed in lists their own requests (each cell asks to join a fresh region first).
    row("myJoinRequests (own request listed)",              q_my_join_requests,            [UA, OK, OK, OK, OK, OK]),
    // The checklist: anyone with a role somewhere, and admins; anonymous visitors get null.
    row("region(A).onboarding",                             q_onboarding,                  [HI, OK, OK, OK, OK, OK]),
    // A region C ≈ A that shows its people to coordinators only: member A lists the
    // coordinators but not the members (themself included).
    row("people(regionId: C, COORDINATORS) member listed",  q_people_coordinators_only,    [UA, EM, OK, NF, NF, OK]),
    row("openRegion",                                       m_open_region,                 [UA, FB, FB, FB, FB, OK]),
    row("invitePerson(A)",                                  m_invite_person,               [UA, FB, OK, FB, FB, OK]),
    row("importInvitations(A)",                             m_import_invitations,          [UA, FB, OK, FB, FB, OK]),
    row("resendInvitation(pending in A)",                   m_resend_invitation,           [UA, NF, OK, NF, NF, OK]),
    row("revokeInvitation(pending in A)",                   m_revoke_invitation,           [UA, NF, OK, NF, NF, OK]),
    // Accepting with a fresh link for a new address: the token decides, not the viewer.
    row("acceptInvitation(fresh link, new address)",        m_accept_invitation,           [OK, OK, OK, OK, OK, OK]),
    // Anyone signed in outside A may ask; those in A's network already get CONFLICT.
    row("requestToJoin(A)",                                 m_request_to_join,             [UA, CF, CF, OK, OK, OK]),
    row("approveJoinRequest(pending in A)",                 m_approve_join_request,        [UA, NF, OK, NF, NF, OK]),
    row("declineJoinRequest(pending in A)",                 m_decline_join_request,        [UA, NF, OK, NF, NF, OK]),
    // Sets A's current value again, so the cells leave A as it was.
    row("setMemberListVisibility(A)",                       m_set_member_list_visibility,  [UA, FB, OK, FB, FB, OK]),

    // ---- Meetings, trainings and info sessions -----------------------------------------------
    // A NETWORK event of A: its network and admins see it; others as if it did not exist.
    row("events(regionId: A) NETWORK event listed",         q_events_network,              [EM, OK, OK, EM, EM, OK]),
    row("events(regionId: A) PUBLIC event listed",          q_events_public,               [OK, OK, OK, OK, OK, OK]),
    row("event(NETWORK event of A)",                        q_event_network,               [HI, OK, OK, HI, HI, OK]),
    // Each cell registers the viewer for a fresh PUBLIC event of A first.
    row("myEvents (own registration listed)",               q_my_events,                   [UA, OK, OK, OK, OK, OK]),
    row("openActionItems(regionId: A)",                     q_open_action_items,           [UA, OK, OK, NF, NF, OK]),
    row("createEvent(A)",                                   m_create_event,                [UA, FB, OK, FB, FB, OK]),
    row("updateEvent(NETWORK event of A)",                  m_update_event,                [UA, FB, OK, NF, NF, OK]),
    row("cancelEvent(NETWORK event of A)",                  m_cancel_event,                [UA, FB, OK, NF, NF, OK]),
    row("markEventHeld(past NETWORK event of A)",           m_mark_event_held,             [UA, FB, OK, NF, NF, OK]),
    row("setEventMinutes(held NETWORK event of A)",         m_set_event_minutes,           [UA, FB, OK, NF, NF, OK]),
    row("registerForEvent(NETWORK event of A)",             m_register_for_event,          [UA, OK, OK, NF, NF, OK]),
    row("registerForEvent(ALL_MEMBERS event of A)",         m_register_all_members,        [UA, OK, OK, OK, OK, OK]),
    // Each cell registers the viewer first where they may.
    row("cancelEventRegistration(NETWORK event of A)",      m_cancel_registration,         [UA, OK, OK, NF, NF, OK]),
    row("addActionItem(held NETWORK event of A)",           m_add_action_item,             [UA, FB, OK, NF, NF, OK]),
    row("setActionItemDone(open item of A)",                m_set_action_item_done,        [UA, FB, OK, NF, NF, OK]),
    // ---- Pathways as shared work: variants, feedback, reviews, recent changes ----------------
    // Everyone with a role reads a national NETWORK pathway; adapting it for A is for A's
    // coordinators, so the others get FORBIDDEN.
    row("createPathwayVariant(published national, for A)",  m_create_variant,              [UA, FB, OK, FB, FB, OK]),
    // A's published NETWORK variant whose national base has published a newer version.
    row("takePathwayBaseUpdate(A's variant, base updated)", m_take_base_update,            [UA, FB, OK, NF, NF, OK]),
    // Feedback: anyone signed in who reads the pathway (anonymous visitors have no one to reply to).
    row("sendPathwayFeedback(published NETWORK of A)",      m_send_feedback_network,       [UA, OK, OK, NF, NF, OK]),
    row("sendPathwayFeedback(published ALL_MEMBERS of A)",  m_send_feedback_all_members,   [UA, OK, OK, OK, OK, OK]),
    // Feedback sent by member A: its sender and A's editors read it; for others it does not exist.
    row("pathwayFeedback(sent by member A)",                q_feedback,                    [HI, OK, OK, HI, HI, OK]),
    row("pathwayFeedbackQueue(regionId: A)",                q_feedback_queue,              [UA, FB, OK, FB, FB, OK]),
    // Feedback on national pathways is the admins' queue.
    row("pathwayFeedbackQueue (national)",                  q_feedback_queue_national,     [UA, FB, FB, FB, FB, OK]),
    row("myPathwayFeedback (the viewer's own listed)",      q_my_feedback,                 [UA, OK, OK, OK, OK, OK]),
    // The sender reads their feedback but does not triage it.
    row("setPathwayFeedbackStatus(sent by member A)",       m_set_feedback_status,         [UA, FB, OK, NF, NF, OK]),
    row("replyToPathwayFeedback(sent by member A)",         m_reply_feedback,              [UA, FB, OK, NF, NF, OK]),
    // The review list: everyone in A reads it (members read A's published pathways and their
    // review dates anyway, and see what needs attention); marking reviewed is for coordinators.
    row("pathwaysDueForReview(regionId: A) overdue NETWORK", q_due_for_review,             [UA, OK, OK, FB, FB, OK]),
    row("pathwaysDueForReview (national) overdue",          q_due_for_review_national,     [UA, FB, FB, FB, FB, OK]),
    row("markPathwayReviewed(published NETWORK)",           m_mark_reviewed,               [UA, FB, OK, NF, NF, OK]),
    // The feed: A's people and admins follow A; B's people are refused A's feed and do not find
    // A's news in their own. Draft work (a variant created) is for A's editors only.
    row("recentChanges(regionId: A) published NETWORK",     q_recent_changes_a,            [UA, OK, OK, FB, FB, OK]),
    row("recentChanges (no region) published NETWORK of A", q_recent_changes_all,          [UA, OK, OK, EM, EM, OK]),
    row("recentChanges(regionId: A) variant created",       q_recent_changes_variant,      [UA, EM, OK, FB, FB, OK]),
];

#[tokio::test]
async fn every_operation_answers_every_role_as_the_authorization_table_says() {
    let started = Instant::now();
    let world = World::build().await;
    let (operations, mut surprises) = uncovered_operations();
    let mut results = Vec::with_capacity(MATRIX.len());
    for row in MATRIX {
        let mut cells = Vec::with_capacity(VIEWERS.len());
        for who in VIEWERS {
            let got = (row.run)(&world, who).await;
            let want = row.expect[who as usize];
            if got.outcome != want {
                surprises.push(format!(
                    "{} × {}: expected {}, got {} ({})",
                    row.op,
                    COLUMNS[who as usize],
                    want.label(),
                    got.outcome.label(),
                    got.detail
                ));
            }
            cells.push((want, got.outcome));
        }
        results.push((row.op, cells));
    }
    let backend = world.app.backend();
    print_matrix(&results);
    let cells = MATRIX.len() * VIEWERS.len();
    let failed = results
        .iter()
        .flat_map(|(_, cells)| cells)
        .filter(|(want, got)| want != got)
        .count();
    println!(
        "{} rows ({operations} schema operations) × {} viewers = {cells} cells on {backend}: {} as expected, {failed} surprises, in {:.1?}",
        MATRIX.len(),
        VIEWERS.len(),
        cells - failed,
        started.elapsed()
    );
    world.app.stop().await;
    assert!(
        surprises.is_empty(),
        "{} surprise(s) against the authorization table:\n{}",
        surprises.len(),
        surprises.join("\n")
    );
}

/// How many fields `type Query` and `type Mutation` in schema.graphql have, and those no row
/// exercises.
fn uncovered_operations() -> (usize, Vec<String>) {
    let path = crate::workspace_file("schema.graphql");
    let schema = std::fs::read_to_string(&path).expect("read schema.graphql");
    let mut operations = 0;
    let mut missing = Vec::new();
    for root in ["type Query {", "type Mutation {"] {
        let body = schema
            .split_once(root)
            .and_then(|(_, rest)| rest.split_once("\n}"))
            .map(|(body, _)| body)
            .expect("the root type in schema.graphql");
        let fields = body
            .lines()
            .filter(|line| line.starts_with('\t') && line.contains(['(', ':']))
            .filter_map(|line| {
                line.trim()
                    .split(['(', ':'])
                    .next()
                    .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric()))
            })
            .filter(|name| !name.is_empty());
        for field in fields {
            operations += 1;
            let covered = MATRIX
                .iter()
                .any(|row| row.op.split([' ', '(']).next() == Some(field));
            if !covered {
                missing.push(format!("{field}: in schema.graphql but not in the matrix"));
            }
        }
    }
    assert!(operations > 0, "no operations found in schema.graphql");
    (operations, missing)
}

fn print_matrix(results: &[(&str, Vec<(Outcome, Outcome)>)]) {
    let width = results
        .iter()
        .map(|(op, _)| op.chars().count())
        .max()
        .unwrap_or(10);
    let mut header = format!("{:width$}", "operation × viewer");
    for column in COLUMNS {
        header.push_str(&format!(" | {column:<18}"));
    }
    println!("{header}");
    println!("{}", "-".repeat(header.chars().count()));
    for (op, cells) in results {
        let mut line = format!("{op:width$}");
        for (want, got) in cells {
            let cell = if want == got {
                want.label().to_owned()
            } else {
                format!("✗ {}→{}", want.label(), got.label())
            };
            line.push_str(&format!(" | {cell:<18}"));
        }
        println!("{line}");
    }
}

/// An answer classified, with the error message (or a note) for the report.
struct Answer {
    outcome: Outcome,
    detail: String,
}

impl Answer {
    fn new(outcome: Outcome, detail: impl Into<String>) -> Self {
        Self {
            outcome,
            detail: detail.into(),
        }
    }
}

/// Runs an operation and classifies the answer by its error code or by `data[pick]`.
async fn gql_outcome(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    vars: Value,
    pick: &str,
) -> Answer {
    classify(&app.gql(token, query, vars).await, pick)
}

fn classify(answer: &Gql, pick: &str) -> Answer {
    if answer.body.get("errors").is_some() {
        let code = answer.error_code().unwrap_or("(no code)");
        let outcome = match code {
            "UNAUTHENTICATED" => Outcome::Unauth,
            "FORBIDDEN" => Outcome::Forbidden,
            "NOT_FOUND" => Outcome::NotFound,
            "BAD_USER_INPUT" => Outcome::BadInput,
            "CONFLICT" => Outcome::Conflict,
            "INTERNAL" => Outcome::Internal,
            _ => Outcome::Odd,
        };
        return Answer::new(
            outcome,
            format!("{code}: {}", answer.error_message().unwrap_or_default()),
        );
    }
    let data = &answer.body["data"];
    let outcome = match at(data, pick) {
        _ if !data.is_object() => Outcome::Odd,
        Value::Null => Outcome::Hidden,
        Value::Bool(true) => Outcome::Ok,
        // An id answered for what was deleted.
        Value::String(id) if !id.is_empty() => Outcome::Ok,
        Value::Array(items) if items.is_empty() => Outcome::Empty,
        Value::Array(_) => Outcome::Ok,
        Value::Object(object) => match object.get("edges").and_then(Value::as_array) {
            Some(edges) if edges.is_empty() => Outcome::Empty,
            _ => Outcome::Ok,
        },
        _ => Outcome::Odd,
    };
    let detail = if outcome == Outcome::Odd {
        format!("HTTP {}: {}", answer.status, answer.body)
    } else {
        String::new()
    };
    Answer::new(outcome, detail)
}

/// Pages through a connection (`$after` in `query`) and answers `Ok` when `target` is listed.
async fn list_outcome(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    mut vars: Value,
    pick: &str,
    target: Uuid,
) -> Answer {
    let target = target.to_string();
    let mut listed = 0;
    loop {
        let answer = app.gql(token, query, vars.clone()).await;
        let page = classify(&answer, pick);
        if !matches!(page.outcome, Outcome::Ok | Outcome::Empty) {
            return page;
        }
        let connection = at(&answer.body["data"], pick);
        let edges = connection["edges"].as_array().cloned().unwrap_or_default();
        if edges
            .iter()
            .any(|edge| edge["node"]["id"] == target.as_str())
        {
            return Answer::new(Outcome::Ok, "");
        }
        listed += edges.len();
        if connection["pageInfo"]["hasNextPage"] != true {
            return Answer::new(
                Outcome::Empty,
                format!("{listed} others listed, not the target"),
            );
        }
        vars["after"] = connection["pageInfo"]["endCursor"].clone();
    }
}

/// The value at a dotted `path` (`pathway.openVersion`); null when any step is null.
fn at<'v>(data: &'v Value, path: &str) -> &'v Value {
    path.split('.').fold(data, |value, key| &value[key])
}

fn id_of(value: &Value) -> Uuid {
    Uuid::parse_str(value.as_str().expect("an id")).expect("a UUID id")
}

/// The server, regions A and B, the people, and their tokens.
struct World {
    app: TestApp,
    a: region::Model,
    b: region::Model,
    member_a: TestPerson,
    coordinator_a: TestPerson,
    member_b: TestPerson,
    coordinator_b: TestPerson,
    admin: TestPerson,
    /// Another member of A: the author of drafts member A may not touch.
    member_a2: TestPerson,
    tokens: [Option<String>; 6],
    counter: AtomicUsize,
}

impl World {
    async fn build() -> Self {
        let app = TestApp::spawn().await;
        let a = RegionBuilder::new("Alue A").insert(&app).await;
        let b = RegionBuilder::new("Alue B").insert(&app).await;
        let member_a = PersonBuilder::new("member.a@example.org")
            .member_of(&a)
            .insert(&app)
            .await;
        let coordinator_a = PersonBuilder::new("coordinator.a@example.org")
            .coordinator_of(&a)
            .insert(&app)
            .await;
        let member_b = PersonBuilder::new("member.b@example.org")
            .member_of(&b)
            .insert(&app)
            .await;
        let coordinator_b = PersonBuilder::new("coordinator.b@example.org")
            .coordinator_of(&b)
            .insert(&app)
            .await;
        let admin = PersonBuilder::new("admin@example.org")
            .admin()
            .insert(&app)
            .await;
        let member_a2 = PersonBuilder::new("member.a2@example.org")
            .member_of(&a)
            .insert(&app)
            .await;
        let tokens = [
            None,
            Some(app.token(&member_a).await),
            Some(app.token(&coordinator_a).await),
            Some(app.token(&member_b).await),
            Some(app.token(&coordinator_b).await),
            Some(app.token(&admin).await),
        ];
        Self {
            app,
            a,
            b,
            member_a,
            coordinator_a,
            member_b,
            coordinator_b,
            admin,
            member_a2,
            tokens,
            counter: AtomicUsize::new(0),
        }
    }

    fn token(&self, who: Who) -> Option<&str> {
        self.tokens[who as usize].as_deref()
    }

    fn person(&self, who: Who) -> Option<&TestPerson> {
        match who {
            Who::Anonymous => None,
            Who::MemberA => Some(&self.member_a),
            Who::CoordinatorA => Some(&self.coordinator_a),
            Who::MemberB => Some(&self.member_b),
            Who::CoordinatorB => Some(&self.coordinator_b),
            Who::Admin => Some(&self.admin),
        }
    }

    fn next(&self) -> usize {
        self.counter.fetch_add(1, Ordering::Relaxed)
    }

    fn name(&self, what: &str) -> String {
        format!("{what} {}", self.next())
    }

    fn email(&self, what: &str) -> String {
        format!("{what}.{}@example.org", self.next())
    }

    fn a_id(&self) -> String {
        self.a.id.to_string()
    }

    async fn ask(&self, who: Who, query: &str, vars: Value, pick: &str) -> Answer {
        gql_outcome(&self.app, self.token(who), query, vars, pick).await
    }

    async fn list(&self, who: Who, query: &str, vars: Value, pick: &str, target: Uuid) -> Answer {
        list_outcome(&self.app, self.token(who), query, vars, pick, target).await
    }

    /// Runs fixture set-up through the API as the admin.
    async fn as_admin(&self, query: &str, vars: Value) -> Value {
        self.app
            .gql(self.token(Who::Admin), query, vars)
            .await
            .data()
            .clone()
    }

    async fn org_in_a(&self, public: bool) -> Uuid {
        let mut builder = OrganisationBuilder::new(&self.name("Järjestö")).member_of(&self.a);
        if public {
            builder = builder.public();
        }
        builder.insert(&self.app).await.id
    }

    async fn service_in_a(&self, public: bool) -> Uuid {
        let organisation = self.org_in_a(public).await;
        let data = self
            .as_admin(
                "mutation($o: ID!, $i: ServiceInput!) { createService(organisationId: $o, input: $i) { id } }",
                json!({ "o": organisation.to_string(), "i": {
                    "name": self.name("Palvelu"), "kind": "COUNSELLING", "public": public } }),
            )
            .await;
        id_of(&data["createService"]["id"])
    }

    async fn membership_in_a(&self, status: MembershipStatus) -> Uuid {
        let organisation = OrganisationBuilder::new(&self.name("Jäsenjärjestö"))
            .insert(&self.app)
            .await;
        self.app
            .store
            .add_membership(
                None,
                RegionId(self.a.id),
                OrganisationId(organisation.id),
                status,
                None,
            )
            .await
            .expect("add a membership")
            .id
    }

    /// A pathway of A by `author`, moved to `status` through the store.
    async fn pathway(
        &self,
        author: &TestPerson,
        visibility: Visibility,
        status: PathwayStatus,
    ) -> Uuid {
        let builder = PathwayBuilder::new(Some(&self.a), author)
            .title(&self.name("Hoitopolku"))
            .visibility(visibility);
        let builder = match status {
            PathwayStatus::Draft => builder,
            PathwayStatus::InReview => builder.in_review(),
            PathwayStatus::Published => builder.published(),
            PathwayStatus::Archived => builder.archived(),
        };
        builder.insert(&self.app).await.id.0
    }

    /// A published pathway of A (by coordinator A).
    async fn published(&self, visibility: Visibility) -> Uuid {
        self.pathway(&self.coordinator_a, visibility, PathwayStatus::Published)
            .await
    }

    /// A published pathway of A with an open draft by `author`: a proposed change.
    async fn proposal(&self, author: &TestPerson, visibility: Visibility) -> Uuid {
        let id = self.published(visibility).await;
        self.app
            .store
            .start_draft(author.id, PathwayId(id), None)
            .await
            .expect("start a proposed change");
        id
    }

    async fn member_of_a(&self, what: &str) -> TestPerson {
        PersonBuilder::new(&self.email(what))
            .member_of(&self.a)
            .insert(&self.app)
            .await
    }

    /// A new person with the same roles as `who` (nobody for anonymous).
    async fn clone_of(&self, who: Who) -> Option<TestPerson> {
        let builder = PersonBuilder::new(&self.email("clone"));
        let builder = match who {
            Who::Anonymous => return None,
            Who::MemberA => builder.member_of(&self.a),
            Who::CoordinatorA => builder.coordinator_of(&self.a),
            Who::MemberB => builder.member_of(&self.b),
            Who::CoordinatorB => builder.coordinator_of(&self.b),
            Who::Admin => builder.admin(),
        };
        Some(builder.insert(&self.app).await)
    }

    /// Runs `query` as a new person with `who`'s roles (anonymous stays anonymous), for
    /// operations on one's own account that would otherwise change the viewer's.
    async fn as_clone_of(&self, who: Who, query: &str, vars: Value, pick: &str) -> Answer {
        let token = match self.clone_of(who).await {
            Some(clone) => Some(self.app.token(&clone).await),
            None => None,
        };
        gql_outcome(&self.app, token.as_deref(), query, vars, pick).await
    }

    /// A new region where member A is a member and coordinator A the coordinator.
    async fn region_like_a(&self, onboarding: bool) -> Uuid {
        let mut builder = RegionBuilder::new(&self.name("Alue C"));
        if onboarding {
            builder = builder.onboarding();
        }
        let region = builder.insert(&self.app).await;
        for (person, kind) in [
            (&self.member_a, RoleKind::Member),
            (&self.coordinator_a, RoleKind::Coordinator),
        ] {
            self.app
                .store
                .set_role(None, person.id, RegionId(region.id), kind)
                .await
                .expect("give a role in C");
        }
        region.id
    }

    async fn read_pathway(&self, who: Who, id: Uuid) -> Answer {
        self.ask(
            who,
            "query($id: ID!) { pathway(id: $id) { id } }",
            json!({ "id": id.to_string() }),
            "pathway",
        )
        .await
    }

    async fn list_pathways_of_a(&self, who: Who, target: Uuid) -> Answer {
        self.list(
            who,
            "query($after: String, $r: ID!) { pathways(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": self.a_id() }),
            "pathways",
            target,
        )
        .await
    }

    /// Runs `field(pathwayId: id)`.
    async fn on_pathway(&self, who: Who, field: &str, id: Uuid) -> Answer {
        self.ask(
            who,
            &format!("mutation($id: ID!) {{ {field}(pathwayId: $id) {{ id }} }}"),
            json!({ "id": id.to_string() }),
            field,
        )
        .await
    }
}

// ---- Cell runners: queries ----------------------------------------------------------------------

fn q_regions(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.list(
            who,
            "query($after: String) { regions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "regions",
            w.a.id,
        )
        .await
    })
}

fn q_region(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "query($id: ID!) { region(id: $id) { id name status area } }",
            json!({ "id": w.a_id() }),
            "region",
        )
        .await
    })
}

async fn list_organisations_of_a(w: &World, who: Who, public: bool) -> Answer {
    let target = w.org_in_a(public).await;
    w.list(
        who,
        "query($after: String, $r: ID!) { organisations(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
        json!({ "r": w.a_id() }),
        "organisations",
        target,
    )
    .await
}

fn q_organisations_private(w: &World, who: Who) -> Cell<'_> {
    Box::pin(list_organisations_of_a(w, who, false))
}

fn q_organisations_public(w: &World, who: Who) -> Cell<'_> {
    Box::pin(list_organisations_of_a(w, who, true))
}

async fn read_organisation(w: &World, who: Who, public: bool) -> Answer {
    let target = w.org_in_a(public).await;
    w.ask(
        who,
        "query($id: ID!) { organisation(id: $id) { id name } }",
        json!({ "id": target.to_string() }),
        "organisation",
    )
    .await
}

fn q_organisation_private(w: &World, who: Who) -> Cell<'_> {
    Box::pin(read_organisation(w, who, false))
}

fn q_organisation_public(w: &World, who: Who) -> Cell<'_> {
    Box::pin(read_organisation(w, who, true))
}

fn q_services_private(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.service_in_a(false).await;
        w.list(
            who,
            "query($after: String, $r: ID!) { services(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": w.a_id() }),
            "services",
            target,
        )
        .await
    })
}

async fn read_service(w: &World, who: Who, public: bool) -> Answer {
    let target = w.service_in_a(public).await;
    w.ask(
        who,
        "query($id: ID!) { service(id: $id) { id name } }",
        json!({ "id": target.to_string() }),
        "service",
    )
    .await
}

fn q_service_private(w: &World, who: Who) -> Cell<'_> {
    Box::pin(read_service(w, who, false))
}

fn q_service_public(w: &World, who: Who) -> Cell<'_> {
    Box::pin(read_service(w, who, true))
}

fn q_pathways_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::Network).await;
        w.list_pathways_of_a(who, target).await
    })
}

fn q_pathways_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::AllMembers).await;
        w.list_pathways_of_a(who, target).await
    })
}

fn q_pathways_public(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::Public).await;
        w.list_pathways_of_a(who, target).await
    })
}

fn q_pathways_draft_member_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(&w.member_a, Visibility::Public, PathwayStatus::Draft)
            .await;
        w.list_pathways_of_a(who, target).await
    })
}

fn q_pathways_draft_coord_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(&w.coordinator_a, Visibility::Network, PathwayStatus::Draft)
            .await;
        w.list_pathways_of_a(who, target).await
    })
}

fn q_pathways_archived(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(
                &w.coordinator_a,
                Visibility::Public,
                PathwayStatus::Archived,
            )
            .await;
        w.list_pathways_of_a(who, target).await
    })
}

fn q_pathway_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::Network).await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::AllMembers).await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_public(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::Public).await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_draft_member_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(&w.member_a, Visibility::Public, PathwayStatus::Draft)
            .await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_draft_coord_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(&w.coordinator_a, Visibility::Network, PathwayStatus::Draft)
            .await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_in_review(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(&w.member_a2, Visibility::Public, PathwayStatus::InReview)
            .await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_archived(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(
                &w.coordinator_a,
                Visibility::Public,
                PathwayStatus::Archived,
            )
            .await;
        w.read_pathway(who, target).await
    })
}

fn q_pathway_random(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move { w.read_pathway(who, Uuid::new_v4()).await })
}

async fn read_open_version(w: &World, who: Who, author: &TestPerson) -> Answer {
    let target = w.proposal(author, Visibility::AllMembers).await;
    w.ask(
        who,
        "query($id: ID!) { pathway(id: $id) { id openVersion { id } } }",
        json!({ "id": target.to_string() }),
        "pathway.openVersion",
    )
    .await
}

fn q_open_version_a2(w: &World, who: Who) -> Cell<'_> {
    Box::pin(read_open_version(w, who, &w.member_a2))
}

fn q_open_version_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(read_open_version(w, who, &w.member_a))
}

fn q_people(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.list(
            who,
            "query($after: String, $r: ID!) { people(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": w.a_id() }),
            "people",
            w.member_a2.id.0,
        )
        .await
    })
}

fn q_people_everyone(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.list(
            who,
            "query($after: String) { people(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "people",
            w.member_a2.id.0,
        )
        .await
    })
}

fn q_region_people(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.list(
            who,
            "query($after: String, $r: ID!) { region(id: $r) { people(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }",
            json!({ "r": w.a_id() }),
            "region.people",
            w.member_a2.id.0,
        )
        .await
    })
}

fn q_person(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "query($id: ID!) { person(id: $id) { id name email } }",
            json!({ "id": w.member_a2.id.to_string() }),
            "person",
        )
        .await
    })
}

/// Searches for pathways titled like the fixtures and looks for `target` among the hits.
async fn search_for(w: &World, who: Who, target: Uuid) -> Answer {
    w.app.wait_until_searchable().await;
    w.list(
        who,
        "query($after: String) { search(query: \"testihoitopolku\", first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
        json!({}),
        "search",
        target,
    )
    .await
}

fn q_search_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::Network).await;
        search_for(w, who, target).await
    })
}

fn q_search_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.published(Visibility::AllMembers).await;
        search_for(w, who, target).await
    })
}

fn q_search_draft_member_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w
            .pathway(&w.member_a, Visibility::Public, PathwayStatus::Draft)
            .await;
        search_for(w, who, target).await
    })
}

fn q_search_status(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "{ searchStatus { pending engine } }",
            json!({}),
            "searchStatus",
        )
        .await
    })
}

fn q_viewer(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(who, "{ viewer { id email } }", json!({}), "viewer")
            .await
    })
}

fn q_audit_events(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        // Region A's creation and its people's roles are recorded, so the list is never empty.
        w.ask(
            who,
            "query($r: ID!) { auditEvents(first: 10, regionId: $r) { edges { node { id action } } } }",
            json!({ "r": w.a_id() }),
            "auditEvents",
        )
        .await
    })
}

fn q_audit_events_all(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        // A fresh change in A, then its event: the newest of A, as the admin reads it.
        w.org_in_a(false).await;
        let newest = w
            .as_admin(
                "query($r: ID!) { auditEvents(first: 1, regionId: $r) { edges { node { id } } } }",
                json!({ "r": w.a_id() }),
            )
            .await;
        let target = id_of(&newest["auditEvents"]["edges"][0]["node"]["id"]);
        w.list(
            who,
            "query($after: String) { auditEvents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "auditEvents",
            target,
        )
        .await
    })
}

// ---- Cell runners: sessions ---------------------------------------------------------------------

const LOGIN: &str =
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";

fn m_login(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let person = w.member_of_a("login").await;
        w.ask(
            who,
            LOGIN,
            json!({ "e": person.email, "p": TEST_PASSWORD }),
            "login",
        )
        .await
    })
}

fn m_refresh_token(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let person = w.member_of_a("refresh").await;
        let session = w.app.login(&person.email, TEST_PASSWORD).await;
        w.ask(
            who,
            "mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }",
            json!({ "t": session.refresh_token }),
            "refreshToken",
        )
        .await
    })
}

fn m_logout_own(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        // A fresh session of the viewer, so the token the other cells use stays valid.
        let token = match w.person(who) {
            Some(me) => Some(w.app.login(&me.email, TEST_PASSWORD).await.access_token),
            None => None,
        };
        gql_outcome(
            &w.app,
            token.as_deref(),
            "mutation { logout }",
            json!({}),
            "logout",
        )
        .await
    })
}

fn m_logout_refresh_token(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let person = w.member_of_a("logout").await;
        let session = w.app.login(&person.email, TEST_PASSWORD).await;
        w.ask(
            who,
            "mutation($t: String) { logout(refreshToken: $t) }",
            json!({ "t": session.refresh_token }),
            "logout",
        )
        .await
    })
}

fn m_change_password(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.as_clone_of(
            who,
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
            json!({ "c": TEST_PASSWORD, "n": "an entirely new passphrase 42" }),
            "changePassword",
        )
        .await
    })
}

fn m_request_password_reset(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let person = w.member_of_a("forgot").await;
        w.ask(
            who,
            "mutation($e: String!) { requestPasswordReset(email: $e) }",
            json!({ "e": person.email }),
            "requestPasswordReset",
        )
        .await
    })
}

/// The token of a new reset link for a throwaway member of A.
async fn reset_token(w: &World, label: &str) -> String {
    let person = w.member_of_a(label).await;
    let email = Email::parse("email", &person.email).unwrap();
    w.app
        .store
        .request_password_reset(&email)
        .await
        .unwrap()
        .expect("a link for the throwaway")
        .token
}

fn m_reset_password(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let token = reset_token(w, "reset").await;
        w.ask(
            who,
            "mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) { accessToken } }",
            json!({ "t": token, "n": "an entirely new passphrase 42" }),
            "resetPassword",
        )
        .await
    })
}

fn q_password_reset_link(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let token = reset_token(w, "link").await;
        w.ask(
            who,
            "query($t: String!) { passwordResetLink(token: $t) }",
            json!({ "t": token }),
            "passwordResetLink",
        )
        .await
    })
}

fn q_my_mail_notifications(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "{ myMailNotifications { kind enabled } }",
            json!({}),
            "myMailNotifications",
        )
        .await
    })
}

fn m_set_mail_notification(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.as_clone_of(
            who,
            "mutation { setMailNotification(kind: FEEDBACK_REPLIED, enabled: false) { kind enabled } }",
            json!({}),
            "setMailNotification",
        )
        .await
    })
}

fn m_unsubscribe(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let person = w.member_of_a("unsubscribe").await;
        let token = w
            .app
            .unsubscribe_token(person.id, NotificationMail::ProposalDecided);
        w.ask(
            who,
            "mutation($t: String!) { unsubscribe(token: $t) { kind enabled } }",
            json!({ "t": token }),
            "unsubscribe",
        )
        .await
    })
}

// ---- Cell runners: regions ----------------------------------------------------------------------

fn m_create_region(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "mutation($i: RegionInput!) { createRegion(input: $i) { id } }",
            json!({ "i": { "name": { "fi": w.name("Uusi alue") }, "country": "FI" } }),
            "createRegion",
        )
        .await
    })
}

fn m_update_region(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        // The same values A already has, so the cells leave A as it was.
        w.ask(
            who,
            "mutation($id: ID!, $i: RegionInput!) { updateRegion(id: $id, input: $i) { id } }",
            json!({ "id": w.a_id(), "i": {
                "slug": w.a.slug, "name": { "fi": "Alue A" }, "country": "FI", "area": ["Alue A kunta"] } }),
            "updateRegion",
        )
        .await
    })
}

fn m_activate_region(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let region = w.region_like_a(true).await;
        w.ask(
            who,
            "mutation($id: ID!) { activateRegion(id: $id) { id status } }",
            json!({ "id": region.to_string() }),
            "activateRegion",
        )
        .await
    })
}

fn m_archive_region(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let region = w.region_like_a(false).await;
        w.ask(
            who,
            "mutation($id: ID!) { archiveRegion(id: $id) { id status } }",
            json!({ "id": region.to_string() }),
            "archiveRegion",
        )
        .await
    })
}

// ---- Cell runners: organisations and memberships ------------------------------------------------

const CREATE_ORGANISATION: &str = "mutation($i: OrganisationInput!, $r: ID) { createOrganisation(input: $i, regionId: $r) { id } }";

fn m_create_organisation_in_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            CREATE_ORGANISATION,
            json!({ "i": { "name": w.name("Uusi järjestö"), "kind": "NGO" }, "r": w.a_id() }),
            "createOrganisation",
        )
        .await
    })
}

fn m_create_organisation_bare(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            CREATE_ORGANISATION,
            json!({ "i": { "name": w.name("Irrallinen järjestö"), "kind": "NGO" } }),
            "createOrganisation",
        )
        .await
    })
}

fn m_update_organisation(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let organisation = w.org_in_a(false).await;
        w.ask(
            who,
            "mutation($id: ID!, $i: OrganisationInput!) { updateOrganisation(id: $id, input: $i) { id } }",
            json!({ "id": organisation.to_string(), "i": { "name": w.name("Muutettu järjestö"), "kind": "NGO" } }),
            "updateOrganisation",
        )
        .await
    })
}

fn m_add_membership(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let organisation = OrganisationBuilder::new(&w.name("B:n järjestö"))
            .member_of(&w.b)
            .insert(&w.app)
            .await;
        w.ask(
            who,
            "mutation($r: ID!, $o: ID!) { addMembership(regionId: $r, organisationId: $o) { id } }",
            json!({ "r": w.a_id(), "o": organisation.id.to_string() }),
            "addMembership",
        )
        .await
    })
}

async fn set_membership_status(w: &World, who: Who, from: MembershipStatus, to: &str) -> Answer {
    let membership = w.membership_in_a(from).await;
    w.ask(
        who,
        "mutation($id: ID!, $s: MembershipStatus!) { setMembershipStatus(id: $id, status: $s) { id } }",
        json!({ "id": membership.to_string(), "s": to }),
        "setMembershipStatus",
    )
    .await
}

fn m_set_membership_left(w: &World, who: Who) -> Cell<'_> {
    Box::pin(set_membership_status(
        w,
        who,
        MembershipStatus::Active,
        "LEFT",
    ))
}

fn m_approve_membership(w: &World, who: Who) -> Cell<'_> {
    Box::pin(set_membership_status(
        w,
        who,
        MembershipStatus::Requested,
        "ACTIVE",
    ))
}

fn m_set_membership_contacts(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let membership = w.membership_in_a(MembershipStatus::Active).await;
        w.ask(
            who,
            "mutation($id: ID!, $p: [ID!]!) { setMembershipContacts(id: $id, personIds: $p) { id } }",
            json!({ "id": membership.to_string(), "p": [w.member_a2.id.to_string()] }),
            "setMembershipContacts",
        )
        .await
    })
}

// ---- Cell runners: people and roles -------------------------------------------------------------

const CREATE_PERSON: &str = "mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }";

fn m_create_person_in_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            CREATE_PERSON,
            json!({ "i": { "email": w.email("new"), "name": "Uusi Henkilö",
                "regionId": w.a_id(), "role": "MEMBER" } }),
            "createPerson",
        )
        .await
    })
}

fn m_create_person_bare(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            CREATE_PERSON,
            json!({ "i": { "email": w.email("bare"), "name": "Irrallinen Henkilö" } }),
            "createPerson",
        )
        .await
    })
}

const UPDATE_PERSON: &str =
    "mutation($id: ID!, $i: UpdatePersonInput!) { updatePerson(id: $id, input: $i) { id } }";

fn m_update_person_other(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            UPDATE_PERSON,
            json!({ "id": w.member_a2.id.to_string(), "i": { "name": "member a2", "language": "FI" } }),
            "updatePerson",
        )
        .await
    })
}

fn m_update_person_self(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        // Anonymous has no self; it tries member A2.
        let target = w.person(who).unwrap_or(&w.member_a2);
        w.ask(
            who,
            UPDATE_PERSON,
            json!({ "id": target.id.to_string(), "i": { "name": "Itse Muokattu", "language": "FI" } }),
            "updatePerson",
        )
        .await
    })
}

fn m_set_person_disabled(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.member_of_a("disable").await;
        w.ask(
            who,
            "mutation($id: ID!) { setPersonDisabled(id: $id, disabled: true) { id } }",
            json!({ "id": target.id.to_string() }),
            "setPersonDisabled",
        )
        .await
    })
}

fn m_set_role(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.member_of_a("promote").await;
        w.ask(
            who,
            "mutation($p: ID!, $r: ID!) { setRole(personId: $p, regionId: $r, role: COORDINATOR) { id } }",
            json!({ "p": target.id.to_string(), "r": w.a_id() }),
            "setRole",
        )
        .await
    })
}

fn m_remove_role(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.member_of_a("remove").await;
        w.ask(
            who,
            "mutation($p: ID!, $r: ID!) { removeRole(personId: $p, regionId: $r) { id } }",
            json!({ "p": target.id.to_string(), "r": w.a_id() }),
            "removeRole",
        )
        .await
    })
}

// ---- Cell runners: services ---------------------------------------------------------------------

fn m_create_service(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let organisation = w.org_in_a(false).await;
        w.ask(
            who,
            "mutation($o: ID!, $i: ServiceInput!) { createService(organisationId: $o, input: $i) { id } }",
            json!({ "o": organisation.to_string(), "i": { "name": w.name("Uusi palvelu"), "kind": "CHAT" } }),
            "createService",
        )
        .await
    })
}

fn m_update_service(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let service = w.service_in_a(false).await;
        w.ask(
            who,
            "mutation($id: ID!, $i: ServiceInput!) { updateService(id: $id, input: $i) { id } }",
            json!({ "id": service.to_string(), "i": { "name": w.name("Muutettu palvelu"), "kind": "CHAT" } }),
            "updateService",
        )
        .await
    })
}

fn m_mark_service_checked(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let service = w.service_in_a(false).await;
        w.ask(
            who,
            "mutation($id: ID!) { markServiceChecked(id: $id) { id } }",
            json!({ "id": service.to_string() }),
            "markServiceChecked",
        )
        .await
    })
}

// ---- Cell runners: pathways ---------------------------------------------------------------------

const CREATE_PATHWAY: &str =
    "mutation($i: CreatePathwayInput!) { createPathway(input: $i) { id } }";

fn m_create_pathway_in_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            CREATE_PATHWAY,
            json!({ "i": { "regionId": w.a_id(), "content": { "title": w.name("Uusi polku"), "language": "FI" } } }),
            "createPathway",
        )
        .await
    })
}

fn m_create_pathway_national(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            CREATE_PATHWAY,
            json!({ "i": { "content": { "title": w.name("Kansallinen polku"), "language": "FI" } } }),
            "createPathway",
        )
        .await
    })
}

async fn update_draft(w: &World, who: Who, pathway: Uuid) -> Answer {
    w.ask(
        who,
        "mutation($id: ID!, $c: PathwayContentInput!) { updatePathwayDraft(pathwayId: $id, content: $c) { id } }",
        json!({ "id": pathway.to_string(), "c": { "title": "Muokattu luonnos", "language": "FI" } }),
        "updatePathwayDraft",
    )
    .await
}

fn m_update_draft_member_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a, Visibility::Network, PathwayStatus::Draft)
            .await;
        update_draft(w, who, pathway).await
    })
}

fn m_update_draft_member_a2(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a2, Visibility::Network, PathwayStatus::Draft)
            .await;
        update_draft(w, who, pathway).await
    })
}

fn m_update_proposal_a2(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.proposal(&w.member_a2, Visibility::AllMembers).await;
        update_draft(w, who, pathway).await
    })
}

fn m_start_draft_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        w.on_pathway(who, "startPathwayDraft", pathway).await
    })
}

fn m_start_draft_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::AllMembers).await;
        w.on_pathway(who, "startPathwayDraft", pathway).await
    })
}

fn m_restore_version(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        w.ask(
            who,
            "mutation($id: ID!) { restorePathwayVersion(pathwayId: $id, number: 1) { id } }",
            json!({ "id": pathway.to_string() }),
            "restorePathwayVersion",
        )
        .await
    })
}

fn m_submit(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a, Visibility::Network, PathwayStatus::Draft)
            .await;
        w.on_pathway(who, "submitPathway", pathway).await
    })
}

fn m_return_to_draft(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a, Visibility::Network, PathwayStatus::InReview)
            .await;
        w.on_pathway(who, "returnPathwayToDraft", pathway).await
    })
}

fn m_discard_draft(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.proposal(&w.member_a, Visibility::Network).await;
        w.on_pathway(who, "discardPathwayDraft", pathway).await
    })
}

fn m_delete_unpublished_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a, Visibility::Network, PathwayStatus::Draft)
            .await;
        delete_pathway(w, who, pathway).await
    })
}

fn m_delete_unpublished_a2(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a2, Visibility::Network, PathwayStatus::Draft)
            .await;
        delete_pathway(w, who, pathway).await
    })
}

async fn delete_pathway(w: &World, who: Who, pathway: Uuid) -> Answer {
    w.ask(
        who,
        "mutation($id: ID!) { deletePathway(pathwayId: $id) }",
        json!({ "id": pathway.to_string() }),
        "deletePathway",
    )
    .await
}

fn m_publish(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w
            .pathway(&w.member_a, Visibility::Network, PathwayStatus::InReview)
            .await;
        w.on_pathway(who, "publishPathway", pathway).await
    })
}

fn m_publish_random(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move { w.on_pathway(who, "publishPathway", Uuid::new_v4()).await })
}

fn m_publish_hidden_like_random(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let hidden = w
            .pathway(&w.member_a2, Visibility::Network, PathwayStatus::InReview)
            .await;
        let query = "mutation($id: ID!) { publishPathway(pathwayId: $id) { id } }";
        let token = w.token(who);
        let on_hidden = w
            .app
            .gql(token, query, json!({ "id": hidden.to_string() }))
            .await;
        let on_random = w
            .app
            .gql(token, query, json!({ "id": Uuid::new_v4().to_string() }))
            .await;
        if on_hidden.body.get("errors").is_some() && on_hidden.body != on_random.body {
            return Answer::new(
                Outcome::Odd,
                format!(
                    "hidden answered {} but a random id {}",
                    on_hidden.body, on_random.body
                ),
            );
        }
        classify(&on_hidden, "publishPathway")
    })
}

fn m_archive_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        w.on_pathway(who, "archivePathway", pathway).await
    })
}

fn m_archive_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::AllMembers).await;
        w.on_pathway(who, "archivePathway", pathway).await
    })
}

fn m_set_settings(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        w.ask(
            who,
            "mutation($id: ID!) { setPathwaySettings(pathwayId: $id, visibility: NETWORK, reviewDue: \"2030-01-01\") { id } }",
            json!({ "id": pathway.to_string() }),
            "setPathwaySettings",
        )
        .await
    })
}

// ---- Growing the network ----------------------------------------------------------------------

const INVITE: &str = "mutation($r: ID!, $i: InvitationInput!) { invitePerson(regionId: $r, input: $i) { link invitation { id } } }";

impl World {
    /// A fresh pending invitation into A (issued by the admin): its id and its token.
    async fn invitation_in_a(&self) -> (String, String) {
        let data = self
            .as_admin(
                INVITE,
                json!({ "r": self.a_id(), "i": { "email": self.email("kutsuttu"), "name": "Kutsuttu" } }),
            )
            .await;
        let issued = &data["invitePerson"];
        let link = issued["link"]
            .as_str()
            .expect("the embedded mode shows the link");
        (
            issued["invitation"]["id"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            link.rsplit('/').next().unwrap_or_default().to_owned(),
        )
    }

    /// A fresh person outside every region asking to join A: the request's id.
    async fn join_request_in_a(&self) -> String {
        let asker = PersonBuilder::new(&self.email("hakija"))
            .insert(&self.app)
            .await;
        let organisation = self.org_in_a(false).await;
        let token = self.app.token(&asker).await;
        let answer = self
            .app
            .gql(
                Some(&token),
                "mutation($r: ID!, $o: ID!) { requestToJoin(regionId: $r, organisationId: $o) { id } }",
                json!({ "r": self.a_id(), "o": organisation.to_string() }),
            )
            .await;
        answer.data()["requestToJoin"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

fn q_invitations(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let (id, _) = w.invitation_in_a().await;
        w.list(
            who,
            "query($after: String, $r: ID!) { invitations(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": w.a_id() }),
            "invitations",
            id.parse().unwrap_or_default(),
        )
        .await
    })
}

fn q_invitation_preview(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let (_, token) = w.invitation_in_a().await;
        w.ask(
            who,
            "query($t: String!) { invitation(token: $t) { email status region { id } } }",
            json!({ "t": token }),
            "invitation",
        )
        .await
    })
}

fn q_join_requests(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let id = w.join_request_in_a().await;
        w.list(
            who,
            "query($after: String, $r: ID!) { joinRequests(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": w.a_id() }),
            "joinRequests",
            id.parse().unwrap_or_default(),
        )
        .await
    })
}

fn q_my_join_requests(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let region = RegionBuilder::new(&w.name("Alue D")).insert(&w.app).await;
        let organisation = OrganisationBuilder::new(&w.name("Hakijan järjestö"))
            .insert(&w.app)
            .await;
        let asked = w
            .app
            .gql(
                w.token(who),
                "mutation($r: ID!, $o: ID!) { requestToJoin(regionId: $r, organisationId: $o) { id } }",
                json!({ "r": region.id.to_string(), "o": organisation.id.to_string() }),
            )
            .await;
        let target = asked.body["data"]["requestToJoin"]["id"]
            .as_str()
            .and_then(|id| id.parse().ok())
            .unwrap_or_default();
        w.list(
            who,
            "query($after: String) { myJoinRequests(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "myJoinRequests",
            target,
        )
        .await
    })
}

fn q_onboarding(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "query($r: ID!) { region(id: $r) { onboarding { done total missingKinds } } }",
            json!({ "r": w.a_id() }),
            "region.onboarding",
        )
        .await
    })
}

fn q_people_coordinators_only(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let region = w.region_like_a(false).await;
        w.as_admin(
            "mutation($id: ID!) { setMemberListVisibility(id: $id, visibility: COORDINATORS) { id } }",
            json!({ "id": region.to_string() }),
        )
        .await;
        w.list(
            who,
            "query($after: String, $r: ID!) { people(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": region.to_string() }),
            "people",
            w.member_a.id.0,
        )
        .await
    })
}

fn m_open_region(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "mutation($r: RegionInput!, $c: InvitationInput!) { openRegion(region: $r, coordinator: $c) { region { id } } }",
            json!({ "r": { "name": { "fi": w.name("Avattu alue") }, "country": "FI" },
                "c": { "email": w.email("ensimmainen"), "name": "Ensimmäinen Koordinaattori" } }),
            "openRegion",
        )
        .await
    })
}

fn m_invite_person(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            INVITE,
            json!({ "r": w.a_id(), "i": { "email": w.email("uusi"), "name": "Uusi" } }),
            "invitePerson",
        )
        .await
    })
}

fn m_import_invitations(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "mutation($r: ID!, $csv: String!) { importInvitations(regionId: $r, csv: $csv) { invited } }",
            json!({ "r": w.a_id(), "csv": format!("email,name\n{},Tuotu\n", w.email("tuotu")) }),
            "importInvitations",
        )
        .await
    })
}

fn m_resend_invitation(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let (id, _) = w.invitation_in_a().await;
        w.ask(
            who,
            "mutation($id: ID!) { resendInvitation(id: $id) { invitation { id } } }",
            json!({ "id": id }),
            "resendInvitation",
        )
        .await
    })
}

fn m_revoke_invitation(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let (id, _) = w.invitation_in_a().await;
        w.ask(
            who,
            "mutation($id: ID!) { revokeInvitation(id: $id) { id } }",
            json!({ "id": id }),
            "revokeInvitation",
        )
        .await
    })
}

fn m_accept_invitation(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let (_, token) = w.invitation_in_a().await;
        w.ask(
            who,
            "mutation($t: String!) { acceptInvitation(token: $t, password: \"uuden jäsenen salasana\") { accessToken } }",
            json!({ "t": token }),
            "acceptInvitation",
        )
        .await
    })
}

fn m_request_to_join(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let organisation = w.org_in_a(false).await;
        w.ask(
            who,
            "mutation($r: ID!, $o: ID!) { requestToJoin(regionId: $r, organisationId: $o) { id } }",
            json!({ "r": w.a_id(), "o": organisation.to_string() }),
            "requestToJoin",
        )
        .await
    })
}

fn m_approve_join_request(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let id = w.join_request_in_a().await;
        w.ask(
            who,
            "mutation($id: ID!) { approveJoinRequest(id: $id) { id } }",
            json!({ "id": id }),
            "approveJoinRequest",
        )
        .await
    })
}

fn m_decline_join_request(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let id = w.join_request_in_a().await;
        w.ask(
            who,
            "mutation($id: ID!) { declineJoinRequest(id: $id, reason: \"Ei tällä kertaa\") { id } }",
            json!({ "id": id }),
            "declineJoinRequest",
        )
        .await
    })
}

fn m_set_member_list_visibility(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            "mutation($id: ID!) { setMemberListVisibility(id: $id, visibility: ALL_MEMBERS) { id } }",
            json!({ "id": w.a_id() }),
            "setMemberListVisibility",
        )
        .await
    })
}

// ---- Meetings, trainings and info sessions ------------------------------------------------------

impl World {
    /// A fresh event of A for `audience`, starting `days` from now (negative: in the past).
    async fn event_in_a(&self, audience: Visibility, days: i64) -> Uuid {
        let starts_at = chrono::Utc::now() + chrono::Duration::days(days);
        self.app
            .store
            .create_event(
                self.coordinator_a.id,
                RegionId(self.a.id),
                verkosto_store::event::EventFields {
                    kind: verkosto_domain::EventKind::NetworkMeeting,
                    title: self.name("Verkostokokous"),
                    agenda: String::new(),
                    starts_at,
                    ends_at: starts_at + chrono::Duration::hours(2),
                    place: Some("Kaupungintalo".to_owned()),
                    online_url: None,
                    capacity: None,
                    audience,
                },
            )
            .await
            .expect("create an event")
            .id
    }

    /// A past NETWORK event of A, marked held.
    async fn held_event_in_a(&self) -> Uuid {
        let id = self.event_in_a(Visibility::Network, -1).await;
        self.app
            .store
            .set_event_status(
                self.coordinator_a.id,
                verkosto_domain::EventId(id),
                verkosto_domain::EventStatus::Held,
                None,
            )
            .await
            .expect("mark the event held");
        id
    }

    /// Registers `who` for `event` where they may (a no-op for those who may not).
    async fn register(&self, who: Who, event: Uuid) {
        self.app
            .gql(
                self.token(who),
                "mutation($id: ID!) { registerForEvent(id: $id) { id } }",
                json!({ "id": event.to_string() }),
            )
            .await;
    }
}

const EVENTS: &str = "query($after: String, $r: ID!) { events(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }";
const EVENT_INPUT: &str = "{ kind: NETWORK_MEETING, title: \"Kokous\", startsAt: \"2027-06-01T10:00\", endsAt: \"2027-06-01T12:00\", place: \"Kaupungintalo\" }";

fn q_events_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, 10).await;
        w.list(who, EVENTS, json!({ "r": w.a_id() }), "events", target)
            .await
    })
}

fn q_events_public(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Public, 10).await;
        w.list(who, EVENTS, json!({ "r": w.a_id() }), "events", target)
            .await
    })
}

fn q_event_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, 10).await;
        w.ask(
            who,
            "query($id: ID!) { event(id: $id) { id title } }",
            json!({ "id": target.to_string() }),
            "event",
        )
        .await
    })
}

fn q_my_events(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Public, 10).await;
        w.register(who, target).await;
        w.ask(who, "{ myEvents { id } }", json!({}), "myEvents")
            .await
    })
}

fn q_open_action_items(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let event = w.held_event_in_a().await;
        w.app
            .store
            .add_action_item(
                w.coordinator_a.id,
                verkosto_domain::EventId(event),
                verkosto_store::event::ActionItemFields {
                    title: w.name("Tehtävä"),
                    responsible_person: None,
                    responsible_organisation: None,
                    pathway: None,
                    due_on: None,
                },
            )
            .await
            .expect("add an action item");
        w.ask(
            who,
            "query($r: ID!) { openActionItems(regionId: $r) { id } }",
            json!({ "r": w.a_id() }),
            "openActionItems",
        )
        .await
    })
}

fn m_create_event(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        w.ask(
            who,
            &format!(
                "mutation($r: ID!) {{ createEvent(regionId: $r, input: {EVENT_INPUT}) {{ id }} }}"
            ),
            json!({ "r": w.a_id() }),
            "createEvent",
        )
        .await
    })
}

fn m_update_event(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, 10).await;
        w.ask(
            who,
            &format!(
                "mutation($id: ID!) {{ updateEvent(id: $id, input: {EVENT_INPUT}) {{ id }} }}"
            ),
            json!({ "id": target.to_string() }),
            "updateEvent",
        )
        .await
    })
}

fn m_cancel_event(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, 10).await;
        w.ask(
            who,
            "mutation($id: ID!) { cancelEvent(id: $id) { id } }",
            json!({ "id": target.to_string() }),
            "cancelEvent",
        )
        .await
    })
}

fn m_mark_event_held(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, -1).await;
        w.ask(
            who,
            "mutation($id: ID!) { markEventHeld(id: $id) { id } }",
            json!({ "id": target.to_string() }),
            "markEventHeld",
        )
        .await
    })
}

fn m_set_event_minutes(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.held_event_in_a().await;
        w.ask(
            who,
            "mutation($id: ID!) { setEventMinutes(id: $id, minutes: \"Pöytäkirja\") { id } }",
            json!({ "id": target.to_string() }),
            "setEventMinutes",
        )
        .await
    })
}

fn m_register_for_event(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, 10).await;
        w.ask(
            who,
            "mutation($id: ID!) { registerForEvent(id: $id) { id } }",
            json!({ "id": target.to_string() }),
            "registerForEvent",
        )
        .await
    })
}

fn m_register_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::AllMembers, 10).await;
        w.ask(
            who,
            "mutation($id: ID!) { registerForEvent(id: $id) { id } }",
            json!({ "id": target.to_string() }),
            "registerForEvent",
        )
        .await
    })
}

fn m_cancel_registration(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.event_in_a(Visibility::Network, 10).await;
        w.register(who, target).await;
        w.ask(
            who,
            "mutation($id: ID!) { cancelEventRegistration(id: $id) { id } }",
            json!({ "id": target.to_string() }),
            "cancelEventRegistration",
        )
        .await
    })
}

fn m_add_action_item(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let target = w.held_event_in_a().await;
        w.ask(
            who,
            "mutation($e: ID!) { addActionItem(eventId: $e, input: { title: \"Tehtävä\" }) { id } }",
            json!({ "e": target.to_string() }),
            "addActionItem",
        )
        .await
    })
}

fn m_set_action_item_done(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let event = w.held_event_in_a().await;
        let item = w
            .app
            .store
            .add_action_item(
                w.coordinator_a.id,
                verkosto_domain::EventId(event),
                verkosto_store::event::ActionItemFields {
                    title: w.name("Tehtävä"),
                    responsible_person: None,
                    responsible_organisation: None,
                    pathway: None,
                    due_on: None,
                },
            )
            .await
            .expect("add an action item");
        w.ask(
            who,
            "mutation($id: ID!) { setActionItemDone(id: $id, done: true) { id } }",
            json!({ "id": item.id.to_string() }),
            "setActionItemDone",
        )
        .await
    })
}

// ---- Cell runners: pathways as shared work ------------------------------------------------------

impl World {
    /// A published national pathway (readable by everyone with a role).
    async fn national(&self) -> PathwayId {
        PathwayBuilder::new(None, &self.admin)
            .title(&self.name("Kansallinen polku"))
            .published()
            .insert(&self.app)
            .await
            .id
    }

    /// Feedback by `sender` on the pathway `pathway`, through the store.
    async fn feedback(&self, sender: &TestPerson, pathway: Uuid) -> Uuid {
        let model = self
            .app
            .store
            .get_pathway(PathwayId(pathway))
            .await
            .expect("load the pathway")
            .expect("the pathway");
        self.app
            .store
            .send_feedback(sender.id, &model, self.name("Palaute"), false)
            .await
            .expect("send feedback")
            .id
    }

    /// The newest audit event `action` on `entity`.
    async fn event(&self, action: &str, entity: Uuid) -> Uuid {
        self.app
            .store
            .list_audit_events(&AuditScope::All, None, None, 50)
            .await
            .expect("list audit events")
            .into_iter()
            .find(|e| e.action == action && e.entity_id == entity)
            .expect("the audit event")
            .id
    }

    async fn list_recent_changes(&self, who: Who, region: Option<Uuid>, target: Uuid) -> Answer {
        self.list(
            who,
            "query($after: String, $r: ID) { recentChanges(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": region.map(|r| r.to_string()) }),
            "recentChanges",
            target,
        )
        .await
    }
}

fn m_create_variant(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let base = w.national().await;
        w.ask(
            who,
            "mutation($p: ID!, $r: ID!) { createPathwayVariant(pathwayId: $p, regionId: $r) { id } }",
            json!({ "p": base.to_string(), "r": w.a_id() }),
            "createPathwayVariant",
        )
        .await
    })
}

fn m_take_base_update(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let store = &w.app.store;
        let base = w.national().await;
        let variant = store
            .create_variant(
                w.coordinator_a.id,
                base,
                RegionId(w.a.id),
                Visibility::Network,
            )
            .await
            .expect("create a variant");
        let variant = PathwayId(variant.id);
        store
            .publish_pathway(w.coordinator_a.id, variant)
            .await
            .expect("publish the variant");
        store
            .start_draft(w.admin.id, base, None)
            .await
            .expect("start a national draft");
        store
            .publish_pathway(w.admin.id, base)
            .await
            .expect("publish national version 2");
        w.on_pathway(who, "takePathwayBaseUpdate", variant.0).await
    })
}

async fn send_feedback(w: &World, who: Who, pathway: Uuid) -> Answer {
    w.ask(
        who,
        "mutation($p: ID!) { sendPathwayFeedback(pathwayId: $p, input: { message: \"Vaihe 2 on vanhentunut.\" }) { id } }",
        json!({ "p": pathway.to_string() }),
        "sendPathwayFeedback",
    )
    .await
}

fn m_send_feedback_network(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        send_feedback(w, who, pathway).await
    })
}

fn m_send_feedback_all_members(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::AllMembers).await;
        send_feedback(w, who, pathway).await
    })
}

/// Feedback by member A on a published NETWORK pathway of A.
async fn member_a_feedback(w: &World) -> Uuid {
    let pathway = w.published(Visibility::Network).await;
    w.feedback(&w.member_a, pathway).await
}

fn q_feedback(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let feedback = member_a_feedback(w).await;
        w.ask(
            who,
            "query($id: ID!) { pathwayFeedback(id: $id) { id message } }",
            json!({ "id": feedback.to_string() }),
            "pathwayFeedback",
        )
        .await
    })
}

fn q_feedback_queue(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let feedback = member_a_feedback(w).await;
        w.list(
            who,
            "query($after: String, $r: ID!) { pathwayFeedbackQueue(first: 100, after: $after, regionId: $r) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": w.a_id() }),
            "pathwayFeedbackQueue",
            feedback,
        )
        .await
    })
}

fn q_feedback_queue_national(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let national = w.national().await;
        let feedback = w.feedback(&w.member_b, national.0).await;
        w.list(
            who,
            "query($after: String) { pathwayFeedbackQueue(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "pathwayFeedbackQueue",
            feedback,
        )
        .await
    })
}

fn q_my_feedback(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        // Each viewer sends feedback on a PUBLIC pathway first; anonymous asks for nobody's.
        let pathway = w.published(Visibility::Public).await;
        let sender = w.person(who).unwrap_or(&w.member_a2);
        let feedback = w.feedback(sender, pathway).await;
        w.list(
            who,
            "query($after: String) { myPathwayFeedback(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "myPathwayFeedback",
            feedback,
        )
        .await
    })
}

fn m_set_feedback_status(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let feedback = member_a_feedback(w).await;
        w.ask(
            who,
            "mutation($id: ID!) { setPathwayFeedbackStatus(id: $id, status: IN_PROGRESS) { id } }",
            json!({ "id": feedback.to_string() }),
            "setPathwayFeedbackStatus",
        )
        .await
    })
}

fn m_reply_feedback(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let feedback = member_a_feedback(w).await;
        w.ask(
            who,
            "mutation($id: ID!) { replyToPathwayFeedback(id: $id, reply: \"Kiitos, korjattu.\") { id } }",
            json!({ "id": feedback.to_string() }),
            "replyToPathwayFeedback",
        )
        .await
    })
}

fn q_due_for_review(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        let settings = PathwaySettings {
            visibility: Visibility::Network,
            review_due: "2020-01-01".parse().ok(),
        };
        w.app
            .store
            .set_pathway_settings(w.coordinator_a.id, PathwayId(pathway), settings)
            .await
            .expect("set a past review date");
        w.list(
            who,
            "query($after: String, $r: ID!) { pathwaysDueForReview(first: 100, after: $after, regionId: $r, withinDays: 0) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({ "r": w.a_id() }),
            "pathwaysDueForReview",
            pathway,
        )
        .await
    })
}

fn q_due_for_review_national(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let national = w.national().await;
        let settings = PathwaySettings {
            visibility: Visibility::Network,
            review_due: "2020-01-01".parse().ok(),
        };
        w.app
            .store
            .set_pathway_settings(w.admin.id, national, settings)
            .await
            .expect("set a past review date");
        w.list(
            who,
            "query($after: String) { pathwaysDueForReview(first: 100, after: $after, withinDays: 0) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
            json!({}),
            "pathwaysDueForReview",
            national.0,
        )
        .await
    })
}

fn m_mark_reviewed(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        w.ask(
            who,
            "mutation($id: ID!) { markPathwayReviewed(pathwayId: $id, nextReviewDue: \"2099-01-01\") { id } }",
            json!({ "id": pathway.to_string() }),
            "markPathwayReviewed",
        )
        .await
    })
}

fn q_recent_changes_a(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        let event = w.event("pathway.publish", pathway).await;
        w.list_recent_changes(who, Some(w.a.id), event).await
    })
}

fn q_recent_changes_all(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let pathway = w.published(Visibility::Network).await;
        let event = w.event("pathway.publish", pathway).await;
        w.list_recent_changes(who, None, event).await
    })
}

fn q_recent_changes_variant(w: &World, who: Who) -> Cell<'_> {
    Box::pin(async move {
        let base = w.national().await;
        let variant = w
            .app
            .store
            .create_variant(
                w.coordinator_a.id,
                base,
                RegionId(w.a.id),
                Visibility::Network,
            )
            .await
            .expect("create a variant");
        let event = w.event("pathway.create_variant", variant.id).await;
        w.list_recent_changes(who, Some(w.a.id), event).await
    })
}
