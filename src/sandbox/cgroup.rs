//! A cgroup per run, so that all of a run's processes together stay under
//! one memory and one task limit (an rlimit caps each process alone).
//!
//! cgroup v2 where the unified hierarchy has the memory controller, else
//! the v1 `memory` and `pids` hierarchies.  Made by the sandbox helper when
//! it runs as root (a delegated subtree for ordinary users is not supported
//! yet); removed when the run ends, after every process in it is gone.

use std::fs;
use std::path::{Path, PathBuf};

/// The cgroup folders of one run.
pub struct RunCgroup {
    dirs: Vec<PathBuf>,
    memory: u64,
    tasks: u64,
    version: u8,
}

const ROOT: &str = "/sys/fs/cgroup";

impl RunCgroup {
    /// Makes the run's cgroup with its limits in place (before any process
    /// joins it), named after the calling helper.
    pub fn create(memory: u64, tasks: u64) -> Result<RunCgroup, String> {
        remove_stale_runs();
        Self::make(&format!("{PREFIX}{}", std::process::id()), memory, tasks)
    }

    /// Makes the cgroups of up to `count` runs the grader is about to
    /// start, named after the grader, and returns their names for the
    /// helpers to [`adopt`]; fewer if one cannot be made (a helper then
    /// makes its own, or reports why it cannot).
    ///
    /// Why ahead: moving a process into a cgroup holds the kernel's cgroup
    /// lock through an RCU grace period (5-20 ms), and making a cgroup
    /// needs that lock.  Two harnesses started at once would otherwise
    /// queue the second one's mkdir behind the first one's move; made
    /// ahead, the second move finds the grace period just passed and
    /// costs nothing.
    ///
    /// [`adopt`]: RunCgroup::adopt
    pub fn reserve(count: usize, memory: u64, tasks: u64) -> Vec<String> {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
        remove_stale_runs();
        let mut names = Vec::new();
        while names.len() < count {
            let seq = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let name = format!("{PREFIX}{}-{seq}", std::process::id());
            if Self::make(&name, memory, tasks).is_err() {
                break;
            }
            names.push(name);
        }
        names
    }

    /// The cgroup [`reserve`](RunCgroup::reserve) made, taken over by the
    /// helper, which removes it when the run ends.
    pub fn adopt(name: &str, memory: u64, tasks: u64) -> Result<RunCgroup, String> {
        let valid = name.strip_prefix(PREFIX).is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        });
        if !valid {
            return Err(format!("not a run's cgroup: {name:?}"));
        }
        let v2 = Path::new(ROOT).join("grader").join(name);
        let v1 = Path::new(ROOT).join("memory/grader").join(name);
        let pids = Path::new(ROOT).join("pids/grader").join(name);
        let (dirs, version) = if v2.is_dir() {
            (vec![v2], 2)
        } else if v1.is_dir() {
            (
                std::iter::once(v1)
                    .chain(Some(pids).filter(|p| p.is_dir()))
                    .collect(),
                1,
            )
        } else {
            return Err(format!("the run's cgroup {name} is gone"));
        };
        Ok(RunCgroup {
            dirs,
            memory,
            tasks,
            version,
        })
    }

    /// Removes a reserved cgroup no helper took over.
    pub fn discard(name: &str) {
        if let Ok(cg) = Self::adopt(name, 0, 0) {
            cg.remove();
        }
    }

    /// Makes the cgroup `name` with its limits (stale ones removed first
    /// by the caller).
    fn make(name: &str, memory: u64, tasks: u64) -> Result<RunCgroup, String> {
        let v2 = Path::new(ROOT);
        if has_controller(v2, "memory") {
            let dir = v2.join("grader");
            fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            // Controllers must be handed down to the folder that holds runs.
            let _ = fs::write(v2.join("cgroup.subtree_control"), "+memory +pids");
            let _ = fs::write(dir.join("cgroup.subtree_control"), "+memory +pids");
            let run = dir.join(name);
            fs::create_dir(&run).map_err(|e| format!("{}: {e}", run.display()))?;
            let cg = RunCgroup {
                dirs: vec![run.clone()],
                memory,
                tasks,
                version: 2,
            };
            write(&run, "memory.max", &memory.to_string())?;
            let _ = write(&run, "memory.swap.max", "0");
            let _ = write(&run, "pids.max", &tasks.to_string());
            return Ok(cg);
        }
        let mem_root = Path::new(ROOT).join("memory");
        if !mem_root.join("memory.limit_in_bytes").exists() {
            return Err("no cgroup memory controller is mounted".into());
        }
        let mem = mem_root.join("grader").join(name);
        fs::create_dir_all(&mem).map_err(|e| format!("{}: {e}", mem.display()))?;
        let mut cg = RunCgroup {
            dirs: vec![mem.clone()],
            memory,
            tasks,
            version: 1,
        };
        write(&mem, "memory.limit_in_bytes", &memory.to_string())?;
        // With swap accounting, swap counts against the same limit.
        let _ = write(&mem, "memory.memsw.limit_in_bytes", &memory.to_string());
        let pids = Path::new(ROOT).join("pids").join("grader").join(name);
        if pids.parent().is_some_and(|p| fs::create_dir_all(p).is_ok())
            && fs::create_dir(&pids).is_ok()
        {
            let _ = write(&pids, "pids.max", &tasks.to_string());
            cg.dirs.push(pids);
        }
        Ok(cg)
    }

    /// Moves a process (and so every process it starts) into the cgroup.
    pub fn add(&self, pid: i32) -> Result<(), String> {
        for dir in &self.dirs {
            write(dir, "cgroup.procs", &pid.to_string())?;
        }
        Ok(())
    }

    pub fn describe(&self) -> String {
        format!(
            "all of the run's processes together: {} MiB of memory, {} tasks (cgroup v{})",
            self.memory >> 20,
            self.tasks,
            self.version
        )
    }

    /// Removes the cgroup; its processes have all ended by now.
    pub fn remove(self) {
        for dir in &self.dirs {
            // An exiting process can hold the folder for a moment.
            for _ in 0..50 {
                if fs::remove_dir(dir).is_ok() || !dir.exists() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        }
    }
}

const PREFIX: &str = "grader-run-";

fn remove_stale_runs() {
    for parent in [
        Path::new(ROOT).join("grader"),
        Path::new(ROOT).join("memory/grader"),
        Path::new(ROOT).join("pids/grader"),
    ] {
        remove_stale(&parent);
    }
}

/// Removes the cgroups of runs whose helper (or, for a reserved one,
/// grader) is gone.  One killed before its own clean-up (the grader
/// exiting, SIGKILL) leaves an empty folder behind; without this they pile
/// up until the kernel's limit on cgroups refuses new ones, and every later
/// run loses its memory cap.  Only folders whose owner's pid no longer
/// exists are touched, and rmdir refuses any that still holds a process.
fn remove_stale(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|p| p.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if !Path::new("/proc").join(pid.to_string()).exists() {
            let _ = fs::remove_dir(entry.path());
        }
    }
}

fn has_controller(dir: &Path, name: &str) -> bool {
    fs::read_to_string(dir.join("cgroup.controllers"))
        .map(|c| c.split_whitespace().any(|w| w == name))
        .unwrap_or(false)
}

fn write(dir: &Path, file: &str, value: &str) -> Result<(), String> {
    fs::write(dir.join(file), value).map_err(|e| format!("{}/{file}: {e}", dir.display()))
}
