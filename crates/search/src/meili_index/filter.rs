//! Meilisearch filter expressions: the viewer's reading rights and the request's filters.

use uuid::Uuid;

use crate::{AccessScope, SearchFilter};

/// A filter string literal.
pub(super) fn quote(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `field IN [values]`, each value quoted.
pub(super) fn any_of(field: &str, values: impl IntoIterator<Item = String>) -> String {
    let values: Vec<String> = values.into_iter().map(|v| quote(&v)).collect();
    format!("{field} IN [{}]", values.join(", "))
}

/// The reading rights as a filter, rule for rule as [`AccessScope::admits`]; `None` for admins.
fn scope_filter(scope: &AccessScope) -> Option<String> {
    if scope.admin {
        return None;
    }
    let mut rules = vec!["acc_public = true".to_owned()];
    if !scope.member_of.is_empty() {
        rules.push("acc_any_member = true".to_owned());
        rules.push(any_of(
            "acc_member_of",
            scope.member_of.iter().map(Uuid::to_string),
        ));
    }
    if !scope.coordinator_of.is_empty() {
        rules.push(any_of(
            "acc_coordinator_of",
            scope.coordinator_of.iter().map(Uuid::to_string),
        ));
    }
    if let Some(person) = scope.person {
        rules.push(format!("acc_person = {}", quote(&person.to_string())));
    }
    Some(format!("({})", rules.join(" OR ")))
}

/// The whole filter of a search: the reading rights and every filter dimension.
pub(super) fn filter_expression(scope: &AccessScope, filter: &SearchFilter) -> Option<String> {
    let dimensions: [(&str, Vec<String>); 6] = [
        (
            "regions",
            filter.regions.iter().map(Uuid::to_string).collect(),
        ),
        (
            "organisation_kinds",
            names(filter.organisation_kinds.iter().map(|k| k.as_str())),
        ),
        (
            "target_groups",
            names(filter.target_groups.iter().map(|g| g.as_str())),
        ),
        (
            "language",
            names(filter.languages.iter().map(|l| l.as_str())),
        ),
        (
            "doc_type",
            names(filter.doc_types.iter().map(|t| t.as_str())),
        ),
        ("status", names(filter.statuses.iter().map(|s| s.as_str()))),
    ];
    let clauses: Vec<String> = scope_filter(scope)
        .into_iter()
        .chain(
            dimensions
                .into_iter()
                .filter(|(_, values)| !values.is_empty())
                .map(|(field, values)| any_of(field, values)),
        )
        .collect();
    (!clauses.is_empty()).then(|| clauses.join(" AND "))
}

/// Owned copies of `values`, for [`any_of`].
fn names<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values.map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use verkosto_domain::{Language, PathwayStatus};

    use super::*;
    use crate::DocType;

    #[test]
    fn the_scope_filter_follows_admits() {
        assert_eq!(
            scope_filter(&AccessScope {
                admin: true,
                ..AccessScope::default()
            }),
            None
        );
        assert_eq!(
            scope_filter(&AccessScope::default()).as_deref(),
            Some("(acc_public = true)")
        );
        let region = Uuid::nil();
        let person = Uuid::from_u128(7);
        let scope = AccessScope {
            admin: false,
            person: Some(person),
            member_of: vec![region],
            coordinator_of: vec![region],
        };
        assert_eq!(
            scope_filter(&scope).as_deref(),
            Some(
                "(acc_public = true OR acc_any_member = true \
                 OR acc_member_of IN [\"00000000-0000-0000-0000-000000000000\"] \
                 OR acc_coordinator_of IN [\"00000000-0000-0000-0000-000000000000\"] \
                 OR acc_person = \"00000000-0000-0000-0000-000000000007\")"
            )
        );
    }

    #[test]
    fn filters_join_the_scope_and_every_dimension() {
        let filter = SearchFilter {
            languages: vec![Language::Finnish, Language::Swedish],
            doc_types: vec![DocType::Pathway],
            statuses: vec![PathwayStatus::Published],
            ..SearchFilter::default()
        };
        assert_eq!(
            filter_expression(&AccessScope::default(), &filter).as_deref(),
            Some(
                "(acc_public = true) AND language IN [\"fi\", \"sv\"] AND doc_type IN [\"pathway\"] \
                 AND status IN [\"published\"]"
            )
        );
        assert_eq!(
            filter_expression(
                &AccessScope {
                    admin: true,
                    ..AccessScope::default()
                },
                &SearchFilter::default()
            ),
            None
        );
    }

    #[test]
    fn quoting_escapes_quotes_and_backslashes() {
        assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
    }
}
