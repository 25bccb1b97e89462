//! The async runtime that serves requests, and how the scheduler treats its threads.
//!
//! A request thread hands work to other threads: each SQLite statement to its connection's
//! worker thread, each search to a search thread (nice 10, `verkosto_search::background`). When
//! they share a core (a small or busy server; the benchmark pins the server to one), a request
//! thread woken by a finished search preempts the searcher at once, answers, and sleeps again:
//! two context switches per search, which on this machine cost more than a rare word's search.
//! Under Linux's `SCHED_BATCH` a woken request thread does not preempt: it runs when the
//! searcher has worked through its queue or used its slice (a few milliseconds), then answers
//! all the finished searches in one go. Its nice value stays 0, so it keeps its tenfold share of
//! a contended core over the searches. With a core free, nothing changes: the woken thread runs
//! there at once.

use std::io;

/// A multi-threaded runtime (one worker per core the process may use) whose threads, workers
/// and blocking pool alike, run under `SCHED_BATCH` on Linux.
pub fn build() -> io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .on_thread_start(batch_scheduling)
        .build()
}

/// Puts the calling thread under `SCHED_BATCH` at its current nice value. Where that fails, the
/// thread keeps the default policy, which is only slower under load.
#[allow(unsafe_code)] // sched_setscheduler has no safe wrapper that leaves the nice value alone.
fn batch_scheduling() {
    #[cfg(target_os = "linux")]
    {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: `param` is a valid `sched_param` that outlives the call; pid 0 names the
        // calling thread, and SCHED_BATCH at static priority 0 needs no privilege.
        let failed = unsafe { libc::sched_setscheduler(0, libc::SCHED_BATCH, &param) } != 0;
        if failed {
            tracing::debug!(
                error = %io::Error::last_os_error(),
                "could not batch-schedule a request thread"
            );
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The calling thread's scheduling policy and nice value, from `/proc`.
    fn own_policy_and_nice() -> (u32, i32) {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").expect("read /proc");
        // Fields after the command name (which may hold spaces), from field 3 (state) on.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .expect("a stat line")
            .1
            .split_whitespace()
            .collect();
        let field = |n: usize| fields[n - 3];
        (
            field(41).parse().expect("policy"),
            field(19).parse().expect("nice"),
        )
    }

    #[test]
    fn request_threads_run_batch_scheduled_at_their_nice_value() {
        const SCHED_BATCH: u32 = 3;
        let (_, nice) = own_policy_and_nice();
        let runtime = build().expect("a runtime");
        let (worker, blocking) = runtime.block_on(async {
            let worker = tokio::spawn(async { own_policy_and_nice() })
                .await
                .expect("a task");
            let blocking = tokio::task::spawn_blocking(own_policy_and_nice)
                .await
                .expect("a blocking task");
            (worker, blocking)
        });
        assert_eq!(worker, (SCHED_BATCH, nice), "an async worker");
        assert_eq!(blocking, (SCHED_BATCH, nice), "a blocking-pool thread");
    }
}
