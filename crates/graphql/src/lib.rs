#![doc = include_str!("../README.md")]

pub mod context;
mod error;
pub mod input;
pub mod loader;
mod mails;
pub mod mutation;
mod notify;
pub mod object;
pub mod pagination;
pub mod query;
pub mod refresh_cookie;
pub mod rendered;
pub mod schema;

pub use context::{
    CurrentSession, IssuedToken, Mail, Mailer, SharedMailer, SharedSearch, SharedTokenIssuer,
    TokenIssuer,
};
pub use error::{ApiError, ApiResult, Code, in_language, request_language};
pub use loader::add_data_loaders;
pub use refresh_cookie::RefreshCookie;
pub use rendered::RenderedParts;
pub use schema::{AppSchema, build, build_bare, sdl};
