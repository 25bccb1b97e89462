//! `DomainError`: the one error type of the domain layer, mapped to GraphQL codes in `verkosto-graphql`.

use crate::{Language, Message, msg};

/// What went wrong, in words a person can act on (see [`Message`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The request needs a signed-in person.
    #[error("{}", self.reason())]
    Unauthenticated,
    /// Signing in failed; deliberately silent on whether the account exists.
    #[error("{}", self.reason())]
    BadCredentials,
    /// The viewer may see the target but may not do this to it.
    #[error("{0}")]
    Forbidden(Message),
    /// The target does not exist, or the viewer may not see it (the two answer alike); the
    /// entity is a `$entity` choice of the `not-found` message (`pathway`, `join_request`…).
    #[error("{}", self.reason())]
    NotFound(&'static str),
    /// An input field is wrong; `field` names it as the client sent it.
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: Message },
    /// The change clashes with the current state (publishing twice, a duplicate e-mail…).
    #[error("{0}")]
    Conflict(Message),
}

impl DomainError {
    /// An `Invalid` error for `field`.
    pub fn invalid(field: impl Into<String>, reason: Message) -> Self {
        Self::Invalid {
            field: field.into(),
            reason,
        }
    }

    /// A `Forbidden` error with its reason.
    pub fn forbidden(reason: Message) -> Self {
        Self::Forbidden(reason)
    }

    /// A `Conflict` error with its reason.
    pub fn conflict(reason: Message) -> Self {
        Self::Conflict(reason)
    }

    /// The reason, without the field an `Invalid` error names.
    pub fn reason(&self) -> Message {
        match self {
            Self::Unauthenticated => msg!("sign-in-needed"),
            Self::BadCredentials => msg!("bad-credentials"),
            Self::NotFound(entity) => msg!("not-found", entity = *entity),
            Self::Forbidden(reason) | Self::Conflict(reason) | Self::Invalid { reason, .. } => {
                reason.clone()
            }
        }
    }

    /// The whole message in `language`: `field: reason` for an `Invalid` error.
    pub fn render(&self, language: Language) -> String {
        let reason = self.reason().render(language);
        match self {
            Self::Invalid { field, .. } => format!("{field}: {reason}"),
            _ => reason,
        }
    }
}

/// Result with a [`DomainError`].
pub type DomainResult<T> = Result<T, DomainError>;
