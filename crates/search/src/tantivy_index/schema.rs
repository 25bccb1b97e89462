//! The index's schema: its fields, and the `name:value` terms of its `keys` field that filters
//! and access rules match.

use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// The schema's fields.
#[derive(Clone, Copy)]
pub(super) struct Fields {
    /// The [`Key`] terms, the only indexed field besides the words.
    pub(super) keys: Field,
    pub(super) id: Field,
    pub(super) entity_id: Field,
    pub(super) doc_type: Field,
    pub(super) version: Field,
    pub(super) language: Field,
    pub(super) title: Field,
    pub(super) body: Field,
    pub(super) title_terms: Field,
    pub(super) body_terms: Field,
    pub(super) title_words: Field,
    pub(super) body_words: Field,
    pub(super) regions: Field,
    pub(super) organisation_kinds: Field,
    pub(super) target_groups: Field,
    pub(super) status: Field,
}

/// The name half of a `keys` term, `name:value`.
///
/// Filters and access rules are terms of one indexed field rather than a field each: tantivy
/// writes a term dictionary per indexed field for every segment it writes or merges, and each
/// begins by filling a table of 20,000 cells, so with a field per dimension (17 indexed fields)
/// that was most of what a commit of a few saved documents cost.
#[derive(Clone, Copy)]
pub(super) enum Key {
    /// The document's id (replaced on upsert).
    Id,
    /// The entity it shows (all its documents go when the entity is deleted).
    Entity,
    DocType,
    Language,
    Region,
    OrganisationKind,
    TargetGroup,
    Status,
    /// Anyone may read it (`public`), or any signed-in member (`members`).
    Access,
    /// Members of this region may read it.
    MemberOf,
    /// Coordinators of this region may read it.
    CoordinatorOf,
    /// This person may read it (their own draft).
    Person,
}

impl Key {
    pub(super) fn name(self) -> &'static str {
        match self {
            Key::Id => "id",
            Key::Entity => "entity",
            Key::DocType => "type",
            Key::Language => "language",
            Key::Region => "region",
            Key::OrganisationKind => "kind",
            Key::TargetGroup => "group",
            Key::Status => "status",
            Key::Access => "access",
            Key::MemberOf => "member",
            Key::CoordinatorOf => "coordinator",
            Key::Person => "person",
        }
    }

    /// `name:value`, the text of the term.
    pub(super) fn text(self, value: &str) -> String {
        format!("{}:{value}", self.name())
    }
}

/// The [`Key::Access`] values.
pub(super) const PUBLIC: &str = "public";
pub(super) const MEMBERS: &str = "members";

/// The schema and its fields (a change here bumps [`super::LAYOUT_VERSION`]).
pub(super) fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let terms = |record: IndexRecordOption, norms: bool| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("whitespace")
                .set_index_option(record)
                .set_fieldnorms(norms),
        )
    };
    let fields = Fields {
        keys: b.add_text_field("keys", STRING),
        id: b.add_text_field("id", STORED),
        entity_id: b.add_text_field("entity_id", STORED),
        doc_type: b.add_text_field("doc_type", STORED | FAST),
        version: b.add_i64_field("version", STORED),
        language: b.add_text_field("language", STORED | FAST),
        title: b.add_text_field("title", STORED),
        body: b.add_text_field("body", STORED),
        title_terms: b.add_text_field("title_terms", terms(IndexRecordOption::WithFreqs, true)),
        body_terms: b.add_text_field("body_terms", terms(IndexRecordOption::WithFreqs, true)),
        title_words: b.add_text_field("title_words", terms(IndexRecordOption::Basic, false)),
        body_words: b.add_text_field("body_words", terms(IndexRecordOption::Basic, false)),
        regions: b.add_text_field("regions", FAST),
        organisation_kinds: b.add_text_field("organisation_kinds", FAST),
        target_groups: b.add_text_field("target_groups", FAST),
        status: b.add_text_field("status", FAST),
    };
    (b.build(), fields)
}
