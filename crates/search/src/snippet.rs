//! Snippets: a fragment of a hit's body around the most query words, the matches marked and the
//! rest HTML-escaped. Both engines build them here, so they mark the same words.

use verkosto_domain::Language;

use crate::analysis::{self, QueryWord, typo_distance};

/// The longest snippet fragment, in characters.
const SNIPPET_CHARS: usize = 220;
/// Decides which words of a document the snippet marks: the words of the query as typed (and
/// the last one as a prefix), words whose stem or compound parts are a query stem or equivalent,
/// and words within the typo allowance (of the query words that have one).
///
/// One marker serves all the snippets of a search: it remembers each word it has decided, and
/// the hits of one query share most of their words.
pub(crate) struct Marker<'q> {
    query: &'q [QueryWord],
    stems: foldhash::HashSet<&'q str>,
    /// Each folded word decided so far, by the language of the document it was seen in.
    seen: foldhash::HashMap<Language, foldhash::HashMap<String, bool>>,
    /// The word being decided, folded (kept to reuse its allocation).
    folded: String,
}

impl<'q> Marker<'q> {
    pub(crate) fn new(query: &'q [QueryWord]) -> Self {
        let stems = query
            .iter()
            .flat_map(|q| q.stems.iter().chain(&q.synonyms).chain(&q.parts))
            .map(String::as_str)
            .collect();
        Self {
            query,
            stems,
            seen: foldhash::HashMap::default(),
            folded: String::new(),
        }
    }

    fn matches(&mut self, word: &str, language: Language) -> bool {
        if self.query.is_empty() {
            return false;
        }
        self.folded.clear();
        analysis::fold_into(word, &mut self.folded);
        let seen = self.seen.entry(language).or_default();
        if let Some(known) = seen.get(self.folded.as_str()) {
            return *known;
        }
        let folded = self.folded.as_str();
        let length = folded.chars().count();
        let matched = self.query.iter().any(|q| {
            folded == q.text
                || (q.is_last && q.text.chars().count() >= 2 && folded.starts_with(&q.text))
                || {
                    let distance = usize::from(typo_distance(&q.text));
                    q.typo
                        && distance > 0
                        && length.abs_diff(q.text.chars().count()) <= distance
                        && analysis::edit_distance(folded, &q.text) <= distance
                }
        }) || analysis::has_index_term(word, language, |t| self.stems.contains(t));
        seen.insert(folded.to_owned(), matched);
        matched
    }
}

/// Appends `text` HTML-escaped, each run of whitespace as one space (none at the start).
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_whitespace() => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
}

/// A word of a body: byte range, character range and whether it matches the query.
struct Span {
    bytes: (usize, usize),
    chars: (usize, usize),
    matched: bool,
}

/// A fragment of `body` around the most query words, each match in `<mark>`, the rest escaped.
pub(crate) fn snippet(body: &str, language: Language, marker: &mut Marker<'_>) -> String {
    let mut spans: Vec<Span> = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (chars, (i, c)) in body
        .char_indices()
        .chain(std::iter::once((body.len(), ' ')))
        .enumerate()
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some((i, chars)),
            (false, Some((b, ch))) => {
                let matched = marker.matches(&body[b..i], language);
                spans.push(Span {
                    bytes: (b, i),
                    chars: (ch, chars),
                    matched,
                });
                start = None;
            }
            _ => {}
        }
    }
    if spans.is_empty() {
        let mut out = String::new();
        escape(body, &mut out);
        if out.ends_with(' ') {
            out.pop();
        }
        return out;
    }
    let matches: Vec<usize> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.matched)
        .map(|(i, _)| i)
        .collect();
    // the match to start from: the one whose window covers the most matches (the earliest on ties)
    let best = matches
        .iter()
        .map(|&m| {
            let from = spans[m].chars.0;
            let covered = matches
                .iter()
                .filter(|&&n| spans[n].chars.0 >= from && spans[n].chars.1 - from <= SNIPPET_CHARS)
                .count();
            (m, covered)
        })
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(0, |(m, _)| m);
    // a few words of context before it
    let first = best.saturating_sub(4);
    let (from_byte, from_char) = if first == 0 {
        (0, 0)
    } else {
        (spans[first].bytes.0, spans[first].chars.0)
    };
    let last = (first..spans.len())
        .take_while(|&k| spans[k].chars.1 - from_char <= SNIPPET_CHARS)
        .last()
        .unwrap_or(first);
    let to_byte = if last + 1 == spans.len() {
        body.len()
    } else {
        spans[last].bytes.1
    };
    let mut out = String::new();
    if from_byte > 0 {
        out.push('…');
    }
    let mut cursor = from_byte;
    for span in &spans[first..=last] {
        let (s, e) = span.bytes;
        escape(&body[cursor..s], &mut out);
        if span.matched {
            out.push_str("<mark>");
            escape(&body[s..e], &mut out);
            out.push_str("</mark>");
        } else {
            escape(&body[s..e], &mut out);
        }
        cursor = e;
    }
    escape(&body[cursor..to_byte], &mut out);
    if out.ends_with(' ') {
        out.pop();
    }
    if to_byte < body.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_mark_inflected_matches_and_escape_the_rest() {
        let query = analysis::analyze_query("hoitopolku väkivalta", Some(Language::Finnish));
        let body =
            "Tämä <b>hoitopolun</b> tavoite on ehkäistä lähisuhdeväkivaltaa & tukea perhettä.";
        let snippet = snippet(body, Language::Finnish, &mut Marker::new(&query));
        assert_eq!(
            snippet,
            "Tämä &lt;b&gt;<mark>hoitopolun</mark>&lt;/b&gt; tavoite on ehkäistä <mark>lähisuhdeväkivaltaa</mark> &amp; tukea perhettä."
        );
    }

    #[test]
    fn a_long_body_is_cut_around_the_matches() {
        let filler = "sana ".repeat(100);
        let body = format!("{filler}vankilasta vapautuva asiakas {filler}");
        let query = analysis::analyze_query("vankila", Some(Language::Finnish));
        let snippet = snippet(&body, Language::Finnish, &mut Marker::new(&query));
        assert!(
            snippet.starts_with('…') && snippet.ends_with('…'),
            "{snippet}"
        );
        assert!(snippet.contains("<mark>vankilasta</mark>"), "{snippet}");
        assert!(snippet.chars().count() < SNIPPET_CHARS + 40, "{snippet}");
    }

    #[test]
    fn whitespace_runs_become_one_space() {
        let query = analysis::analyze_query("vankila", Some(Language::Finnish));
        let body = "\n  Ohjaus\t\tvankilasta  vapautuville.\n\n- Vaihe   kaksi  \n";
        let snippet = snippet(body, Language::Finnish, &mut Marker::new(&query));
        assert_eq!(
            snippet,
            "Ohjaus <mark>vankilasta</mark> vapautuville. - Vaihe kaksi"
        );
        let none = snippet_of_nothing("  \n & \t ");
        assert_eq!(none, "&amp;");
    }

    fn snippet_of_nothing(body: &str) -> String {
        snippet(body, Language::Finnish, &mut Marker::new(&[]))
    }
}
