//! `RegionList`: the answer of the `regions` query, rendered by the database in one statement
//! when the selection is one it can render, else resolved field by field.
//!
//! The region list with its organisations and pathways is the directory's most read page. Resolved
//! field by field it costs a future per field and a decoded model per row, several times what the
//! database needs to build the same JSON (profiled in `docs/decisions.md`). A selection of plain
//! fields (no fragments, no directives, no field asked for twice) of the kinds
//! [`verkosto_store::region_list`] renders goes to the database whole; any other selection, and any
//! argument the resolvers would refuse, takes the resolvers, which answer the same and report
//! the errors.

use std::borrow::Cow;

use async_graphql::{
    ContextSelectionSet, EnumType, Name, OutputType, Positioned, ServerResult, Value,
    connection::{Edge, EmptyFields},
    parser::types::{Field, Selection as AstSelection, SelectionSet},
    registry::Registry,
};
use verkosto_domain::{Viewer, policy, region::LocalizedName};
use verkosto_store::{
    organisation::MemberPage,
    pathway_pages::RegionPage,
    region_list::{
        EdgeField, EnumNames, ListField, OrganisationField, PathwayField, RegionField, Selection,
        VersionField,
    },
};

use super::{
    Organisation, Pathway, PathwayVersion, Region,
    enums::{Language, OrganisationKind, PathwayStatus, RegionStatus, Visibility},
};
use crate::pagination::{IdConnection, page_args};

/// The `regions` query's answer.
pub enum RegionList {
    /// The whole connection, rendered by the database: the placeholder of its JSON text among
    /// the response's [`RenderedParts`](crate::RenderedParts).
    Rendered(Value),
    /// Resolved field by field.
    Resolved(IdConnection<Region>),
}

impl OutputType for RegionList {
    fn type_name() -> Cow<'static, str> {
        IdConnection::<Region>::type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        IdConnection::<Region>::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        match self {
            Self::Rendered(placeholder) => Ok(placeholder.clone()),
            Self::Resolved(connection) => connection.resolve(ctx, field).await,
        }
    }
}

/// What the database renders of the `regions` field `field`, or `None` when the selection has
/// anything it does not render.
pub fn rendered_selection(
    field: &Positioned<Field>,
    viewer: &Viewer,
) -> Option<Selection<ListField<RegionField>>> {
    plain(&field.node.selection_set.node).then_some(())?;
    list::<Region, _>(&field.node.selection_set.node, |fields| {
        selection(
            fields,
            |name, field| {
                Some(match name {
                    "id" => RegionField::Id,
                    "slug" => RegionField::Slug,
                    "timeZone" => RegionField::TimeZone,
                    "status" => RegionField::Status(enum_names::<RegionStatus, _>(
                        verkosto_domain::RegionStatus::as_str,
                    )),
                    "name" => {
                        let language = match arguments(field, &["language"])?.language {
                            Some(language) => language,
                            None => verkosto_domain::Language::Finnish,
                        };
                        RegionField::Name(LocalizedName::fallback_order(language))
                    }
                    "organisations" => {
                        let page = MemberPage {
                            after: None,
                            take: arguments(field, &["first"])?.take,
                            kinds: Vec::new(),
                            public_only: !policy::can_read_directory_entry(viewer, false),
                        };
                        RegionField::Organisations(
                            page,
                            list::<Organisation, _>(&field.selection_set.node, organisation)?,
                        )
                    }
                    "pathways" => {
                        let page = RegionPage {
                            after: None,
                            take: arguments(field, &["first"])?.take,
                            statuses: Vec::new(),
                            with_published: false,
                        };
                        RegionField::Pathways(
                            page,
                            list::<Pathway, _>(&field.selection_set.node, pathway)?,
                        )
                    }
                    _ => return None,
                })
            },
            Region::type_name(),
            RegionField::Text,
        )
    })
}

fn organisation(fields: &SelectionSet) -> Option<Selection<OrganisationField>> {
    selection(
        fields,
        |name, _| {
            Some(match name {
                "id" => OrganisationField::Id,
                "name" => OrganisationField::Name,
                "municipality" => OrganisationField::Municipality,
                "kind" => OrganisationField::Kind(enum_names::<OrganisationKind, _>(
                    verkosto_domain::OrganisationKind::as_str,
                )),
                _ => return None,
            })
        },
        Organisation::type_name(),
        OrganisationField::Text,
    )
}

fn pathway(fields: &SelectionSet) -> Option<Selection<PathwayField>> {
    selection(
        fields,
        |name, field| {
            Some(match name {
                "id" => PathwayField::Id,
                "status" => PathwayField::Status(enum_names::<PathwayStatus, _>(
                    verkosto_domain::PathwayStatus::as_str,
                )),
                "visibility" => PathwayField::Visibility(enum_names::<Visibility, _>(
                    verkosto_domain::Visibility::as_str,
                )),
                "publishedVersion" => {
                    PathwayField::PublishedVersion(version(&field.selection_set.node)?)
                }
                _ => return None,
            })
        },
        Pathway::type_name(),
        PathwayField::Text,
    )
}

fn version(fields: &SelectionSet) -> Option<Selection<VersionField>> {
    selection(
        fields,
        |name, _| {
            Some(match name {
                "id" => VersionField::Id,
                "number" => VersionField::Number,
                "title" => VersionField::Title,
                "summary" => VersionField::Summary,
                "language" => VersionField::Language(enum_names::<Language, _>(
                    verkosto_domain::Language::as_str,
                )),
                _ => return None,
            })
        },
        PathwayVersion::type_name(),
        VersionField::Text,
    )
}

/// A connection of `N`: its `__typename` and `edges`, each edge's `__typename`, `cursor` and
/// `node` (rendered by `node`).
fn list<N: OutputType, F>(
    fields: &SelectionSet,
    node: impl Fn(&SelectionSet) -> Option<Selection<F>>,
) -> Option<Selection<ListField<F>>> {
    selection(
        fields,
        |name, field| match name {
            "edges" => selection(
                &field.selection_set.node,
                |name, field| match name {
                    "cursor" => Some(EdgeField::Cursor),
                    "node" => node(&field.selection_set.node).map(EdgeField::Node),
                    _ => None,
                },
                Edge::<String, N, EmptyFields>::type_name(),
                EdgeField::Text,
            )
            .map(ListField::Edges),
            _ => None,
        },
        IdConnection::<N>::type_name(),
        ListField::Text,
    )
}

/// Each field of `fields` under its response key, `__typename` as `text(type_name)`, the others
/// as `field` makes them; `None` when `field` makes nothing of one or a key comes twice.
fn selection<F>(
    fields: &SelectionSet,
    field: impl Fn(&str, &Field) -> Option<F>,
    type_name: Cow<'static, str>,
    text: impl Fn(String) -> F,
) -> Option<Selection<F>> {
    let mut selection: Selection<F> = Vec::with_capacity(fields.items.len());
    for item in &fields.items {
        let AstSelection::Field(item) = &item.node else {
            return None;
        };
        let item = &item.node;
        let key = item.response_key().node.to_string();
        if selection.iter().any(|(seen, _)| *seen == key) {
            return None;
        }
        let name = item.name.node.as_str();
        let value = if name == "__typename" {
            text(type_name.to_string())
        } else {
            field(name, item)?
        };
        selection.push((key, value));
    }
    Some(selection)
}

/// Whether a selection set and every one below it holds fields only, with no directives.
fn plain(fields: &SelectionSet) -> bool {
    fields.items.iter().all(|item| match &item.node {
        AstSelection::Field(field) => {
            field.node.directives.is_empty() && plain(&field.node.selection_set.node)
        }
        AstSelection::FragmentSpread(_) | AstSelection::InlineFragment(_) => false,
    })
}

/// The arguments of a nested field, when it has none but `allowed` and each is a literal the
/// resolver would accept (variables and refused values go to the resolver).
struct Arguments {
    take: u64,
    language: Option<verkosto_domain::Language>,
}

fn arguments(field: &Field, allowed: &[&str]) -> Option<Arguments> {
    let mut first = None;
    let mut language = None;
    for (name, value) in &field.arguments {
        let name = name.node.as_str();
        if !allowed.contains(&name) {
            return None;
        }
        match (name, value.node.clone().into_const()?) {
            (_, Value::Null) => {}
            ("first", Value::Number(number)) => {
                first = Some(i32::try_from(number.as_i64()?).ok()?);
            }
            ("language", Value::Enum(value)) => {
                language = Some(enum_value::<Language>(&value)?.into());
            }
            _ => return None,
        }
    }
    let (_, take) = page_args(first, None).ok()?;
    Some(Arguments { take, language })
}

/// The GraphQL enum value named `name`.
fn enum_value<G: EnumType + Copy>(name: &Name) -> Option<G> {
    G::items()
        .iter()
        .find(|item| item.name == name.as_str())
        .map(|item| item.value)
}

/// Each stored text of the domain enum `D` with the name of its GraphQL enum `G`.
fn enum_names<G, D>(as_str: fn(D) -> &'static str) -> EnumNames
where
    G: EnumType + Copy,
    D: From<G>,
{
    G::items()
        .iter()
        .map(|item| (as_str(D::from(item.value)), item.name))
        .collect()
}
