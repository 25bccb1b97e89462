//! [`FacetCollector`]: the total of a search and, per facet field, how many matches hold each
//! value, counted by term ordinal over the fast fields and named once per segment.

use std::collections::{BTreeMap, HashMap};

use tantivy::{
    DocId, Score, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::StrColumn,
};
use uuid::Uuid;
use verkosto_domain::{Language, OrganisationKind, PathwayStatus, TargetGroup};

use crate::{DocType, Facets, port::FACET_FIELDS};

/// Counts matching documents and (when `values`) the values of each facet field.
pub(super) struct FacetCollector {
    pub(super) values: bool,
}

/// Per segment: its columns and counts by term ordinal.
pub(super) struct FacetSegment {
    total: u64,
    columns: Vec<Option<StrColumn>>,
    counts: Vec<Vec<u64>>,
}

/// The counts of one segment or of all.
#[derive(Default)]
pub(super) struct FacetCounts {
    pub(super) total: u64,
    values: [HashMap<String, u64>; 6],
}

impl FacetCounts {
    /// The counts by value, parsed.
    pub(super) fn facets(&self) -> Facets {
        fn each<K: Ord>(
            values: &HashMap<String, u64>,
            parse: impl Fn(&str) -> Option<K>,
        ) -> BTreeMap<K, u64> {
            values
                .iter()
                .filter_map(|(v, n)| parse(v).map(|k| (k, *n)))
                .collect()
        }
        Facets {
            regions: each(&self.values[0], |v| v.parse::<Uuid>().ok()),
            organisation_kinds: each(&self.values[1], |v| OrganisationKind::parse("kind", v).ok()),
            target_groups: each(&self.values[2], |v| {
                TargetGroup::parse("target_group", v).ok()
            }),
            languages: each(&self.values[3], |v| Language::parse("language", v).ok()),
            doc_types: each(&self.values[4], DocType::parse),
            statuses: each(&self.values[5], |v| PathwayStatus::parse("status", v).ok()),
        }
    }
}

impl Collector for FacetCollector {
    type Fruit = FacetCounts;
    type Child = FacetSegment;

    fn for_segment(&self, _segment: u32, reader: &SegmentReader) -> tantivy::Result<FacetSegment> {
        let mut columns = Vec::with_capacity(FACET_FIELDS.len());
        let mut counts = Vec::with_capacity(FACET_FIELDS.len());
        if self.values {
            for name in FACET_FIELDS {
                let column = reader.fast_fields().str(name)?;
                counts.push(vec![0; column.as_ref().map_or(0, |c| c.num_terms())]);
                columns.push(column);
            }
        }
        Ok(FacetSegment {
            total: 0,
            columns,
            counts,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut merged = FacetCounts::default();
        for fruit in fruits {
            merged.total += fruit.total;
            for (into, from) in merged.values.iter_mut().zip(fruit.values) {
                for (value, count) in from {
                    *into.entry(value).or_default() += count;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for FacetSegment {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.total += 1;
        for (column, counts) in self.columns.iter().zip(&mut self.counts) {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(count) = usize::try_from(ord).ok().and_then(|o| counts.get_mut(o)) {
                        *count += 1;
                    }
                }
            }
        }
    }

    fn harvest(self) -> FacetCounts {
        let mut fruit = FacetCounts {
            total: self.total,
            ..FacetCounts::default()
        };
        for ((column, counts), values) in
            self.columns.iter().zip(&self.counts).zip(&mut fruit.values)
        {
            let Some(column) = column else { continue };
            for (ord, count) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
                let mut value = String::new();
                if column.ord_to_str(ord as u64, &mut value).unwrap_or(false) {
                    values.insert(value, *count);
                }
            }
        }
        fruit
    }
}
