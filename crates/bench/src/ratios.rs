//! The table of ratios: each workload's figure against its reference and its target.
//!
//! A ratio always reads "times better than the reference": throughput over throughput, or the
//! reference's time (or memory) over Verkosto's.

use serde_json::{Value, json};

/// One row of the table.
struct Row {
    workload: String,
    measure: &'static str,
    verkosto: Option<f64>,
    reference: Option<f64>,
    /// Reference's name, or why it is missing.
    against: String,
    /// Higher is better (throughput) or lower is better (time, memory).
    higher_is_better: bool,
    /// The target: a minimum ratio, or a maximum absolute figure.
    target: Target,
}

enum Target {
    /// Verkosto must be at least this many times better.
    Ratio(f64),
    /// Verkosto's own figure must be at most this.
    AtMost(f64, &'static str),
    /// Reported only (the target applies at another corpus size).
    None,
}

impl Row {
    fn ratio(&self) -> Option<f64> {
        let (ours, theirs) = (self.verkosto?, self.reference?);
        if ours <= 0.0 || theirs <= 0.0 {
            return None;
        }
        Some(if self.higher_is_better {
            ours / theirs
        } else {
            theirs / ours
        })
    }

    fn met(&self) -> Option<bool> {
        match self.target {
            Target::Ratio(min) => self.ratio().map(|r| r >= min),
            Target::AtMost(max, _) => self.verkosto.map(|v| v <= max),
            Target::None => None,
        }
    }

    fn target_text(&self) -> String {
        match self.target {
            Target::Ratio(min) => format!("≥ {min}×"),
            Target::AtMost(max, unit) => format!("≤ {max} {unit}"),
            Target::None => "—".to_owned(),
        }
    }

    fn json(&self) -> Value {
        json!({
            "workload": self.workload,
            "measure": self.measure,
            "verkosto": self.verkosto,
            "reference": self.reference,
            "against": self.against,
            "ratio": self.ratio().map(crate::stats::round),
            "target": self.target_text(),
            "met": self.met(),
        })
    }
}

fn f(value: &Value) -> Option<f64> {
    value.as_f64()
}

fn reference_name(figures: &Value, key: &str, name: &str) -> String {
    match figures["references"][key].as_str() {
        Some("ran") | None => name.to_owned(),
        Some(why) => why.to_owned(),
    }
}

/// The rows from a run's figures (see `compare::run`), as JSON.
pub fn table(figures: &Value, size: usize) -> Value {
    let postgraphile = reference_name(figures, "postgraphile", "PostGraphile 4");
    let postgres = reference_name(figures, "postgres", "PostgreSQL");
    let large = size >= 100_000;
    let mut rows = vec![Row {
        workload: "/healthz".into(),
        measure: "requests/s",
        verkosto: f(&figures["healthz"]["verkosto"]["requests_per_second"]),
        reference: f(&figures["healthz"]["axum_hello"]["requests_per_second"]),
        against: "axum hello-world".into(),
        higher_is_better: true,
        target: Target::Ratio(0.85),
    }];
    let nested = &figures["nested"];
    let pg_nested = f(&nested["PostGraphile"]["requests_per_second"]);
    for (name, min) in [("Verkosto (SQLite)", 5.0), ("Verkosto (PostgreSQL)", 3.0)] {
        let ours = &nested[name];
        rows.push(Row {
            workload: format!("nested list, {name}"),
            measure: "requests/s",
            verkosto: f(&ours["requests_per_second"]),
            reference: pg_nested,
            against: postgraphile.clone(),
            higher_is_better: true,
            target: Target::Ratio(min),
        });
        rows.push(Row {
            workload: format!("nested list, {name}"),
            measure: "p99 ms",
            verkosto: f(&ours["p99_ms"]),
            reference: f(&nested["PostGraphile"]["p99_ms"]),
            against: postgraphile.clone(),
            higher_is_better: false,
            target: Target::AtMost(40.0, "ms"),
        });
        rows.push(Row {
            workload: format!("nested list, {name}"),
            measure: "SQL statements/request",
            verkosto: f(&ours["sql_statements_per_request"]),
            reference: None,
            against: "—".into(),
            higher_is_better: false,
            target: Target::AtMost(4.0, "statements"),
        });
    }
    for class in ["stem", "inflected", "rare", "two words", "mixed"] {
        let search = &figures["search"][class];
        let target = match class {
            "rare" => Target::Ratio(2.0),
            "mixed" => Target::None,
            _ => Target::Ratio(10.0),
        };
        // the reference asked what Verkosto answers (judged), and asked for the top ten alone
        for (reference, asked, target) in [
            ("postgraphile", "count + top ten", target),
            ("postgraphile_top_ten", "top ten only", Target::None),
        ] {
            rows.push(Row {
                workload: format!("search, {class}"),
                measure: "requests/s",
                verkosto: f(&search["verkosto"]["requests_per_second"]),
                reference: f(&search[reference]["requests_per_second"]),
                against: format!("{postgraphile} + ts_rank_cd, {asked}"),
                higher_is_better: true,
                target,
            });
        }
    }
    let writes = &figures["writes"];
    rows.push(Row {
        workload: "writes while searching".into(),
        measure: "mutation p99 ms",
        verkosto: f(&writes["mutation"]["p99_ms"]),
        reference: f(&writes["postgres_insert"]["p99_ms"]),
        against: format!("{postgres} insert + tsvector"),
        higher_is_better: false,
        target: Target::AtMost(20.0, "ms"),
    });
    rows.push(Row {
        workload: "writes while searching".into(),
        measure: "write→searchable p99 ms",
        verkosto: f(&writes["write_to_searchable"]["p99_ms"]),
        reference: None,
        against: "—".into(),
        higher_is_better: false,
        target: Target::AtMost(1000.0, "ms"),
    });
    let degradation = match (
        f(&writes["search_while_writing"]["p99_ms"]),
        f(&writes["search_without_writes"]["p99_ms"]),
    ) {
        (Some(with), Some(without)) if without > 0.0 => Some(crate::stats::round(with / without)),
        _ => None,
    };
    rows.push(Row {
        workload: "writes while searching".into(),
        measure: "search p99 with / without writes",
        verkosto: degradation,
        reference: None,
        against: "—".into(),
        higher_is_better: false,
        target: Target::AtMost(1.5, "×"),
    });
    rows.push(Row {
        workload: "cold start to first answer".into(),
        measure: "ms",
        verkosto: f(&figures["cold_start_ms"]["verkosto"]),
        reference: f(&figures["cold_start_ms"]["postgraphile"]),
        against: postgraphile.clone(),
        higher_is_better: false,
        target: Target::AtMost(if large { 300.0 } else { 150.0 }, "ms"),
    });
    rows.push(Row {
        workload: "memory, idle".into(),
        measure: "MB RSS",
        verkosto: f(&figures["memory_mb"]["verkosto_idle"]),
        reference: None,
        against: "—".into(),
        higher_is_better: false,
        target: Target::AtMost(40.0, "MB"),
    });
    rows.push(Row {
        workload: "memory, after the run".into(),
        measure: "MB RSS",
        verkosto: f(&figures["memory_mb"]["verkosto_after_load"]),
        reference: f(&figures["memory_mb"]["postgraphile_after_load"]),
        against: postgraphile.clone(),
        higher_is_better: false,
        target: Target::AtMost(if large { 200.0 } else { 100.0 }, "MB"),
    });
    rows.push(Row {
        workload: format!("bulk import of {size} pathways (database and index)"),
        measure: "s",
        verkosto: f(&figures["bulk_import_seconds"]["verkosto"]),
        reference: f(&figures["bulk_import_seconds"]["postgres_copy"]),
        against: format!("{postgres} COPY + tsvector + GIN"),
        higher_is_better: false,
        target: if large {
            Target::AtMost(25.0, "s")
        } else {
            Target::None
        },
    });
    Value::Array(rows.iter().map(Row::json).collect())
}

/// The table as text.
pub fn render(table: &Value, size: usize, regions: usize) -> String {
    let mut out = format!(
        "\nverkosto-bench compare — {size} pathways in {regions} regions (ratio = times better than the reference)\n\n{:<46} {:<34} {:>10} {:>10} {:>8} {:>14} {:>5}  against\n",
        "workload", "measure", "Verkosto", "reference", "ratio", "target", "met"
    );
    let number = |v: &Value| v.as_f64().map_or("—".to_owned(), |x| format!("{x:.2}"));
    for row in table.as_array().into_iter().flatten() {
        out.push_str(&format!(
            "{:<46} {:<34} {:>10} {:>10} {:>8} {:>14} {:>5}  {}\n",
            row["workload"].as_str().unwrap_or_default(),
            row["measure"].as_str().unwrap_or_default(),
            number(&row["verkosto"]),
            number(&row["reference"]),
            row["ratio"]
                .as_f64()
                .map_or("—".to_owned(), |r| format!("{r:.2}×")),
            row["target"].as_str().unwrap_or_default(),
            match row["met"].as_bool() {
                Some(true) => "yes",
                Some(false) => "NO",
                None => "—",
            },
            short(row["against"].as_str().unwrap_or_default()),
        ));
    }
    out
}

/// The first 60 characters of a reference's name or of why it was skipped (JSON has it all).
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > 60 {
        format!("{}…", line.chars().take(60).collect::<String>())
    } else {
        line.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_read_as_times_better_and_targets_are_judged() {
        let figures = json!({
            "references": { "postgraphile": "ran", "postgres": "ran" },
            "healthz": { "verkosto": { "requests_per_second": 900.0 },
                         "axum_hello": { "requests_per_second": 1000.0 } },
            "cold_start_ms": { "verkosto": 50.0, "postgraphile": 600.0 },
        });
        let table = table(&figures, 10_000);
        let rows = table.as_array().unwrap();
        let healthz = &rows[0];
        assert_eq!(healthz["ratio"], json!(0.9));
        assert_eq!(healthz["met"], json!(true));
        let cold = rows
            .iter()
            .find(|r| r["workload"] == "cold start to first answer")
            .unwrap();
        assert_eq!(cold["ratio"], json!(12.0));
        assert_eq!(cold["met"], json!(true));
        let nested = rows
            .iter()
            .find(|r| r["workload"] == "nested list, Verkosto (SQLite)")
            .unwrap();
        assert_eq!(nested["met"], Value::Null, "no figures: not judged");
    }
}
