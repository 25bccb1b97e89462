//! What resolvers take from the GraphQL context: the viewer, the store, loaders, the token issuer.

use std::sync::{Arc, LazyLock};

use async_graphql::{Context, dataloader::DataLoader};
use verkosto_domain::{NotificationMail, PersonId, SessionId, Viewer};
use verkosto_store::Store;

use crate::{ApiError, ApiResult};

/// Mints and checks the tokens the server signs; the server implements it with its JWT keys.
pub trait TokenIssuer: Send + Sync {
    /// A signed, short-lived access token for `person` in `session`.
    fn issue(&self, person: PersonId, session: SessionId) -> Result<IssuedToken, String>;
    /// The token of the link, in each notification mail, that turns off mail of `kind` for
    /// `person` without signing in.
    fn unsubscribe_token(&self, person: PersonId, kind: NotificationMail)
    -> Result<String, String>;
    /// The person and kind of a valid unsubscribe token; `None` for anything else.
    fn verify_unsubscribe(&self, token: &str) -> Option<(PersonId, NotificationMail)>;
}

/// A freshly minted access token.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    /// The compact JWT.
    pub token: String,
    /// Seconds until it expires.
    pub expires_in: i64,
}

/// One plain-text message to one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// The recipient's address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// For notification mail: the link that turns this kind of mail off, also sent as the
    /// `List-Unsubscribe` header (one click, RFC 8058).
    pub unsubscribe: Option<String>,
}

/// Sends mail: the server implements it with SMTP, or in the embedded mode by writing the
/// message to the log so that a coordinator can pass the link on by hand.
pub trait Mailer: Send + Sync {
    /// Whether messages really leave the machine (an SMTP server is configured).
    fn delivers(&self) -> bool;
    /// An absolute address of the web app for `path` (which starts with `/`), for links in mail.
    fn link(&self, path: &str) -> String;
    /// Sends `mail`; the error is a reason a coordinator can read.
    fn send(&self, mail: Mail) -> futures::future::BoxFuture<'_, Result<(), String>>;
}

/// The mailer as schema data.
pub type SharedMailer = Arc<dyn Mailer>;

/// The session the request's access token belongs to, when signed in.
#[derive(Debug, Clone, Copy)]
pub struct CurrentSession(pub SessionId);

/// The search engine as schema data.
pub type SharedSearch = Arc<dyn verkosto_search::SearchIndex>;

/// The token issuer as schema data.
pub type SharedTokenIssuer = Arc<dyn TokenIssuer>;

static ANONYMOUS: LazyLock<Viewer> = LazyLock::new(Viewer::anonymous);

/// Typed access to the context.
pub trait ContextExt {
    /// The viewer of this request (anonymous when none was attached).
    fn viewer(&self) -> &Viewer;
    /// The store.
    fn store(&self) -> ApiResult<&Store>;
    /// A registered dataloader.
    fn loader<T: Send + Sync + 'static>(&self) -> ApiResult<&DataLoader<T>>;
}

impl ContextExt for Context<'_> {
    fn viewer(&self) -> &Viewer {
        self.data_opt::<Viewer>().unwrap_or(&ANONYMOUS)
    }

    fn store(&self) -> ApiResult<&Store> {
        self.data::<Store>().map_err(ApiError::from)
    }

    fn loader<T: Send + Sync + 'static>(&self) -> ApiResult<&DataLoader<T>> {
        self.data::<DataLoader<T>>().map_err(ApiError::from)
    }
}
