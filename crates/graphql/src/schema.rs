//! Building the schema: `build` for serving, `build_bare` for the SDL.

use async_graphql::{EmptySubscription, Schema};
use verkosto_store::Store;

use crate::{
    context::{SharedMailer, SharedSearch, SharedTokenIssuer},
    mutation::Mutation,
    query::Query,
};

/// The Verkosto schema type.
pub type AppSchema = Schema<Query, Mutation, EmptySubscription>;

/// Deepest query nesting accepted.
pub const MAX_DEPTH: usize = 10;
/// Highest query complexity accepted (each field counts 1; a connection multiplies its children by `first`).
pub const MAX_COMPLEXITY: usize = 10_000;

/// The schema with its limits and without data, for SDL export and validation.
pub fn build_bare() -> AppSchema {
    builder().finish()
}

/// The schema ready to serve, with the store, the token issuer, the search engine and the mailer.
pub fn build(
    store: Store,
    tokens: SharedTokenIssuer,
    search: SharedSearch,
    mailer: SharedMailer,
) -> AppSchema {
    builder()
        .data(store)
        .data(tokens)
        .data(search)
        .data(mailer)
        .finish()
}

fn builder() -> async_graphql::SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
}

/// The SDL text written to `schema.graphql`.
pub fn sdl() -> String {
    build_bare().sdl()
}
