//! `AuthPayload`: the tokens handed out by `login` and `refreshToken`.

use async_graphql::SimpleObject;

use super::Person;

/// A signed-in session's tokens.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Short-lived JWT for the `Authorization: Bearer` header.
    pub access_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Single-use token to get the next pair from `refreshToken`; a browser gets it as an
    /// `HttpOnly` cookie as well, and need not read it here.
    pub refresh_token: String,
    /// The person signed in.
    pub viewer: Person,
}
