//! Processes under test: started pinned to a core with `taskset`, read through `/proc` for CPU
//! time and resident memory, stopped when dropped.

use std::{
    net::{SocketAddr, TcpListener},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{Context, bail};

/// The core the servers under test and their databases run on.
pub const SERVER_CORE: &str = "0";
/// The core the load generator runs on.
pub const LOAD_CORE: &str = "1";

/// A free port on 127.0.0.1.
pub fn free_addr() -> anyhow::Result<SocketAddr> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}

/// A child process pinned to [`SERVER_CORE`], killed when dropped.
pub struct Pinned {
    child: Child,
    /// What it is, for messages.
    pub name: String,
    /// When it was spawned.
    pub started: Instant,
}

impl Pinned {
    /// Starts `program args` on the server core with `env`, its output in `log`.
    pub fn spawn(
        name: &str,
        program: &Path,
        args: &[&str],
        env: &[(&str, String)],
        log: &Path,
    ) -> anyhow::Result<Self> {
        let out = std::fs::File::create(log)?;
        let started = Instant::now();
        let child = Command::new("taskset")
            .arg("-c")
            .arg(SERVER_CORE)
            .arg(program)
            .args(args)
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .with_context(|| format!("start {name} ({})", program.display()))?;
        Ok(Self {
            child,
            name: name.to_owned(),
            started,
        })
    }

    /// Its process id (taskset execs the program, so this is the program's).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Fails when it has exited.
    pub fn check_running(&mut self) -> anyhow::Result<()> {
        if let Some(status) = self.child.try_wait()? {
            bail!("{} exited ({status}); see its log", self.name);
        }
        Ok(())
    }

    /// Stops it (SIGKILL) and waits.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Pinned {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Pins a running process and its threads to [`SERVER_CORE`] (children forked later inherit it).
pub fn pin(pid: u32) -> anyhow::Result<()> {
    pin_to(pid, SERVER_CORE)
}

/// Pins a running process and its threads to [`LOAD_CORE`].
pub fn pin_to_load_core(pid: u32) -> anyhow::Result<()> {
    pin_to(pid, LOAD_CORE)
}

fn pin_to(pid: u32, core: &str) -> anyhow::Result<()> {
    let status = Command::new("taskset")
        .args(["-a", "-c", "-p", core, &pid.to_string()])
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("taskset -p {pid} failed");
    }
    Ok(())
}

/// Polls `GET http://addr/path` until it answers 2xx; answers how long that took.
pub async fn wait_http(
    process: &mut Pinned,
    addr: SocketAddr,
    path: &str,
) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let client = reqwest::Client::new();
    let url = format!("http://{addr}{path}");
    loop {
        if let Ok(response) = client.get(&url).send().await
            && response.status().is_success()
        {
            return Ok(started.elapsed());
        }
        process.check_running()?;
        if started.elapsed() > Duration::from_secs(120) {
            bail!("{} did not answer {url} within 120 s", process.name);
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

/// Clock ticks per second of `/proc/<pid>/stat` times.
fn ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

/// User + system CPU time of `pid` in milliseconds (0 when it is gone).
fn cpu_ms_of(pid: u32, tick_ms: f64) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0.0;
    };
    // Fields after the parenthesised command name: utime and stime are fields 14 and 15, and
    // cutime and cstime (16 and 17) hold the time of children that have exited and been
    // reaped, such as PostgreSQL backends whose connection a pool closed mid-measurement.
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
        return 0.0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
    match (ticks(11), ticks(12), ticks(13), ticks(14)) {
        (Some(user), Some(system), Some(children_user), Some(children_system)) => {
            (user + system + children_user + children_system) * tick_ms
        }
        _ => 0.0,
    }
}

/// The parent pid of `pid`.
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// The processes whose CPU time a measurement counts: some roots and all their children.
#[derive(Clone, Debug, Default)]
pub struct CpuScope {
    roots: Vec<u32>,
}

impl CpuScope {
    /// `roots` and their direct children (a server, or a PostgreSQL postmaster and its backends).
    pub fn of(roots: &[u32]) -> Self {
        Self {
            roots: roots.to_vec(),
        }
    }

    /// CPU milliseconds used so far by the roots and their children, live or exited.
    pub fn cpu_ms(&self) -> f64 {
        let tick_ms = 1000.0 / ticks_per_second();
        let mut total: f64 = self.roots.iter().map(|p| cpu_ms_of(*p, tick_ms)).sum();
        if let Ok(entries) = std::fs::read_dir("/proc") {
            for entry in entries.flatten() {
                let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
                    continue;
                };
                if parent_of(pid).is_some_and(|parent| self.roots.contains(&parent)) {
                    total += cpu_ms_of(pid, tick_ms);
                }
            }
        }
        total
    }
}

/// Resident memory of `pid` in MB.
pub fn rss_mb(pid: u32) -> anyhow::Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .context("no VmRSS")?;
    Ok(kb / 1024.0)
}

/// A program next to this benchmark's own executable (both come from one `cargo build`).
pub fn sibling(name: &str) -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let path = exe.with_file_name(name);
    if !path.exists() {
        bail!(
            "{} not found next to {}; build both: cargo build --release -p verkosto-server -p verkosto-bench",
            name,
            exe.display()
        );
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_process_cpu_includes_the_children_it_has_reaped() {
        let me = std::process::id();
        let tick_ms = 1000.0 / ticks_per_second();
        let before = cpu_ms_of(me, tick_ms);
        // a child that spins for a while, waited for (and so reaped) before the second reading
        let status = std::process::Command::new("sh")
            .args(["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"])
            .status()
            .expect("run sh");
        assert!(status.success());
        let after = cpu_ms_of(me, tick_ms);
        assert!(
            after - before >= 20.0,
            "the reaped child's CPU counts: {before} → {after} ms"
        );
    }
}
