//! Redis: Debian's `redis-server`, started per run with no persistence,
//! listening only on a unix socket in the run's folder.

use std::path::{Path, PathBuf};

use super::{Found, Launch, Part, Ready, Service, first_line, which};

pub(super) fn find(dirs: &[PathBuf]) -> Option<Found> {
    let (named, binary) = which(dirs, "redis-server")?;
    // "Redis server v=7.0.15 sha=…"
    let line = first_line(&named, &["--version"])?;
    let version = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("v="))?
        .to_string();
    Some(Found {
        service: Service::Redis,
        trees: vec![binary.clone()],
        path: named,
        binary,
        version,
    })
}

pub(super) fn part(found: &Found, dir: &Path, sockets: &Path) -> Part {
    let socket = sockets.join("redis.sock");
    let s = |x: &str| x.to_string();
    Part {
        launch: Launch {
            name: "redis",
            program: found.binary.clone(),
            // argv[0] must say redis-server: Debian's binary is also
            // redis-check-rdb, and picks its role from its name.
            argv: vec![
                s("redis-server"),
                s("--port"),
                s("0"),
                s("--unixsocket"),
                socket.display().to_string(),
                s("--unixsocketperm"),
                s("700"),
                s("--save"),
                s(""),
                s("--appendonly"),
                s("no"),
                s("--dir"),
                dir.display().to_string(),
                s("--daemonize"),
                s("no"),
                s("--loglevel"),
                s("warning"),
            ],
            dir: dir.to_path_buf(),
            sockets: sockets.to_path_buf(),
            log: dir.join("server.log"),
            ready: Ready::Ping {
                socket: socket.clone(),
            },
        },
        env: vec![("REDIS_URL".into(), format!("unix://{}", socket.display()))],
        seed: None,
        sysv_shm: false,
    }
}
