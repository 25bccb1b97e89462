#![doc = include_str!("../README.md")]

pub mod analysis;
mod background;
#[cfg(feature = "conformance")]
pub mod conformance;
pub mod documents;
mod error;
pub mod indexer;
mod lexicon;
pub mod meili_index;
pub mod port;
mod snippet;
pub mod tantivy_index;
pub mod vocabulary;

pub use background::UrgentWork;
pub use error::{SearchError, SearchResult};
pub use port::{
    Access, AccessScope, DocType, Facets, Hit, SearchDocument, SearchFilter, SearchIndex,
    SearchRequest, SearchResponse,
};
