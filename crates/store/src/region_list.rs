//! The region list rendered as JSON by the database, in one statement.
//!
//! A page of regions, each with a page of its member organisations and a page of the pathways
//! the viewer may read, shaped as the client's GraphQL selection asks (its keys, in its order).
//!
//! Each page is the same correlated, `LIMIT`ed read that the dataloaders use ([`region_list`],
//! [`member_page_ids`], [`pathway_page_ids`]), with the same conditions of who may read what, so
//! both ways of reading the list return the same rows. Here the database turns the rows into
//! the response's JSON ([`Json`]) instead of handing every value of every row over to be
//! decoded into a model and resolved as a field of its own. On PostgreSQL the answer is kept
//! and given again while the database's snapshot shows nothing committed since ([`RegionLists`]).

use std::{
    num::NonZeroUsize,
    sync::{Arc, Mutex},
};

use lru::LruCache;
use sea_orm::{
    ConnectionTrait, DbBackend, QueryResult, QuerySelect, QueryTrait, Statement,
    sea_query::{Alias, Expr, ExprTrait, Func, PostgresQueryBuilder, Query, SelectStatement},
};
use uuid::Uuid;
use verkosto_domain::{Language, RegionStatus, VersionState, Viewer};

use crate::{
    Store, StoreResult,
    entity::{organisation, pathway, pathway_version, region},
    error::DbContext,
    organisation::{MemberPage, member_page_ids},
    pathway_pages::{RegionPage, pathway_page_ids},
    region::region_list,
    region_pages::{PAGE_IDS, PAGE_REGION},
};

/// What a selection holds: the client's keys, in the client's order, each with what it shows.
pub type Selection<F> = Vec<(String, F)>;

/// Stored enum texts and the GraphQL names they are shown as; any other text shows as `null`.
pub type EnumNames = Vec<(&'static str, &'static str)>;

/// A field of a connection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListField<F> {
    /// A fixed text (`__typename`).
    Text(String),
    /// The page's edges.
    Edges(Selection<EdgeField<F>>),
}

/// A field of an edge.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EdgeField<F> {
    /// A fixed text (`__typename`).
    Text(String),
    /// The cursor: the node's id.
    Cursor,
    /// The node.
    Node(Selection<F>),
}

/// A field of a region.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegionField {
    /// A fixed text (`__typename`).
    Text(String),
    /// Its id.
    Id,
    /// Its slug.
    Slug,
    /// Its time zone.
    TimeZone,
    /// The name in the first of these languages that has one, else the empty text.
    Name([Language; 5]),
    /// Its status.
    Status(EnumNames),
    /// A page of its active member organisations.
    Organisations(MemberPage, Selection<ListField<OrganisationField>>),
    /// A page of its pathways that the viewer may read.
    Pathways(RegionPage, Selection<ListField<PathwayField>>),
}

/// A field of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrganisationField {
    /// A fixed text (`__typename`).
    Text(String),
    /// Its id.
    Id,
    /// Its name.
    Name,
    /// Its kind.
    Kind(EnumNames),
    /// Its home municipality.
    Municipality,
}

/// A field of a pathway.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathwayField {
    /// A fixed text (`__typename`).
    Text(String),
    /// Its id.
    Id,
    /// Its status.
    Status(EnumNames),
    /// Its visibility.
    Visibility(EnumNames),
    /// Its published version, `null` when it has none.
    PublishedVersion(Selection<VersionField>),
}

/// A field of a pathway version.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VersionField {
    /// A fixed text (`__typename`).
    Text(String),
    /// Its id.
    Id,
    /// 1, 2, 3… in order of creation.
    Number,
    /// Its title.
    Title,
    /// Its summary.
    Summary,
    /// The language it is written in.
    Language(EnumNames),
}

/// A page of regions (in creation order) and what to show of it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RegionListRead {
    /// Only regions of this status.
    pub status: Option<RegionStatus>,
    /// Regions after this id.
    pub after: Option<Uuid>,
    /// How many regions, at most.
    pub take: u64,
    /// What to show of the page.
    pub selection: Selection<ListField<RegionField>>,
}

impl Store {
    /// The JSON text of the page `read` selects, as `viewer` may read it, built by the database
    /// in one statement (on PostgreSQL kept, see [`RegionLists`]).
    pub async fn region_list_json(
        &self,
        viewer: &Viewer,
        read: RegionListRead,
    ) -> StoreResult<String> {
        let key = (viewer.clone(), read);
        let backend = self.db.get_database_backend();
        let kept = self.region_lists.get(&key, backend);
        if let Some(rendered) = kept.rendered {
            let snapshot_read = Statement::from_string(backend, CURRENT_SNAPSHOT);
            let snapshot: String = self
                .one_row(snapshot_read, "read the database's snapshot")
                .await?
                .try_get("", "snapshot")
                .context("read the database's snapshot")?;
            if snapshot == rendered.snapshot {
                return Ok(rendered.document.to_string());
            }
        }
        let row = self
            .one_row(Statement::clone(&kept.statement), "render the region list")
            .await?;
        let document: String = row
            .try_get("", "document")
            .context("read the rendered region list")?;
        if backend == DbBackend::Postgres {
            let snapshot: String = row
                .try_get("", "snapshot")
                .context("read the rendered region list's snapshot")?;
            self.region_lists.keep(key, snapshot, &document);
        }
        Ok(document)
    }

    /// The one row `statement` answers; `doing` names it in an error.
    async fn one_row(&self, statement: Statement, doing: &'static str) -> StoreResult<QueryResult> {
        let row = self.db.query_one_raw(statement).await.context(doing)?;
        row.ok_or_else(|| sea_orm::DbErr::RecordNotFound("a row".into()))
            .context(doing)
    }
}

/// How many region lists are kept: a few selections (the web app's, the API clients') for each
/// of the viewers active at a time.
const KEPT_LISTS: NonZeroUsize = NonZeroUsize::new(256).expect("not zero");

/// The longest rendered list kept (the statement is kept whatever its list's length), so that
/// the kept lists take 16 MiB at most.
const KEPT_DOCUMENT_BYTES: usize = 64 * 1024;

/// The statement that reads the snapshot a PostgreSQL statement sees.
const CURRENT_SNAPSHOT: &str = "SELECT pg_current_snapshot()::text AS snapshot";

/// What is kept of a region list: its statement, and on PostgreSQL its last answer (shared, so
/// that handing them out copies neither).
#[derive(Clone)]
struct Kept {
    statement: Arc<Statement>,
    rendered: Option<Rendered>,
}

/// A rendered list and the PostgreSQL snapshot it was read in.
#[derive(Clone)]
struct Rendered {
    snapshot: String,
    document: Arc<str>,
}

/// The region lists asked most recently, by viewer and read.
///
/// Building a list's statement (a few kilobytes of SQL from a tree of expressions) cost as much
/// as a fifth of the request, and a page is asked again and again by the same viewer with the
/// same selection.
///
/// On PostgreSQL the last answer is kept too, with the snapshot it was read in
/// (`pg_current_snapshot()`: the transactions finished and running). Running the statement
/// cost PostgreSQL 0.31 ms of CPU even with its plan kept, more than the rest of the request.
/// Two statements that see the same snapshot see the same rows, so when a cheap read of the
/// current snapshot equals the kept one, nothing was committed since and the kept answer is the
/// answer. Any commit to the cluster, by this server or another one sharing the database, ends
/// every kept answer; nothing is ever invalidated by hand.
pub(crate) struct RegionLists(Mutex<LruCache<(Viewer, RegionListRead), Kept>>);

impl Default for RegionLists {
    fn default() -> Self {
        Self(Mutex::new(LruCache::new(KEPT_LISTS)))
    }
}

impl RegionLists {
    /// What is kept of `key`, its statement built now if nothing is.
    fn get(&self, key: &(Viewer, RegionListRead), backend: DbBackend) -> Kept {
        if let Some(kept) = self.lock().get(key) {
            return kept.clone();
        }
        let query = region_list_query(backend, &key.0, &key.1);
        let statement = match backend {
            // PostgreSQL planned the statement with its parameters anew at every execution (its
            // plans for the values at hand won over one plan for any values), and planning took
            // longer than running it; with the values written in, which are the viewer's region
            // ids and the store's own texts and numbers, each connection plans it once.
            DbBackend::Postgres => {
                Statement::from_string(backend, query.to_string(PostgresQueryBuilder))
            }
            _ => backend.build(&query),
        };
        let kept = Kept {
            statement: Arc::new(statement),
            rendered: None,
        };
        self.lock().put(key.clone(), kept.clone());
        kept
    }

    /// Keeps `document`, the answer to `key` read in `snapshot`, when it is short enough.
    fn keep(&self, key: (Viewer, RegionListRead), snapshot: String, document: &str) {
        if document.len() > KEPT_DOCUMENT_BYTES {
            return;
        }
        if let Some(kept) = self.lock().get_mut(&key) {
            kept.rendered = Some(Rendered {
                snapshot,
                document: document.into(),
            });
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<(Viewer, RegionListRead), Kept>> {
        // A panic while holding the lock leaves nothing half-done in a cache of finished values.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The statement rendering `read` for `viewer`: one row, its `document` (and on PostgreSQL the
/// `snapshot` it was read in).
fn region_list_query(
    backend: DbBackend,
    viewer: &Viewer,
    read: &RegionListRead,
) -> SelectStatement {
    let json = Json(backend);
    let regions = region_list(read.status, read.after)
        .limit(read.take)
        .into_query();
    let rows = Query::select()
        .from_subquery(regions, Alias::new(PAGE_REGION))
        .to_owned();
    let order = Expr::col((Alias::new(PAGE_REGION), Id));
    let document = json.list(&read.selection, &rows, order.clone(), order, |node| {
        region_node(&json, viewer, node)
    });
    let mut query = Query::select();
    query.expr_as(document, Alias::new("document"));
    if backend == DbBackend::Postgres {
        // Read in the same statement, so in the same snapshot as the document.
        query.expr_as(
            Expr::cust("pg_current_snapshot()::text"),
            Alias::new("snapshot"),
        );
    }
    query
}

/// The column every table here orders its pages and cursors by.
#[derive(Clone, Copy)]
struct Id;

impl sea_orm::sea_query::Iden for Id {
    fn unquoted(&self) -> &str {
        "id"
    }
}

fn region_node(json: &Json, viewer: &Viewer, fields: &Selection<RegionField>) -> Expr {
    let column = |column: region::Column| Expr::col((Alias::new(PAGE_REGION), column));
    json.object(fields.iter().map(|(key, field)| {
        let value = match field {
            RegionField::Text(text) => json.text(text),
            RegionField::Id => json.uuid(column(region::Column::Id)),
            RegionField::Slug => json.string(column(region::Column::Slug)),
            RegionField::TimeZone => json.string(column(region::Column::TimeZone)),
            RegionField::Name(order) => {
                let names = order.iter().map(|language| {
                    column(match language {
                        Language::Finnish => region::Column::NameFi,
                        Language::Swedish => region::Column::NameSv,
                        Language::NorwegianBokmal => region::Column::NameNb,
                        Language::English => region::Column::NameEn,
                    })
                });
                json.string(Func::coalesce(names.chain([Expr::val("")])).into())
            }
            RegionField::Status(names) => json.enum_text(column(region::Column::Status), names),
            RegionField::Organisations(page, selection) => json.organisations(page, selection),
            RegionField::Pathways(page, selection) => json.pathways(viewer, page, selection),
        };
        (key.as_str(), value)
    }))
}

impl Json {
    /// A page of the region's member organisations, in membership order.
    ///
    /// The organisation's columns are read in the page's own statement, which joins the
    /// organisation already: reading the page's ids first and the rows by id after cost
    /// PostgreSQL a hash join per region.
    fn organisations(
        &self,
        page: &MemberPage,
        selection: &Selection<ListField<OrganisationField>>,
    ) -> Expr {
        const ORGANISATION: &str = "page_organisation";
        let mut page_rows = member_page_ids(page);
        for column in [
            organisation::Column::Name,
            organisation::Column::Kind,
            organisation::Column::Municipality,
        ] {
            page_rows.column((organisation::Entity, column));
        }
        page_rows.expr_as(
            Expr::col((organisation::Entity, organisation::Column::Id)),
            Alias::new("organisation_id"),
        );
        let rows = Query::select()
            .from_subquery(page_rows, Alias::new(ORGANISATION))
            .to_owned();
        let column = |column: &str| Expr::col((Alias::new(ORGANISATION), Alias::new(column)));
        let order = Expr::col((Alias::new(ORGANISATION), Id));
        self.list(
            selection,
            &rows,
            order,
            column("organisation_id"),
            |fields| {
                self.object(fields.iter().map(|(key, field)| {
                    let value = match field {
                        OrganisationField::Text(text) => self.text(text),
                        OrganisationField::Id => self.uuid(column("organisation_id")),
                        OrganisationField::Name => self.string(column("name")),
                        OrganisationField::Kind(names) => self.enum_text(column("kind"), names),
                        OrganisationField::Municipality => self.string(column("municipality")),
                    };
                    (key.as_str(), value)
                }))
            },
        )
    }

    /// A page of the region's pathways that `viewer` may read, in id order.
    ///
    /// The page's ids come from the region's `(region_id, id)` index alone and the rows are
    /// read by id after: asked for more columns, PostgreSQL's one plan for every region walked
    /// the primary key instead, which reads every older pathway before a new region's first.
    fn pathways(
        &self,
        viewer: &Viewer,
        page: &RegionPage,
        selection: &Selection<ListField<PathwayField>>,
    ) -> Expr {
        const PATHWAY: &str = "page_pathway";
        const VERSION: &str = "page_version";
        let column = |column: pathway::Column| Expr::col((Alias::new(PATHWAY), column));
        let version = |column: pathway_version::Column| Expr::col((Alias::new(VERSION), column));
        let mut rows = Query::select();
        rows.from_subquery(pathway_page_ids(viewer, page), Alias::new(PAGE_IDS))
            .join_as(
                sea_orm::JoinType::InnerJoin,
                pathway::Entity,
                Alias::new(PATHWAY),
                Expr::col((Alias::new(PATHWAY), pathway::Column::Id))
                    .equals((Alias::new(PAGE_IDS), Id)),
            )
            // The version a pathway points at as published is always frozen (published, or
            // superseded by a later one), which every reader of the pathway may see.
            .join_as(
                sea_orm::JoinType::LeftJoin,
                pathway_version::Entity,
                Alias::new(VERSION),
                Expr::col((Alias::new(VERSION), pathway_version::Column::Id))
                    .equals((Alias::new(PATHWAY), pathway::Column::PublishedVersionId))
                    .and(
                        Expr::col((Alias::new(VERSION), pathway_version::Column::State)).is_in([
                            VersionState::Published.as_str(),
                            VersionState::Superseded.as_str(),
                        ]),
                    ),
            );
        let order = Expr::col((Alias::new(PAGE_IDS), Id));
        self.list(selection, &rows, order.clone(), order, |fields| {
            self.object(fields.iter().map(|(key, field)| {
                let value = match field {
                    PathwayField::Text(text) => self.text(text),
                    PathwayField::Id => self.uuid(column(pathway::Column::Id)),
                    PathwayField::Status(names) => {
                        self.enum_text(column(pathway::Column::Status), names)
                    }
                    PathwayField::Visibility(names) => {
                        self.enum_text(column(pathway::Column::Visibility), names)
                    }
                    PathwayField::PublishedVersion(fields) => {
                        let object = self.object(fields.iter().map(|(key, field)| {
                            let value = match field {
                                VersionField::Text(text) => self.text(text),
                                VersionField::Id => self.uuid(version(pathway_version::Column::Id)),
                                VersionField::Number => {
                                    self.number(version(pathway_version::Column::Number))
                                }
                                VersionField::Title => {
                                    self.string(version(pathway_version::Column::Title))
                                }
                                VersionField::Summary => {
                                    self.string(version(pathway_version::Column::Summary))
                                }
                                VersionField::Language(names) => self
                                    .enum_text(version(pathway_version::Column::Language), names),
                            };
                            (key.as_str(), value)
                        }));
                        Expr::case(version(pathway_version::Column::Id).is_null(), self.null())
                            .finally(object)
                            .into()
                    }
                };
                (key.as_str(), value)
            }))
        })
    }

    /// A connection's JSON over the page `rows` (a `FROM` clause and its joins), each edge's
    /// place in it by `order`, its cursor `cursor`, its node as `node` renders a row.
    fn list<F>(
        &self,
        selection: &Selection<ListField<F>>,
        rows: &SelectStatement,
        order: Expr,
        cursor: Expr,
        node: impl Fn(&Selection<F>) -> Expr,
    ) -> Expr {
        self.object(selection.iter().map(|(key, field)| {
            let value = match field {
                ListField::Text(text) => self.text(text),
                ListField::Edges(edge) => {
                    let edge = self.object(edge.iter().map(|(key, field)| {
                        let value = match field {
                            EdgeField::Text(text) => self.text(text),
                            EdgeField::Cursor => self.uuid(cursor.clone()),
                            EdgeField::Node(fields) => node(fields),
                        };
                        (key.as_str(), value)
                    }));
                    self.array(rows.clone(), edge, order.clone())
                }
            };
            (key.as_str(), value)
        }))
    }
}

/// The JSON of one database, as SQL expressions.
///
/// SQLite builds it with its JSON functions. PostgreSQL builds it as text, joined with `||`
/// from fixed pieces and its values' JSON (`to_json`): its `json_build_object` and `json_agg`
/// (one sort per page for the order) took half again as long for the same page.
struct Json(DbBackend);

impl Json {
    /// `template` with `?` for each of `exprs`, in order, in this database's placeholders.
    fn call(&self, template: &str, exprs: Vec<Expr>) -> Expr {
        let template = match self.0 {
            DbBackend::Postgres => template.replace('?', "$"),
            _ => template.to_owned(),
        };
        Expr::cust_with_exprs(template, exprs)
    }

    /// An SQL text literal.
    fn literal(text: &str) -> Expr {
        Expr::cust(format!("'{}'", text.replace('\'', "''")))
    }

    /// A JSON object of these keys and values, in this order.
    fn object<'a>(&self, fields: impl Iterator<Item = (&'a str, Expr)>) -> Expr {
        match self.0 {
            DbBackend::Postgres => {
                let mut pieces = Vec::new();
                let mut separator = "{";
                for (key, value) in fields {
                    let key = serde_json::Value::from(key).to_string();
                    pieces.push(Self::literal(&format!("{separator}{key}:")));
                    pieces.push(value);
                    separator = ",";
                }
                pieces.push(Self::literal(if pieces.is_empty() { "{}" } else { "}" }));
                let template = vec!["?"; pieces.len()].join(" || ");
                self.call(&format!("({template})"), pieces)
            }
            _ => {
                let mut args = Vec::new();
                for (key, value) in fields {
                    args.push(Self::literal(key));
                    args.push(value);
                }
                Func::cust(Alias::new("json_object")).args(args).into()
            }
        }
    }

    /// A JSON array of `element` over the rows of `rows`, ordered by `order`.
    fn array(&self, mut rows: SelectStatement, element: Expr, order: Expr) -> Expr {
        match self.0 {
            DbBackend::Postgres => {
                // An array built from a subquery holds its rows in the subquery's order.
                rows.expr(element).order_by_expr(order, sea_orm::Order::Asc);
                self.call(
                    "('[' || array_to_string(ARRAY ?, ',') || ']')",
                    vec![Expr::SubQuery(None, Box::new(rows.into()))],
                )
            }
            _ => {
                rows.expr(self.call("json_group_array(? ORDER BY ?)", vec![element, order]));
                Expr::SubQuery(None, Box::new(rows.into()))
            }
        }
    }

    /// A fixed text.
    fn text(&self, text: &str) -> Expr {
        match self.0 {
            DbBackend::Postgres => Self::literal(&serde_json::Value::from(text).to_string()),
            _ => Self::literal(text),
        }
    }

    /// `null`.
    fn null(&self) -> Expr {
        match self.0 {
            DbBackend::Postgres => Self::literal("null"),
            _ => Expr::null(),
        }
    }

    /// A text column (`null` when it is).
    fn string(&self, column: Expr) -> Expr {
        match self.0 {
            DbBackend::Postgres => self.call("coalesce(to_json(?)::text, 'null')", vec![column]),
            _ => column,
        }
    }

    /// A number column (`null` when it is).
    fn number(&self, column: Expr) -> Expr {
        match self.0 {
            DbBackend::Postgres => self.call("coalesce((?)::text, 'null')", vec![column]),
            _ => column,
        }
    }

    /// A UUID column as its hyphenated, lower-case text (SQLite keeps UUIDs as 16 bytes).
    fn uuid(&self, column: Expr) -> Expr {
        match self.0 {
            DbBackend::Postgres => self.string(column),
            _ => self.call(
                "lower(substr(hex(?), 1, 8) || '-' || substr(hex(?), 9, 4) || '-' || \
                 substr(hex(?), 13, 4) || '-' || substr(hex(?), 17, 4) || '-' || substr(hex(?), 21))",
                vec![column; 5],
            ),
        }
    }

    /// A stored enum text as its GraphQL name; `null` for a text without one.
    fn enum_text(&self, column: Expr, names: &EnumNames) -> Expr {
        let mut names = names.iter();
        let Some((stored, name)) = names.next() else {
            return self.null();
        };
        let mut case = Expr::case(column.clone().eq(*stored), self.text(name));
        for (stored, name) in names {
            case = case.case(column.clone().eq(*stored), self.text(name));
        }
        case.finally(self.null()).into()
    }
}
