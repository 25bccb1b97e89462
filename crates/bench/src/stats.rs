//! Latency summaries.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::queries::{Query, QueryClass};

/// Latencies per query class.
pub type ByClass = Vec<(QueryClass, Vec<Duration>)>;

/// What running a query set measured.
pub struct Timed {
    /// Latencies per class.
    pub latencies: ByClass,
    /// The queries that found nothing.
    pub empty: Vec<Query>,
}

/// Runs every query once after a warm-up of 20, timing each; `run` answers the number of hits.
pub async fn time_queries<F, Fut>(queries: &[Query], run: F) -> anyhow::Result<Timed>
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<usize>>,
{
    for query in queries.iter().take(20) {
        run(query.text.clone()).await?;
    }
    let mut latencies: ByClass = QueryClass::ALL.iter().map(|c| (*c, Vec::new())).collect();
    let mut empty = Vec::new();
    for query in queries {
        let started = Instant::now();
        let hits = run(query.text.clone()).await?;
        let took = started.elapsed();
        if hits == 0 {
            empty.push(query.clone());
        }
        if let Some((_, samples)) = latencies.iter_mut().find(|(c, _)| *c == query.class) {
            samples.push(took);
        }
    }
    Ok(Timed { latencies, empty })
}

/// p50, p99, mean and count of a set of durations, in milliseconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    /// Samples.
    pub count: usize,
    /// Median.
    pub p50: f64,
    /// 99th percentile.
    pub p99: f64,
    /// Mean.
    pub mean: f64,
}

impl Summary {
    /// Summarises `samples` (nearest-rank percentiles).
    pub fn of(samples: &[Duration]) -> Self {
        if samples.is_empty() {
            return Self::default();
        }
        let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
        ms.sort_by(f64::total_cmp);
        let rank = |p: f64| ms[((p * ms.len() as f64).ceil() as usize).clamp(1, ms.len()) - 1];
        Self {
            count: ms.len(),
            p50: rank(0.50),
            p99: rank(0.99),
            mean: ms.iter().sum::<f64>() / ms.len() as f64,
        }
    }

    /// As JSON.
    pub fn json(&self) -> Value {
        json!({ "count": self.count, "p50_ms": round(self.p50), "p99_ms": round(self.p99), "mean_ms": round(self.mean) })
    }
}

/// Three decimals.
pub fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        let summary = Summary::of(&samples);
        assert_eq!(summary.p50, 50.0);
        assert_eq!(summary.p99, 99.0);
        assert_eq!(summary.mean, 50.5);
    }
}
