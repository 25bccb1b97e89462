//! The one mapping from domain and store errors to GraphQL errors with `extensions.code`.
//!
//! `ApiError` deliberately does not implement `Display`: async-graphql turns any `Display` type
//! into an error carrying its message, which would leak SQL. Resolvers return `ApiResult`, so
//! every `?` goes through the conversions below.

use std::sync::Arc;

use async_graphql::ErrorExtensions;

use verkosto_domain::DomainError;
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

/// An error on its way to the client.
#[derive(Debug, Clone)]
pub struct ApiError {
    code: Code,
    message: String,
    field: Option<String>,
}

/// What resolvers return.
pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// An error with `code` and a message a person can act on.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }

    /// A BAD_USER_INPUT error about `field`.
    pub fn invalid(field: &str, reason: impl Into<String>) -> Self {
        DomainError::invalid(field, reason).into()
    }

    /// An INTERNAL error; `detail` goes to the log, never to the client.
    pub fn internal(detail: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %detail, "internal error");
        Self::new(
            Code::Internal,
            "internal error; it has been logged, please try again later",
        )
    }

    /// The error with its field named under `argument` (`coordinator.name`), for a mutation
    /// whose arguments share field names.
    pub fn within(mut self, argument: &str) -> Self {
        if let Some(field) = self.field.take() {
            if let Some(reason) = self.message.strip_prefix(&format!("{field}: ")) {
                self.message = format!("{argument}.{field}: {reason}");
            }
            self.field = Some(format!("{argument}.{field}"));
        }
        self
    }

    /// The error's code.
    pub fn code(&self) -> Code {
        self.code
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
        let field = match &err {
            DomainError::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        Self {
            code,
            message: err.to_string(),
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
        let field = err.field;
        async_graphql::Error::new(err.message).extend_with(|_, ext| {
            ext.set("code", code);
            if let Some(field) = &field {
                ext.set("field", field.as_str());
            }
        })
    }
}
