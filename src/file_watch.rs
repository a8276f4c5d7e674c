//! Telling `watch` and `drill` which files changed: notify's native watcher
//! (inotify, FSEvents, …) or, with `--poll`, its poller.  An editor's save
//! is a burst of events (truncate, write, close; or write elsewhere and
//! rename into place, then chmod): the native watcher reports a file as
//! soon as its writer closed it or it was renamed into place (inotify says
//! both: the save is complete), and any other change after a short quiet
//! time; the poller goes through notify's debouncer.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind, RenameMode};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};
use notify_debouncer_full::{DebounceEventResult, Debouncer, NoCache, new_debouncer_opt};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

/// Quiet time after the last event before a change that was not seen to
/// complete is reported (a platform without close events, an editor that
/// writes through a memory map).  A file caught half-written is simply
/// checked again on the next event, which the warm harness makes cheap.
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

/// Held only to keep watching: dropping the watcher stops it (and ends
/// the native watcher's sorting thread).
#[expect(dead_code, reason = "held for its Drop, never read")]
enum Inner {
    Native(RecommendedWatcher),
    Poll(Debouncer<PollWatcher, NoCache>),
}

/// What one native event says about a save.
enum Seen {
    /// The file is whole now: a writer closed it, or it was renamed here.
    Complete(PathBuf),
    /// Something changed; report it after DEBOUNCE of quiet.
    Changed(Vec<PathBuf>),
    /// Reads, removals and metadata (an editor's chmod after its write):
    /// nothing to check again.
    Nothing,
}

fn sort(event: notify::Event) -> Seen {
    match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write))
        | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => {
            match event.paths.last() {
                Some(p) => Seen::Complete(p.clone()),
                None => Seen::Nothing,
            }
        }
        EventKind::Access(_)
        | EventKind::Remove(_)
        | EventKind::Modify(ModifyKind::Metadata(_)) => Seen::Nothing,
        _ => Seen::Changed(event.paths),
    }
}

/// The native watcher's events, sorted on a thread of their own: a
/// complete file goes out at once (and leaves the pending set: the events
/// before its close were the same save), other changes once DEBOUNCE has
/// passed without an event.  Ends when the watcher is dropped.
fn sort_events(events: mpsc::Receiver<notify::Result<notify::Event>>, tx: UnboundedSender<Change>) {
    let mut pending: Vec<PathBuf> = Vec::new();
    let mut quiet_at: Option<Instant> = None;
    loop {
        let next = match quiet_at {
            Some(at) => events.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => events
                .recv()
                .map_err(|_| mpsc::RecvTimeoutError::Disconnected),
        };
        let change = match next {
            Ok(Ok(event)) => match sort(event) {
                Seen::Complete(path) => {
                    pending.retain(|p| *p != path);
                    if pending.is_empty() {
                        quiet_at = None;
                    }
                    Some(Change::Paths(vec![path]))
                }
                Seen::Changed(paths) => {
                    for p in paths {
                        if !pending.contains(&p) {
                            pending.push(p);
                        }
                    }
                    quiet_at = Some(Instant::now() + DEBOUNCE);
                    None
                }
                Seen::Nothing => None,
            },
            Ok(Err(e)) => Some(Change::Problem(e.to_string())),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                quiet_at = None;
                (!pending.is_empty()).then(|| Change::Paths(std::mem::take(&mut pending)))
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        // The session may have ended; nobody to tell then.
        if let Some(change) = change
            && tx.send(change).is_err()
        {
            return;
        }
    }
}

/// Starts watching everything under `root`.
pub fn start(root: &Path, poll: bool) -> Result<FileWatch, String> {
    let (tx, rx) = unbounded_channel();
    let native_tx = tx.clone();
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
        let (events_tx, events) = mpsc::channel();
        let mut w = notify::recommended_watcher(events_tx).map_err(advice)?;
        w.watch(root, RecursiveMode::Recursive).map_err(advice)?;
        std::thread::Builder::new()
            .name("file-watch".into())
            .spawn(move || sort_events(events, native_tx))
            .map_err(|e| {
                format!(
                    "cannot watch {} for changes ({e}); try --poll",
                    root.display()
                )
            })?;
        Inner::Native(w)
    };
    Ok(FileWatch {
        _debouncer: inner,
        changes: rx,
    })
}
