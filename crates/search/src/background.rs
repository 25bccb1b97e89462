//! Threads for the index's CPU work: searches, and the writer with the threads tantivy starts
//! for it (indexing and merging).
//!
//! They run at lower scheduling priorities than the async workers that serve requests, and index
//! writing below searches. On a busy core a write, a page or a sign-in then gets its few hundred
//! microseconds of CPU within the running search's time slice (the server's request threads do
//! not preempt on wakeup, see its `runtime` module), instead of waiting behind a queue of
//! searches or a segment merge that needs far longer; and a merge slows the searches running
//! beside it less. With the core to itself, any of them runs at full speed.
//!
//! A save is the exception: it waits on a dozen hand-offs between the request thread and its
//! database connection's thread, and on a busy core each woken request thread waited for the
//! search thread's slice (up to a scheduler tick, 4 ms on this machine's kernel) before it went
//! on; meanwhile the save held SQLite's one write lock, so every save behind it waited too. While
//! an [`UrgentWork`] is in flight, the index threads yield the core after each job, and the
//! save's hand-offs go through within a search's time (saves' p99 under a saturating search load
//! 15.5 → 7.5 ms, searches' throughput unchanged).

use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::oneshot;

use crate::{SearchError, SearchResult};

/// How the scheduler weighs a pool's threads against the request threads (which keep nice 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    /// Searches: nice 10, about a tenth of a request thread's share of a contended core.
    Search,
    /// Indexing and merging: nice 19, about a seventh of a search's share. Index writing is
    /// never starved (the scheduler gives every thread some share), so write→searchable stays
    /// bounded under a saturating search load.
    IndexWriting,
}

impl Priority {
    /// The nice value of the pool's threads.
    pub fn nice(self) -> i32 {
        match self {
            Priority::Search => 10,
            Priority::IndexWriting => 19,
        }
    }
}

/// A pool of threads at one [`Priority`]. Threads they start (tantivy's indexing and merge
/// threads) inherit it.
pub struct Workers {
    pool: rayon::ThreadPool,
}

impl Workers {
    /// `threads` threads named `name-N`.
    pub fn new(name: &'static str, threads: usize, priority: Priority) -> SearchResult<Self> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .thread_name(move |i| format!("{name}-{i}"))
            .start_handler(move |_| lower_current_thread(priority.nice()))
            // A panicking job fails its caller (its result channel closes) instead of aborting.
            .panic_handler(|_| tracing::error!("an index thread's job panicked"))
            .build()
            .map_err(|err| SearchError::engine("start the index threads", err))?;
        Ok(Self { pool })
    }

    /// Runs `work` on one of the threads and waits for it without blocking the async worker;
    /// jobs beyond the thread count queue without taking CPU.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> SearchResult<T> {
        let (done, result) = oneshot::channel();
        self.pool.spawn(move || {
            let _ = done.send(work());
            if UrgentWork::in_flight() {
                std::thread::yield_now();
            }
        });
        result
            .await
            .map_err(|err| SearchError::engine("run on an index thread", err))
    }

    /// Runs `work` on one of the threads and blocks the caller until it is done (for setup).
    pub fn run_blocking<T: Send>(&self, work: impl FnOnce() -> T + Send) -> T {
        self.pool.install(work)
    }
}

/// How many [`UrgentWork`]s are in flight in this process.
static URGENT_IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);

/// Marks work a person waits on, and that must not queue behind searches (a save), as in flight
/// until dropped: meanwhile the index threads yield the core after each job.
#[must_use = "the work counts as in flight only while the guard lives"]
pub struct UrgentWork(());

impl UrgentWork {
    /// Marks urgent work in flight.
    pub fn begin() -> Self {
        URGENT_IN_FLIGHT.fetch_add(1, Ordering::Relaxed);
        Self(())
    }

    /// Whether any urgent work is in flight.
    fn in_flight() -> bool {
        URGENT_IN_FLIGHT.load(Ordering::Relaxed) > 0
    }
}

impl Drop for UrgentWork {
    fn drop(&mut self) {
        URGENT_IN_FLIGHT.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Sets the calling thread's nice value; where that fails (or on another system), the thread
/// keeps its priority, which is only slower under load.
fn lower_current_thread(nice: i32) {
    #[cfg(target_os = "linux")]
    {
        // On Linux the nice value belongs to the thread, named by its thread id.
        let thread = rustix::thread::gettid();
        if let Err(err) = rustix::process::setpriority_process(Some(thread), nice) {
            tracing::debug!(error = %err, "could not lower an index thread's priority");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = nice;
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn own_nice() -> i32 {
        rustix::process::getpriority_process(Some(rustix::thread::gettid()))
            .expect("read the nice value")
    }

    #[tokio::test]
    async fn work_runs_below_the_callers_priority_and_threads_it_starts_inherit_it() {
        let caller = own_nice();
        assert!(caller < 10, "the tests must run above nice 10");
        for priority in [Priority::Search, Priority::IndexWriting] {
            let workers = Workers::new("test-worker", 1, priority).expect("start the workers");
            let (inside, started) = workers
                .run(|| {
                    let started = std::thread::spawn(own_nice)
                        .join()
                        .expect("a started thread");
                    (own_nice(), started)
                })
                .await
                .expect("the job runs");
            assert_eq!(inside, priority.nice(), "{priority:?}");
            assert_eq!(
                started,
                priority.nice(),
                "{priority:?}: a thread started by the work inherits its priority"
            );
            assert_eq!(workers.run_blocking(own_nice), priority.nice());
        }
        assert!(Priority::IndexWriting.nice() > Priority::Search.nice());
    }

    #[test]
    fn urgent_work_is_in_flight_until_its_last_guard_drops() {
        assert!(!UrgentWork::in_flight());
        let first = UrgentWork::begin();
        let second = UrgentWork::begin();
        drop(first);
        assert!(UrgentWork::in_flight(), "one save is still in flight");
        drop(second);
        assert!(!UrgentWork::in_flight());
    }

    #[tokio::test]
    async fn a_panicking_job_fails_its_caller_and_the_threads_go_on() {
        let workers = Workers::new("test-worker", 1, Priority::Search).expect("start the workers");
        let failed = workers.run(|| -> i32 { panic!("boom") }).await;
        assert!(failed.is_err());
        assert_eq!(workers.run(|| 7).await.expect("the next job runs"), 7);
    }
}
