//! The refresh token as a browser cookie, so that every tab of a browser shares one session and
//! no script can read the token.
//!
//! Each mutation that hands out tokens also sets the cookie `HttpOnly` and `SameSite=Strict`,
//! scoped to `/graphql`, without an expiry (closing the browser ends the session). `refreshToken`
//! and `logout` called without a token use the cookie the request carries; `logout` and a
//! refused cookie clear it. The JSON fields stay for clients that are not browsers.

use async_graphql::Context;
use cookie::{Cookie, SameSite};

/// The cookie's name.
pub const NAME: &str = "verkosto_refresh";

/// The path the browser sends the cookie to (the API, not the pages).
const PATH: &str = "/graphql";

/// What a web request knows about the cookie: the token it carries and how to set the next one.
/// Requests that do not come over HTTP (the demo seed) have none, and set no cookie.
#[derive(Debug, Clone, Default)]
pub struct RefreshCookie {
    /// The refresh token in the request's `Cookie` header.
    pub sent: Option<String>,
    /// Whether to mark the cookie `Secure` (Verkosto is served over HTTPS).
    pub secure: bool,
}

impl RefreshCookie {
    /// The cookie of a request whose `Cookie` header is `header`.
    pub fn from_header(header: Option<&str>, secure: bool) -> Self {
        let sent = header.and_then(|header| {
            Cookie::split_parse(header)
                .filter_map(Result::ok)
                .find(|cookie| cookie.name() == NAME && !cookie.value().is_empty())
                .map(|cookie| cookie.value().to_owned())
        });
        Self { sent, secure }
    }
}

/// The token the request's cookie carries, if any.
pub(crate) fn sent(ctx: &Context<'_>) -> Option<String> {
    ctx.data_opt::<RefreshCookie>()
        .and_then(|cookie| cookie.sent.clone())
}

/// Sets the cookie to `token` in the response.
pub(crate) fn set(ctx: &Context<'_>, token: &str) {
    write(ctx, token, false);
}

/// Clears the cookie in the response.
pub(crate) fn clear(ctx: &Context<'_>) {
    write(ctx, "", true);
}

fn write(ctx: &Context<'_>, value: &str, removal: bool) {
    let Some(cookie) = ctx.data_opt::<RefreshCookie>() else {
        return;
    };
    let mut builder = Cookie::build((NAME, value.to_owned()))
        .path(PATH)
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(cookie.secure);
    if removal {
        builder = builder.removal();
    }
    ctx.insert_http_header("set-cookie", builder.build().to_string());
}
