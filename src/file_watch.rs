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

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, DataChange, MetadataKind};

    fn event(kind: EventKind, paths: &[&str]) -> notify::Result<notify::Event> {
        let mut e = notify::Event::new(kind);
        for p in paths {
            e = e.add_path(PathBuf::from(p));
        }
        Ok(e)
    }

    fn paths(change: Change) -> Vec<PathBuf> {
        match change {
            Change::Paths(p) => p,
            Change::Problem(why) => panic!("unexpected problem: {why}"),
        }
    }

    /// Feeds `events` to a sorter, all queued before it starts (so no
    /// quiet time passes between them), and returns every change it
    /// reports until the watcher (the sender) is gone.
    async fn sorted(events: Vec<notify::Result<notify::Event>>) -> Vec<Vec<PathBuf>> {
        let (events_tx, rx_events) = mpsc::channel();
        for e in events {
            events_tx.send(e).expect("channel open");
        }
        drop(events_tx);
        let (tx, mut rx) = unbounded_channel();
        std::thread::spawn(move || sort_events(rx_events, tx))
            .join()
            .expect("sorter ends when the watcher is dropped");
        let mut out = Vec::new();
        while let Some(change) = rx.recv().await {
            out.push(paths(change));
        }
        out
    }

    fn p(path: &str) -> PathBuf {
        PathBuf::from(path)
    }

    /// An editor that writes in place: the close reports the file on its
    /// own, ahead of a change still waiting for quiet (a debouncer would
    /// report both together), and once; the chmod after it reports nothing.
    #[tokio::test]
    async fn a_closed_file_is_reported_at_once_and_once() {
        let got = sorted(vec![
            event(
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                &["/w/b.py"],
            ),
            event(EventKind::Create(CreateKind::File), &["/w/a.py"]),
            event(
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                &["/w/a.py"],
            ),
            event(
                EventKind::Access(AccessKind::Close(AccessMode::Write)),
                &["/w/a.py"],
            ),
            event(
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::Permissions)),
                &["/w/a.py"],
            ),
        ])
        .await;
        // b.py was still waiting for quiet when the watcher was dropped.
        assert_eq!(got, vec![vec![p("/w/a.py")]]);
    }

    /// An editor that writes a temporary file and renames it into place:
    /// the rename's target is reported.
    #[tokio::test]
    async fn a_file_renamed_into_place_is_reported_by_its_new_name() {
        let got = sorted(vec![
            event(
                EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
                &["/w/.a.py.swp", "/w/a.py"],
            ),
            event(
                EventKind::Remove(notify::event::RemoveKind::File),
                &["/w/a.py~"],
            ),
        ])
        .await;
        assert_eq!(got, vec![vec![p("/w/a.py")]]);
    }

    /// Without a close (a write through a memory map, a platform without
    /// close events), changes are gathered and reported together after
    /// the quiet time, each path once.
    #[tokio::test]
    async fn an_unfinished_write_is_reported_after_the_quiet_time() {
        let (events_tx, rx_events) = mpsc::channel();
        let (tx, mut rx) = unbounded_channel();
        let sorter = std::thread::spawn(move || sort_events(rx_events, tx));
        for path in ["/w/a.py", "/w/b.py", "/w/a.py"] {
            events_tx
                .send(event(
                    EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                    &[path],
                ))
                .expect("sorter alive");
        }
        // The watcher is still there: only the quiet time can report them.
        let got = paths(rx.recv().await.expect("a change"));
        assert_eq!(got, vec![p("/w/a.py"), p("/w/b.py")]);
        drop(events_tx);
        sorter.join().expect("sorter ends");
        assert!(rx.recv().await.is_none());
    }
}
