//! JSON that the database rendered, written into the response as it is.
//!
//! A resolver holding a rendered JSON text could hand it to async-graphql only as a parsed
//! `Value` (an ordered map and a shared name for every key), which the server then writes back
//! out as the same text: over 100 regions the parsing alone took a fifth of a request. Instead
//! the resolver answers a placeholder text naming its part, and the server puts each part in
//! the place of its placeholder when it writes the response. A placeholder carries a random tag
//! drawn for the request, so no text in the data can pass for one.

use std::sync::{Mutex, MutexGuard, PoisonError};

use async_graphql::Value;
use uuid::Uuid;

/// The rendered parts of one response.
pub struct RenderedParts {
    /// The start of each placeholder: a control character and the request's random tag.
    tag: String,
    parts: Mutex<Vec<String>>,
}

impl Default for RenderedParts {
    fn default() -> Self {
        Self {
            tag: format!("\u{1}rendered-{}-", Uuid::new_v4().simple()),
            parts: Mutex::default(),
        }
    }
}

impl RenderedParts {
    /// Keeps `json` (a JSON value's text) and answers the placeholder that [`splice`] replaces
    /// with it.
    ///
    /// [`splice`]: Self::splice
    pub fn placeholder(&self, json: String) -> Value {
        let mut parts = self.parts();
        parts.push(json);
        Value::String(format!("{}{}", self.tag, parts.len() - 1))
    }

    /// Whether no resolver left a part.
    pub fn is_empty(&self) -> bool {
        self.parts().is_empty()
    }

    /// `response`, a serialized response, with each placeholder's JSON string replaced by its
    /// part.
    pub fn splice(&self, response: &str) -> String {
        let parts = self.parts();
        // The placeholder as serde_json writes it: quoted, the control character escaped.
        let start = serde_json::to_string(&self.tag).unwrap_or_default();
        let start = start.trim_end_matches('"');
        let mut spliced =
            String::with_capacity(response.len() + parts.iter().map(String::len).sum::<usize>());
        let mut rest = response;
        while let Some(at) = rest.find(start) {
            spliced.push_str(&rest[..at]);
            let after = &rest[at + start.len()..];
            let end = after.find('"').unwrap_or(after.len());
            match after[..end]
                .parse::<usize>()
                .ok()
                .and_then(|i| parts.get(i))
            {
                Some(part) => spliced.push_str(part),
                None => spliced.push_str("null"),
            }
            rest = after.get(end + 1..).unwrap_or_default();
        }
        spliced.push_str(rest);
        spliced
    }

    fn parts(&self) -> MutexGuard<'_, Vec<String>> {
        // Parts are pushed whole; a panic elsewhere cannot leave one half written.
        self.parts.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::{Name, indexmap::IndexMap};

    use super::*;

    #[test]
    fn each_placeholder_is_replaced_by_its_part_and_lookalike_text_is_left_alone() {
        let parts = RenderedParts::default();
        let first = parts.placeholder(r#"{"edges":[{"node":{"name":"Alue \"A\""}}]}"#.to_owned());
        let second = parts.placeholder("[1,2]".to_owned());
        let mut object = IndexMap::new();
        object.insert(Name::new("regions"), first);
        object.insert(Name::new("other"), second);
        object.insert(
            Name::new("lookalike"),
            Value::String("\u{1}rendered-0000-0".to_owned()),
        );
        let response = serde_json::to_string(&Value::Object(object)).unwrap();
        let spliced: serde_json::Value = serde_json::from_str(&parts.splice(&response)).unwrap();
        assert_eq!(
            spliced,
            serde_json::json!({
                "regions": { "edges": [{ "node": { "name": "Alue \"A\"" } }] },
                "other": [1, 2],
                "lookalike": "\u{1}rendered-0000-0",
            })
        );
    }
}
