#![doc = include_str!("../README.md")]

mod audit;
pub mod audit_subjects;
pub mod credentials;
mod db;
pub mod entity;
mod error;
pub mod event;
pub mod feedback;
pub mod import;
pub mod invitation;
pub mod join_request;
pub mod onboarding;
pub mod organisation;
pub mod outbox;
pub mod password_reset;
pub mod pathway;
pub mod pathway_pages;
mod pathway_rows;
pub mod person;
mod pool;
pub mod recent_changes;
pub mod region;
pub mod region_list;
mod region_pages;
pub mod review;
pub mod service;
pub mod session;
mod unchanged;
pub mod variant;
pub mod wrong_password;

pub use audit::Change;
pub use db::Store;
pub use error::{StoreError, StoreResult};
