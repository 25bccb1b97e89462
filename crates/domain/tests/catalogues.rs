//! The message catalogues are complete and agree with the code: every language parses, defines
//! the English ids and no others, uses only the English arguments, renders every message
//! without a Fluent error; every `msg!` in the workspace names an English id and sets every
//! argument it uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use verkosto_domain::Language;
use verkosto_domain::message::CATALOGUES;

/// For one language: each message id with the variables it uses and its select keys.
#[derive(Default)]
struct Entries {
    variables: BTreeMap<String, BTreeSet<String>>,
    keys: BTreeMap<String, BTreeSet<String>>,
}

fn entries(language: Language, files: &[&str]) -> Entries {
    let mut out = Entries::default();
    for file in files {
        let resource = fluent_syntax::parser::parse(*file)
            .unwrap_or_else(|(_, errors)| panic!("{language}: Fluent syntax errors: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                let value = message
                    .value
                    .unwrap_or_else(|| panic!("{language}: {id} has no text"));
                let (mut variables, mut keys) = (BTreeSet::new(), BTreeSet::new());
                walk_pattern(&value, &mut variables, &mut keys);
                assert!(
                    out.variables.insert(id.clone(), variables).is_none(),
                    "{language}: {id} is defined twice"
                );
                out.keys.insert(id, keys);
            }
        }
    }
    out
}

fn walk_pattern(
    pattern: &ast::Pattern<&str>,
    vars: &mut BTreeSet<String>,
    keys: &mut BTreeSet<String>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, keys);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    keys: &mut BTreeSet<String>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, keys);
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = &variant.key {
                    keys.insert((*name).to_owned());
                }
                walk_pattern(&variant.value, vars, keys);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, vars, keys),
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    keys: &mut BTreeSet<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, keys),
        _ => {}
    }
}

fn english() -> Entries {
    let (language, files) = CATALOGUES[0];
    assert_eq!(language, Language::English);
    entries(language, files)
}

#[test]
fn every_language_defines_the_english_ids_with_the_english_arguments() {
    let english = english();
    assert!(
        english.variables.len() > 100,
        "the English catalogue looks truncated"
    );
    for (language, files) in &CATALOGUES[1..] {
        let other = entries(*language, files);
        let missing: Vec<_> = english
            .variables
            .keys()
            .filter(|id| !other.variables.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .variables
            .keys()
            .filter(|id| !english.variables.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has ids English lacks: {extra:?}"
        );
        for (id, variables) in &other.variables {
            let allowed = &english.variables[id];
            assert!(
                variables.is_subset(allowed),
                "{language}: {id} uses {variables:?}, English sets only {allowed:?}"
            );
            let english_keys = &english.keys[id];
            assert!(
                english_keys.is_subset(&other.keys[id]),
                "{language}: {id} lacks some of the choices {english_keys:?}"
            );
        }
    }
}

#[test]
fn every_message_renders_without_a_fluent_error_in_every_language() {
    let english = english();
    for (language, files) in CATALOGUES {
        let mut bundle =
            FluentBundle::new_concurrent(vec![language.as_str().parse().expect("a language tag")]);
        for file in files {
            let resource = FluentResource::try_new((*file).to_owned()).expect("parsed above");
            bundle
                .add_resource(resource)
                .expect("no id is defined twice");
        }
        for (id, variables) in &english.variables {
            let mut args = FluentArgs::new();
            for (i, name) in variables.iter().enumerate() {
                // Half the arguments as numbers, so that plural selections run too.
                if i % 2 == 0 {
                    args.set(name.as_str(), FluentValue::from("x"));
                } else {
                    args.set(name.as_str(), FluentValue::from(2));
                }
            }
            let message = bundle.get_message(id).expect("checked by the test above");
            let mut errors = Vec::new();
            let text =
                bundle.format_pattern(message.value().expect("has text"), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{language}: {id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{language}: {id} renders empty");
        }
    }
}

/// Every `msg!("id", name = …)` in the workspace's sources.
fn msg_calls() -> Vec<(PathBuf, String, BTreeSet<String>)> {
    let mut calls = Vec::new();
    for (file, text) in sources() {
        let mut rest = text.as_str();
        while let Some(at) = rest.find("msg!(") {
            rest = &rest[at + "msg!(".len()..];
            let Some(arguments) = call_arguments(rest) else {
                continue;
            };
            let mut parts = arguments.into_iter();
            let Some(id) = parts.next().map(str::trim) else {
                continue;
            };
            // The macro's own definition and docs use `$id` or placeholders: only literals count.
            let Some(id) = id.strip_prefix('"').and_then(|id| id.strip_suffix('"')) else {
                continue;
            };
            let args = parts
                .filter_map(|part| part.split_once('=').map(|(name, _)| name.trim().to_owned()))
                .filter(|name| !name.is_empty())
                .collect();
            calls.push((file.clone(), id.to_owned(), args));
        }
    }
    calls
}

/// Every Rust source file of the workspace's crates, with its text.
///
/// The crates are found from the package directory cargo (or nextest) gives the test when it
/// runs: a path from `env!` is fixed when the binary is built, and CI's target directory, shared
/// between clones, kept a binary that walked a deleted clone.
fn sources() -> Vec<(PathBuf, String)> {
    let package = std::env::var_os("CARGO_MANIFEST_DIR").expect("run by cargo or nextest");
    let mut files = Vec::new();
    collect_rs(&Path::new(&package).join(".."), &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("domain/src/lib.rs")),
        "the walk found the workspace's sources"
    );
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("readable source");
            (file, text)
        })
        .collect()
}

/// This file, whose comments and code mention `msg!` without calling it.
const THIS_FILE: &str = "domain/tests/catalogues.rs";

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|err| panic!("read {}: {err}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            if !path.ends_with("target") && !path.ends_with("node_modules") {
                collect_rs(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with(THIS_FILE) {
            out.push(path);
        }
    }
}

/// The arguments of a call whose opening parenthesis comes just before `text`, split at its
/// top-level commas (string literals and nested brackets skipped); `None` when it never closes.
fn call_arguments(text: &str) -> Option<Vec<&str>> {
    let (mut parts, mut start, mut depth, mut in_string, mut escaped) =
        (Vec::new(), 0, 1usize, false, false);
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    parts.push(&text[start..i]);
                    return Some(parts);
                }
            }
            ',' if depth == 1 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}

#[test]
fn every_msg_in_the_code_names_an_english_id_and_sets_its_arguments() {
    let english = english();
    let calls = msg_calls();
    assert!(calls.len() > 100, "found only {} msg! calls", calls.len());
    for (file, id, args) in &calls {
        let Some(variables) = english.variables.get(id) else {
            panic!("{}: msg!({id:?}) has no English entry", file.display());
        };
        assert!(
            variables.is_subset(args),
            "{}: msg!({id:?}) sets {args:?}, the message uses {variables:?}",
            file.display()
        );
    }
}

#[test]
fn every_catalogue_id_is_used_by_the_code() {
    let used: BTreeSet<String> = msg_calls().into_iter().map(|(_, id, _)| id).collect();
    let unused: Vec<_> = english()
        .variables
        .into_keys()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(
        unused.is_empty(),
        "catalogue entries no code uses: {unused:?}"
    );
}

#[test]
fn not_found_names_every_entity_the_code_reports() {
    let english = english();
    let choices = &english.keys["not-found"];
    for (file, text) in sources() {
        for piece in text.split("DomainError::NotFound(\"").skip(1) {
            let entity = piece.split('"').next().unwrap_or_default();
            assert!(
                choices.contains(entity),
                "{}: NotFound({entity:?}) is not a choice of `not-found`",
                file.display()
            );
        }
    }
}
