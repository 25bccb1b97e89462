//! `SearchError`: what a search engine or the indexer can fail with.

/// A failure of a search engine or of indexing.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The engine failed; for logs, never for clients.
    #[error("search engine error while trying to {context}: {message}")]
    Engine {
        /// What we were doing.
        context: &'static str,
        /// The engine's message.
        message: String,
    },
    /// Another process has the embedded index open (one process at a time may use it).
    #[error(
        "the search index {} is open in another Verkosto process (a running `verkosto serve`?); \
         one process at a time may use it: stop that process and run the command again, or run \
         commands beside a server with PostgreSQL and Meilisearch",
        .dir.display()
    )]
    InUse {
        /// The index directory.
        dir: std::path::PathBuf,
    },
    /// Reading the store failed.
    #[error(transparent)]
    Store(#[from] verkosto_store::StoreError),
}

impl SearchError {
    /// An engine error with context.
    pub fn engine(context: &'static str, err: impl std::fmt::Display) -> Self {
        Self::Engine {
            context,
            message: err.to_string(),
        }
    }
}

/// Result with a [`SearchError`].
pub type SearchResult<T> = Result<T, SearchError>;
