//! The load generator: wrk (Debian's package), pinned to [`LOAD_CORE`], posting a rotating set of
//! request bodies from a generated Lua script.

use std::{
    fmt::Write as _,
    net::SocketAddr,
    path::{Path, PathBuf},
    process::Command,
    time::Duration,
};

use anyhow::{Context, bail};

use crate::process::LOAD_CORE;

/// One load: what wrk sends.
#[derive(Clone)]
pub struct Load {
    /// The URL path.
    pub path: String,
    /// Request bodies, sent in turn (none: GET).
    pub bodies: Vec<String>,
    /// A bearer token, if any.
    pub token: Option<String>,
}

impl Load {
    /// GET `path`.
    pub fn get(path: &str) -> Self {
        Self {
            path: path.to_owned(),
            bodies: Vec::new(),
            token: None,
        }
    }

    /// POST each of `bodies` to `path` in turn, as JSON.
    pub fn post(path: &str, bodies: Vec<String>, token: Option<String>) -> Self {
        Self {
            path: path.to_owned(),
            bodies,
            token,
        }
    }

    fn script(&self) -> String {
        let mut lua = String::from("local bodies = {\n");
        for body in &self.bodies {
            let _ = writeln!(lua, "  [==[{body}]==],");
        }
        lua.push_str("}\nlocal i = 0\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
        if let Some(token) = &self.token {
            let _ = writeln!(lua, "wrk.headers[\"Authorization\"] = \"Bearer {token}\"");
        }
        if self.bodies.is_empty() {
            let _ = writeln!(
                lua,
                "request = function() return wrk.format(\"GET\", \"{}\") end",
                self.path
            );
        } else {
            let _ = writeln!(
                lua,
                "request = function()\n  i = i % #bodies + 1\n  return wrk.format(\"POST\", \"{}\", nil, bodies[i])\nend",
                self.path
            );
        }
        lua
    }
}

/// What one wrk run measured.
#[derive(Clone, Debug, Default)]
pub struct Measured {
    /// Requests completed.
    pub requests: u64,
    /// Requests per second.
    pub throughput: f64,
    /// Latency percentiles in ms.
    pub p50_ms: f64,
    /// 99th percentile in ms.
    pub p99_ms: f64,
}

/// How long wrk waits for an answer before it counts a socket error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How many times longer a run that completed no request in its window is run again: under
/// eight connections a reference's two-word search at 100k answers all eight together, after
/// about as long as a whole 2 s window.
const LONGER_WINDOW: u32 = 5;

/// Runs wrk against `addr` for `duration` with `connections`, from a script under `dir`; a run
/// that completes no request is run once more, [`LONGER_WINDOW`] times as long.
pub fn run(
    addr: SocketAddr,
    load: &Load,
    duration: Duration,
    connections: u32,
    dir: &Path,
) -> anyhow::Result<Measured> {
    let measured = run_once(addr, load, duration, connections, dir)?;
    if measured.requests > 0 {
        return Ok(measured);
    }
    let longer = duration * LONGER_WINDOW;
    let measured = run_once(addr, load, longer, connections, dir)?;
    if measured.requests == 0 {
        bail!(
            "wrk completed no requests in {} s with {connections} connections",
            longer.as_secs()
        );
    }
    Ok(measured)
}

/// One wrk run.
fn run_once(
    addr: SocketAddr,
    load: &Load,
    duration: Duration,
    connections: u32,
    dir: &Path,
) -> anyhow::Result<Measured> {
    let script: PathBuf = dir.join(format!("load-{}.lua", rand::random::<u32>()));
    std::fs::write(&script, load.script())?;
    let output = Command::new("taskset")
        .args(["-c", LOAD_CORE, "wrk", "-t1"])
        .arg(format!("-c{connections}"))
        .arg(format!("-d{}s", duration.as_secs().max(1)))
        .arg("--latency")
        // wrk's default of 2 s counts a slower answer as a socket error and leaves it out of the
        // latencies; a reference's two-word search at 100k takes over a second. A timeout is
        // then a real failure, and slow answers are measured.
        .arg(format!("--timeout={}s", REQUEST_TIMEOUT.as_secs()))
        .arg("-s")
        .arg(&script)
        .arg(format!("http://{addr}{}", load.path))
        .output()
        .context("run wrk (install it: apt-get install wrk)")?;
    let _ = std::fs::remove_file(&script);
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        bail!(
            "wrk failed: {}{}",
            text,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    parse(&text)
}

/// Reads wrk's report.
fn parse(text: &str) -> anyhow::Result<Measured> {
    if let Some(line) = text
        .lines()
        .find(|l| l.contains("Non-2xx or 3xx responses"))
    {
        bail!("correctness gate: wrk saw error responses: {}", line.trim());
    }
    if let Some(line) = text
        .lines()
        .find(|l| l.trim_start().starts_with("Socket errors"))
    {
        bail!("correctness gate: wrk saw socket errors: {}", line.trim());
    }
    let mut measured = Measured::default();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", n] => measured.throughput = n.parse()?,
            ["50%", t] => measured.p50_ms = millis(t)?,
            ["99%", t] => measured.p99_ms = millis(t)?,
            [n, "requests", "in", ..] => measured.requests = n.parse()?,
            _ => {}
        }
    }
    Ok(measured)
}

/// wrk's `1.23ms`, `456.00us`, `1.05s` in milliseconds.
fn millis(text: &str) -> anyhow::Result<f64> {
    let (number, factor) = if let Some(n) = text.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = text.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1000.0)
    } else {
        bail!("unknown wrk time {text:?}")
    };
    Ok(number.parse::<f64>()? * factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Running 2s test @ http://127.0.0.1:1/healthz
  1 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   210.55us  101.20us   3.10ms   90.00%
    Req/Sec    37.10k     1.20k   39.00k    70.00%
  Latency Distribution
     50%  190.00us
     75%  230.00us
     90%  280.00us
     99%    1.02ms
  73850 requests in 2.00s, 9.30MB read
Requests/sec:  36925.50
Transfer/sec:      4.65MB
";

    #[test]
    fn reads_throughput_and_percentiles_from_wrks_report() {
        let m = parse(REPORT).unwrap();
        assert_eq!(m.requests, 73850);
        assert_eq!(m.throughput, 36925.5);
        assert!((m.p50_ms - 0.19).abs() < 1e-9);
        assert!((m.p99_ms - 1.02).abs() < 1e-9);
    }

    #[test]
    fn error_responses_fail_the_correctness_gate() {
        let report = REPORT.replace(
            "Requests/sec",
            "  Non-2xx or 3xx responses: 12\nRequests/sec",
        );
        assert!(parse(&report).is_err());
    }
}
