//! The one mapping from domain and store errors to GraphQL errors with `extensions.code`.
//!
//! `ApiError` deliberately does not implement `Display`: async-graphql turns any `Display` type
//! into an error carrying its message, which would leak SQL. Resolvers return `ApiResult`, so
//! every `?` goes through the conversions below.

use std::sync::Arc;

use async_graphql::ErrorExtensions;

use verkosto_domain::{DomainError, Language, Message, msg};
use verkosto_store::StoreError;

/// The closed list of error codes clients can rely on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// Sign in first.
    Unauthenticated,
    /// Signed in, but not allowed.
    Forbidden,
    /// Missing, or not visible to the viewer.
    NotFound,
    /// Wrong input; the message says which field and why.
    BadUserInput,
    /// Clashes with the current state.
    Conflict,
    /// Our fault; details are in the server log only.
    Internal,
}

impl Code {
    /// The text put in `extensions.code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Unauthenticated => "UNAUTHENTICATED",
            Code::Forbidden => "FORBIDDEN",
            Code::NotFound => "NOT_FOUND",
            Code::BadUserInput => "BAD_USER_INPUT",
            Code::Conflict => "CONFLICT",
            Code::Internal => "INTERNAL",
        }
    }
}

/// An error on its way to the client; its message is rendered in the request's language (see
/// [`in_language`]) when it leaves.
#[derive(Debug, Clone)]
pub struct ApiError {
    code: Code,
    reason: Message,
    field: Option<String>,
}

/// What resolvers return.
pub type ApiResult<T> = Result<T, ApiError>;

tokio::task_local! {
    static LANGUAGE: Language;
}

/// Runs `request` (a GraphQL execution) with its error messages in `language`.
pub async fn in_language<F: Future>(language: Language, request: F) -> F::Output {
    LANGUAGE.scope(language, request).await
}

/// The language of the request being executed; English outside [`in_language`].
pub fn request_language() -> Language {
    LANGUAGE
        .try_with(|language| *language)
        .unwrap_or(Language::English)
}

impl ApiError {
    /// An error with `code` and a message a person can act on.
    pub fn new(code: Code, reason: Message) -> Self {
        Self {
            code,
            reason,
            field: None,
        }
    }

    /// A BAD_USER_INPUT error about `field`.
    pub fn invalid(field: &str, reason: Message) -> Self {
        DomainError::invalid(field, reason).into()
    }

    /// An INTERNAL error; `detail` goes to the log, never to the client.
    pub fn internal(detail: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %detail, "internal error");
        Self::new(Code::Internal, msg!("internal-error"))
    }

    /// The error with its field named under `argument` (`coordinator.name`), for a mutation
    /// whose arguments share field names.
    pub fn within(mut self, argument: &str) -> Self {
        if let Some(field) = self.field.take() {
            self.field = Some(format!("{argument}.{field}"));
        }
        self
    }

    /// The error's code.
    pub fn code(&self) -> Code {
        self.code
    }

    /// The message in `language`: `field: reason` when the error names a field.
    pub fn render(&self, language: Language) -> String {
        let reason = self.reason.render(language);
        match &self.field {
            Some(field) => format!("{field}: {reason}"),
            None => reason,
        }
    }
}

impl From<DomainError> for ApiError {
    fn from(err: DomainError) -> Self {
        let code = match &err {
            DomainError::Unauthenticated | DomainError::BadCredentials => Code::Unauthenticated,
            DomainError::Forbidden(_) => Code::Forbidden,
            DomainError::NotFound(_) => Code::NotFound,
            DomainError::Invalid { .. } => Code::BadUserInput,
            DomainError::Conflict(_) => Code::Conflict,
        };
        let reason = err.reason();
        let field = match err {
            DomainError::Invalid { field, .. } => Some(field),
            _ => None,
        };
        Self {
            code,
            reason,
            field,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Domain(err) => err.into(),
            other => Self::internal(&other),
        }
    }
}

impl From<Arc<StoreError>> for ApiError {
    fn from(err: Arc<StoreError>) -> Self {
        match &*err {
            StoreError::Domain(err) => err.clone().into(),
            other => Self::internal(other),
        }
    }
}

impl From<async_graphql::Error> for ApiError {
    fn from(err: async_graphql::Error) -> Self {
        Self::internal(&err.message)
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(err: ApiError) -> Self {
        let code = err.code.as_str();
        let message = err.render(request_language());
        async_graphql::Error::new(message).extend_with(|_, ext| {
            ext.set("code", code);
            if let Some(field) = &err.field {
                ext.set("field", field.as_str());
            }
        })
    }
}
