//! What a browser may do with the server's responses. Every response: no content sniffing, no
//! `Referer` sent on (an invitation or unsubscribe address carries its token), no framing by
//! another site, and HTTPS only once the public address is `https://`. The web app's pages add
//! a content security policy that lets them load and contact nothing but this server.

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

/// The web app's policy: its own scripts, styles, images (and `data:` ones from its stylesheet),
/// requests to its own API, nothing inline, no plug-ins, and no page of another site around it.
pub const WEB_APP_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// Any other response may not be shown inside another site's page either (GraphiQL loads its
/// scripts from a CDN, so it gets no stricter policy).
const NO_FRAMING: &str = "frame-ancestors 'none'";

/// A year of HTTPS only, once the browser has reached the server over HTTPS.
const HTTPS_ONLY: &str = "max-age=31536000";

/// Sets the headers of every response, leaving those a route set itself.
pub fn every_response(headers: &mut HeaderMap, https: bool) {
    let mut set = |name: HeaderName, value: &'static str| {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    };
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    set(header::CONTENT_SECURITY_POLICY, NO_FRAMING);
    if https {
        set(header::STRICT_TRANSPORT_SECURITY, HTTPS_ONLY);
    }
}

/// Sets the web app's policy, and keeps its pages in a browsing context group of their own: a
/// page of another site that it opens (a service's website) cannot reach back into it.
pub fn web_app(headers: &mut HeaderMap) {
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(WEB_APP_POLICY),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
}
