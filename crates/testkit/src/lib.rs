#![doc = include_str!("../README.md")]

mod app;
mod builders;
mod database;

pub use app::{Gql, Session, TestApp};
pub use builders::{
    OrganisationBuilder, PathwayBuilder, PersonBuilder, RegionBuilder, TEST_PASSWORD, TestPathway,
    TestPerson,
};
pub use database::{TestDatabase, backend};
