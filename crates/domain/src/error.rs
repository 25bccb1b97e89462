//! `DomainError`: the one error type of the domain layer, mapped to GraphQL codes in `verkosto-graphql`.

/// What went wrong, in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The request needs a signed-in person.
    #[error("sign in to do this")]
    Unauthenticated,
    /// Signing in failed; deliberately silent on whether the account exists.
    #[error("the e-mail address or password is wrong")]
    BadCredentials,
    /// The viewer may see the target but may not do this to it.
    #[error("{0}")]
    Forbidden(String),
    /// The target does not exist, or the viewer may not see it (the two answer alike).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// An input field is wrong; `field` names it as the client sent it.
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: String },
    /// The change clashes with the current state (publishing twice, a duplicate e-mail…).
    #[error("{0}")]
    Conflict(String),
}

impl DomainError {
    /// An `Invalid` error for `field`.
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// A `Forbidden` error with its reason.
    pub fn forbidden(reason: impl Into<String>) -> Self {
        Self::Forbidden(reason.into())
    }

    /// A `Conflict` error with its reason.
    pub fn conflict(reason: impl Into<String>) -> Self {
        Self::Conflict(reason.into())
    }
}

/// Result with a [`DomainError`].
pub type DomainResult<T> = Result<T, DomainError>;
