#![doc = include_str!("../README.md")]

pub mod business_id;
pub mod contact;
mod error;
pub mod hours;
mod ids;
mod kinds;
pub mod message;
mod notification;
pub mod personal_id;
pub mod policy;
pub mod region;
pub mod review;
pub mod sign_in_wait;
pub mod text;
mod viewer;

pub use error::{DomainError, DomainResult};
pub use ids::*;
pub use kinds::*;
pub use message::Message;
pub use notification::MailOptOuts;
pub use viewer::Viewer;
