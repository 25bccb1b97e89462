//! The names of the entities a page of audit events changed.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use verkosto_store::{
    Store,
    audit_subjects::{Subject, SubjectKey},
};

use super::LoadError;

/// Audited entities' current names by `(entity type, id)`: one statement per type on the page.
pub struct AuditSubjectLoader(pub Store);

impl Loader<SubjectKey> for AuditSubjectLoader {
    type Value = Subject;
    type Error = LoadError;

    async fn load(&self, keys: &[SubjectKey]) -> Result<HashMap<SubjectKey, Subject>, LoadError> {
        Ok(self.0.audit_subjects(keys).await?)
    }
}
