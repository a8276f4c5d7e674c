//! Telling `watch` and `drill` which files changed: notify's native watcher
//! (inotify, FSEvents, …) or, with `--poll`, its poller, behind a debouncer
//! so an editor's save (often write + rename + chmod) is one change.

use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::event::EventKind;
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, NoCache, RecommendedCache, new_debouncer, new_debouncer_opt,
};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

/// Quiet time after the last event before a change is reported.  An
/// editor's save is one burst of events within a few milliseconds; a file
/// caught half-written is simply checked again on the next event, which the
/// warm harness makes cheap, so the wait can stay well below a Python start.
const DEBOUNCE: Duration = Duration::from_millis(15);
/// The poller sees a save only every POLL_INTERVAL anyway.
const POLL_DEBOUNCE: Duration = Duration::from_millis(250);
/// How often `--poll` looks at the files.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// What the watcher reports.
#[derive(Debug)]
pub enum Change {
    /// Files that were created, written or renamed into place.
    Paths(Vec<PathBuf>),
    /// The watcher ran into trouble; the message says what to do.
    Problem(String),
}

/// A running watcher; dropping it stops watching.
pub struct FileWatch {
    _debouncer: Inner,
    pub changes: UnboundedReceiver<Change>,
}

/// Held only to keep watching: dropping the debouncer stops it.
#[expect(dead_code, reason = "held for its Drop, never read")]
enum Inner {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, NoCache>),
}

/// Starts watching everything under `root`.
pub fn start(root: &Path, poll: bool) -> Result<FileWatch, String> {
    let (tx, rx) = unbounded_channel();
    let handler = move |result: DebounceEventResult| {
        let change = match result {
            Ok(events) => {
                let mut paths: Vec<PathBuf> = Vec::new();
                for event in events {
                    if matches!(event.kind, EventKind::Access(_) | EventKind::Remove(_)) {
                        continue;
                    }
                    for p in &event.paths {
                        if !paths.contains(p) {
                            paths.push(p.clone());
                        }
                    }
                }
                if paths.is_empty() {
                    return;
                }
                Change::Paths(paths)
            }
            Err(errors) => Change::Problem(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        };
        // The session may have ended; nobody to tell then.
        let _ = tx.send(change);
    };
    let advice = |e: notify::Error| {
        let limit = matches!(&e.kind, notify::ErrorKind::MaxFilesWatch);
        format!(
            "cannot watch {} for changes ({e}); {}",
            root.display(),
            if limit {
                "raise the limit (sysctl fs.inotify.max_user_watches) or use --poll"
            } else {
                "try --poll"
            }
        )
    };
    let inner = if poll {
        let config = notify::Config::default()
            .with_poll_interval(POLL_INTERVAL)
            // Coarse or unreliable modification times (network shares)
            // must not hide a save.
            .with_compare_contents(true);
        let mut d = new_debouncer_opt::<_, PollWatcher, NoCache>(
            POLL_DEBOUNCE,
            None,
            handler,
            NoCache,
            config,
        )
        .map_err(advice)?;
        d.watch(root, RecursiveMode::Recursive).map_err(advice)?;
        Inner::Poll(d)
    } else {
        let mut d = new_debouncer(DEBOUNCE, None, handler).map_err(advice)?;
        d.watch(root, RecursiveMode::Recursive).map_err(advice)?;
        Inner::Native(d)
    };
    Ok(FileWatch {
        _debouncer: inner,
        changes: rx,
    })
}
