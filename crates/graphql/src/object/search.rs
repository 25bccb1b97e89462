//! Search results: hits with highlighted snippets, the document itself, and facet counts.

use async_graphql::{Context, Enum, ID, Object, SimpleObject, Union};
use verkosto_search::{DocType, Facets, Hit};

use super::{
    Organisation, Pathway, Service,
    enums::{Language, OrganisationKind, PathwayStatus, TargetGroup},
    to_id,
};
use crate::{
    ApiResult,
    context::ContextExt,
    loader::{OrganisationLoader, ServiceLoader, load_one},
};

/// What a search hit is.
#[derive(Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchDocumentType {
    /// A care pathway.
    Pathway,
    /// A service.
    Service,
    /// An organisation.
    Organisation,
}

impl From<DocType> for SearchDocumentType {
    fn from(doc_type: DocType) -> Self {
        match doc_type {
            DocType::Pathway => Self::Pathway,
            DocType::Service => Self::Service,
            DocType::Organisation => Self::Organisation,
        }
    }
}

impl From<SearchDocumentType> for DocType {
    fn from(doc_type: SearchDocumentType) -> Self {
        match doc_type {
            SearchDocumentType::Pathway => Self::Pathway,
            SearchDocumentType::Service => Self::Service,
            SearchDocumentType::Organisation => Self::Organisation,
        }
    }
}

/// The thing a hit points at.
#[derive(Union)]
pub enum SearchDocument {
    /// A care pathway.
    Pathway(Pathway),
    /// A service.
    Service(Service),
    /// An organisation.
    Organisation(Organisation),
}

/// One search hit.
pub struct SearchHit(pub Hit);

#[Object]
impl SearchHit {
    /// The entity's id.
    async fn id(&self) -> ID {
        to_id(self.0.entity_id)
    }

    /// Whether this is a pathway, a service or an organisation.
    #[graphql(name = "type")]
    async fn doc_type(&self) -> SearchDocumentType {
        self.0.doc_type.into()
    }

    /// True for a pathway's open draft (only its editors and author find it).
    async fn is_draft(&self) -> bool {
        self.0.id.ends_with(":draft")
    }

    /// Title or name.
    async fn title(&self) -> &str {
        &self.0.title
    }

    /// Text around the matches; each match is wrapped in `<mark>`…`</mark>`, the rest is HTML-escaped.
    async fn snippet(&self) -> &str {
        &self.0.snippet
    }

    /// Relevance; higher is better, comparable within one result.
    async fn score(&self) -> f64 {
        f64::from(self.0.score)
    }

    /// The pathway, service or organisation itself.
    async fn document(&self, ctx: &Context<'_>) -> ApiResult<Option<SearchDocument>> {
        let viewer = ctx.viewer();
        let id = self.0.entity_id;
        Ok(match self.0.doc_type {
            DocType::Pathway => Pathway::load_visible(ctx, id)
                .await?
                .map(SearchDocument::Pathway),
            DocType::Service => load_one::<ServiceLoader, _>(ctx, id)
                .await?
                .filter(|s| verkosto_domain::policy::can_read_directory_entry(viewer, s.public))
                .map(|s| SearchDocument::Service(Service(s))),
            DocType::Organisation => load_one::<OrganisationLoader, _>(ctx, id)
                .await?
                .filter(|o| verkosto_domain::policy::can_read_directory_entry(viewer, o.public))
                .map(|o| SearchDocument::Organisation(Organisation(o))),
        })
    }
}

/// How many hits have a region.
#[derive(SimpleObject)]
pub struct RegionCount {
    /// The region's id.
    pub region_id: ID,
    /// Hits.
    pub count: u64,
}

/// How many hits have an organisation kind.
#[derive(SimpleObject)]
pub struct OrganisationKindCount {
    /// The kind.
    pub kind: OrganisationKind,
    /// Hits.
    pub count: u64,
}

/// How many hits have a target group.
#[derive(SimpleObject)]
pub struct TargetGroupCount {
    /// The target group.
    pub target_group: TargetGroup,
    /// Hits.
    pub count: u64,
}

/// How many hits are in a language.
#[derive(SimpleObject)]
pub struct LanguageCount {
    /// The language.
    pub language: Language,
    /// Hits.
    pub count: u64,
}

/// How many hits are of a type.
#[derive(SimpleObject)]
pub struct DocumentTypeCount {
    /// The type.
    #[graphql(name = "type")]
    pub doc_type: SearchDocumentType,
    /// Hits.
    pub count: u64,
}

/// How many hits have a pathway status.
#[derive(SimpleObject)]
pub struct StatusCount {
    /// The status.
    pub status: PathwayStatus,
    /// Hits.
    pub count: u64,
}

/// Counts of the hits the viewer may read, per value of each filter.
#[derive(SimpleObject)]
pub struct SearchFacets {
    /// Per region.
    pub regions: Vec<RegionCount>,
    /// Per organisation kind.
    pub organisation_kinds: Vec<OrganisationKindCount>,
    /// Per target group.
    pub target_groups: Vec<TargetGroupCount>,
    /// Per language.
    pub languages: Vec<LanguageCount>,
    /// Per document type.
    pub types: Vec<DocumentTypeCount>,
    /// Per pathway status.
    pub statuses: Vec<StatusCount>,
}

impl From<Facets> for SearchFacets {
    fn from(f: Facets) -> Self {
        Self {
            regions: f
                .regions
                .into_iter()
                .map(|(id, count)| RegionCount {
                    region_id: to_id(id),
                    count,
                })
                .collect(),
            organisation_kinds: f
                .organisation_kinds
                .into_iter()
                .map(|(k, count)| OrganisationKindCount {
                    kind: k.into(),
                    count,
                })
                .collect(),
            target_groups: f
                .target_groups
                .into_iter()
                .map(|(t, count)| TargetGroupCount {
                    target_group: t.into(),
                    count,
                })
                .collect(),
            languages: f
                .languages
                .into_iter()
                .map(|(l, count)| LanguageCount {
                    language: l.into(),
                    count,
                })
                .collect(),
            types: f
                .doc_types
                .into_iter()
                .map(|(t, count)| DocumentTypeCount {
                    doc_type: t.into(),
                    count,
                })
                .collect(),
            statuses: f
                .statuses
                .into_iter()
                .map(|(s, count)| StatusCount {
                    status: s.into(),
                    count,
                })
                .collect(),
        }
    }
}

/// The connection-level fields of a search.
#[derive(SimpleObject)]
pub struct SearchSummary {
    /// Hits the viewer may read, in all.
    pub total_count: u64,
    /// Counts per filter value over those hits.
    pub facets: SearchFacets,
}
