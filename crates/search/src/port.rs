//! The `SearchIndex` port: what every search engine adapter implements, in engine-neutral types.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;
use verkosto_domain::{Language, OrganisationKind, PathwayStatus, TargetGroup, Viewer};

use crate::SearchResult;

/// What kind of thing a document describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    /// A pathway version (its published version, or its open draft).
    Pathway,
    /// A service.
    Service,
    /// An organisation.
    Organisation,
}

impl DocType {
    /// Every document type.
    pub const ALL: &'static [DocType] =
        &[DocType::Pathway, DocType::Service, DocType::Organisation];

    /// Parses the stable text form.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.as_str() == text)
    }

    /// The stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Pathway => "pathway",
            DocType::Service => "service",
            DocType::Organisation => "organisation",
        }
    }
}

/// Who may read a document; an engine keeps a document for a viewer when ANY rule admits them
/// (platform admins read everything).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Access {
    /// Everyone, signed in or not.
    pub public: bool,
    /// Everyone with a role in any region.
    pub any_member: bool,
    /// Anyone with a role in one of these regions.
    pub member_of: Vec<Uuid>,
    /// Coordinators of these regions.
    pub coordinator_of: Vec<Uuid>,
    /// This person (the author of a draft).
    pub person: Option<Uuid>,
}

/// One searchable document. Its `id` is unique in the index; one entity can have two documents
/// (a pathway's published version and its open draft).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchDocument {
    /// Unique document id: `pathway:<uuid>`, `pathway:<uuid>:draft`, `service:<uuid>`, `organisation:<uuid>`.
    pub id: String,
    /// The entity it describes.
    pub entity_id: Uuid,
    /// What kind of entity.
    pub doc_type: DocType,
    /// The pathway version number, or 0; the consistency check compares it with the database.
    pub version: i64,
    /// The language the text is written in; decides stemming.
    pub language: Language,
    /// Title or name.
    pub title: String,
    /// Everything else worth finding: summary, body, steps, names of responsible organisations, tags.
    pub body: String,
    /// Regions it belongs to (a pathway's region; an organisation's or service's networks; empty = national).
    pub regions: Vec<Uuid>,
    /// Kinds of the organisations involved.
    pub organisation_kinds: Vec<OrganisationKind>,
    /// Who it is for.
    pub target_groups: Vec<TargetGroup>,
    /// A pathway's status; services and organisations have none.
    pub status: Option<PathwayStatus>,
    /// Who may read it.
    pub access: Access,
}

/// The viewer's reading rights, as the engine filter needs them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessScope {
    /// Reads everything.
    pub admin: bool,
    /// The signed-in person.
    pub person: Option<Uuid>,
    /// Regions the viewer has any role in.
    pub member_of: Vec<Uuid>,
    /// Regions the viewer coordinates.
    pub coordinator_of: Vec<Uuid>,
}

impl AccessScope {
    /// The scope of a viewer.
    pub fn of(viewer: &Viewer) -> Self {
        Self {
            admin: viewer.is_admin(),
            person: viewer.person().map(|p| p.0),
            member_of: viewer.regions().map(|r| r.0).collect(),
            coordinator_of: viewer.coordinated_regions().map(|r| r.0).collect(),
        }
    }

    /// Whether the scope admits a document with `access` (the rule engines implement natively).
    pub fn admits(&self, access: &Access) -> bool {
        self.admin
            || access.public
            || (access.any_member && !self.member_of.is_empty())
            || access.member_of.iter().any(|r| self.member_of.contains(r))
            || access
                .coordinator_of
                .iter()
                .any(|r| self.coordinator_of.contains(r))
            || (access.person.is_some() && access.person == self.person)
    }
}

/// Filters a searcher may set; empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFilter {
    /// Documents of these regions.
    pub regions: Vec<Uuid>,
    /// Documents involving organisations of these kinds.
    pub organisation_kinds: Vec<OrganisationKind>,
    /// Documents for these target groups.
    pub target_groups: Vec<TargetGroup>,
    /// Documents in these languages.
    pub languages: Vec<Language>,
    /// Documents of these types.
    pub doc_types: Vec<DocType>,
    /// Pathways in these statuses.
    pub statuses: Vec<PathwayStatus>,
}

/// One search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchRequest {
    /// What the person typed; the last word is matched as a prefix (search as you type).
    pub text: String,
    /// The query's language when known; otherwise all four are tried.
    pub language: Option<Language>,
    /// Filters.
    pub filter: SearchFilter,
    /// Whose rights apply.
    pub scope: AccessScope,
    /// Hits to skip.
    pub offset: usize,
    /// Hits to return.
    pub limit: usize,
    /// Whether to count [`Facets`] (otherwise they are empty): counting reads every match's
    /// facet values, most of a common word's search.
    pub facets: bool,
}

/// The document fields the facets count, in the order of [`Facets`]' dimensions: both engines
/// store a document's facet values under these names.
pub(crate) const FACET_FIELDS: [&str; 6] = [
    "regions",
    "organisation_kinds",
    "target_groups",
    "language",
    "doc_type",
    "status",
];

/// Counts per value of each filter dimension.
///
/// They are over every document the query matches and the viewer may read (before the
/// dimension's own filter is applied is NOT required: counts are of the filtered result).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// By region id.
    pub regions: BTreeMap<Uuid, u64>,
    /// By organisation kind.
    pub organisation_kinds: BTreeMap<OrganisationKind, u64>,
    /// By target group.
    pub target_groups: BTreeMap<TargetGroup, u64>,
    /// By language.
    pub languages: BTreeMap<Language, u64>,
    /// By document type.
    pub doc_types: BTreeMap<DocType, u64>,
    /// By pathway status.
    pub statuses: BTreeMap<PathwayStatus, u64>,
}

/// One hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The document id.
    pub id: String,
    /// The entity.
    pub entity_id: Uuid,
    /// Its type.
    pub doc_type: DocType,
    /// Its title.
    pub title: String,
    /// Fragments of the text around the matches, each match wrapped in `<mark>` … `</mark>`
    /// (all other text HTML-escaped).
    pub snippet: String,
    /// Relevance; higher is better; comparable only within one response.
    pub score: f32,
}

/// A page of hits with the total and the facets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResponse {
    /// Documents that match and the viewer may read.
    pub total: u64,
    /// Counts per filter value over those documents.
    pub facets: Facets,
    /// The requested page, best first.
    pub hits: Vec<Hit>,
}

/// A search engine holding Verkosto's documents.
#[async_trait::async_trait]
pub trait SearchIndex: Send + Sync {
    /// Adds or replaces documents (by `id`); visible to searches after `commit`.
    async fn upsert(&self, documents: Vec<SearchDocument>) -> SearchResult<()>;
    /// Removes every document of these entities (published and draft alike).
    async fn delete_entities(&self, entity_ids: &[Uuid]) -> SearchResult<()>;
    /// Makes every change so far durable and visible.
    async fn commit(&self) -> SearchResult<()>;
    /// Removes everything (before a rebuild).
    async fn clear(&self) -> SearchResult<()>;
    /// After a bulk load: merges what the engine holds in parts into as few as it can, so that
    /// searches visit fewer of them. Changes no answer; a no-op where the engine does this itself.
    async fn compact(&self) -> SearchResult<()>;
    /// Searches within the request's access scope.
    async fn search(&self, request: &SearchRequest) -> SearchResult<SearchResponse>;
    /// Every document's id and version, for comparing the index with the database.
    async fn document_versions(&self) -> SearchResult<BTreeMap<String, i64>>;
    /// The engine's name, for logs and test output (`tantivy`, `meilisearch 1.x`).
    fn name(&self) -> String;
}
