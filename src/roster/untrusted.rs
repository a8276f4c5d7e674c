//! Reading a file a student controls: only a regular file, never through a
//! link, never blocking, never more than [`MAX_SUBMISSION_BYTES`].

use std::fs;
use std::io::Read as _;

use super::Submission;
use crate::runner::MAX_SOURCE_BYTES;

/// Larger submissions are refused unread.
pub const MAX_SUBMISSION_BYTES: u64 = MAX_SOURCE_BYTES;

/// Why an entry of this type cannot be a submission; `None` for a regular file.
pub fn refusal(kind: &fs::FileType) -> Option<String> {
    if kind.is_file() {
        return None;
    }
    let what = if kind.is_symlink() {
        "is a symbolic link; links are never followed, hand in the file itself"
    } else if kind.is_dir() {
        "is a folder, not a file"
    } else {
        special_kind(kind)
    };
    Some(what.to_string())
}

#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_fifo() {
        "is a named pipe (FIFO), not a file; it was not opened"
    } else if kind.is_socket() {
        "is a socket, not a file; it was not opened"
    } else if kind.is_block_device() || kind.is_char_device() {
        "is a device, not a file; it was not opened"
    } else {
        "is not a regular file; it was not opened"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::FileType) -> &'static str {
    "is not a regular file; it was not opened"
}

/// The submission's bytes, or why it cannot be graded (shown to the instructor
/// and the student, so it never quotes the file).
pub fn load(sub: &Submission) -> Result<Vec<u8>, String> {
    if let Some(why) = &sub.refused {
        return Err(why.clone());
    }
    read(&sub.path)
}

/// Reads a file someone else controls: only a regular file, never through a
/// link, never blocking, never more than [`MAX_SUBMISSION_BYTES`], and only
/// UTF-8 text.  The error says why, without quoting the file.
pub fn read(path: &std::path::Path) -> Result<Vec<u8>, String> {
    // Check the type before opening: opening a FIFO for reading would block,
    // and opening some devices has side effects.
    let meta = fs::symlink_metadata(path).map_err(|e| format!("cannot be read: {e}"))?;
    if let Some(why) = refusal(&meta.file_type()) {
        return Err(why);
    }
    // The entry may be swapped between the check and the open: refuse links
    // and never block at the open itself, then check what was opened.
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(nix::libc::O_NOFOLLOW | nix::libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| {
        if e.raw_os_error() == Some(nix_eloop()) {
            "is a symbolic link; links are never followed, hand in the file itself".to_string()
        } else {
            format!("cannot be read: {e}")
        }
    })?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot be read: {e}"))?;
    if let Some(why) = refusal(&meta.file_type()) {
        return Err(why);
    }
    if meta.len() > MAX_SUBMISSION_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_SUBMISSION_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {e}"))?;
    if bytes.len() as u64 > MAX_SUBMISSION_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(format!(
            "is not UTF-8 text (the first bad byte is on line {line}); save it as UTF-8"
        ));
    }
    Ok(bytes)
}

fn too_large(len: u64) -> String {
    format!("is {len} bytes; a submission may be at most {MAX_SUBMISSION_BYTES} bytes")
}

#[cfg(unix)]
fn nix_eloop() -> i32 {
    nix::libc::ELOOP
}

#[cfg(not(unix))]
fn nix_eloop() -> i32 {
    -1
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn sub(path: &Path) -> Submission {
        let kind = fs::symlink_metadata(path).expect("exists").file_type();
        Submission {
            path: path.to_path_buf(),
            display: "x.py".into(),
            refused: refusal(&kind),
        }
    }

    #[test]
    fn regular_utf8_files_are_read() {
        let dir = tempfile::tempdir().expect("tmp");
        let p = dir.path().join("a.py");
        fs::write(&p, "x = 'é'\n").expect("write");
        assert_eq!(load(&sub(&p)).expect("read"), "x = 'é'\n".as_bytes());
    }

    #[test]
    fn odd_files_are_refused_without_quoting_them() {
        let dir = tempfile::tempdir().expect("tmp");
        let bad = dir.path().join("bad.py");
        fs::write(&bad, b"ok\nsecret\xff\n").expect("write");
        let why = load(&sub(&bad)).expect_err("not utf-8");
        assert!(why.contains("line 2"), "{why}");
        assert!(!why.contains("secret"), "{why}");

        let big = dir.path().join("big.py");
        fs::write(&big, vec![b'#'; (MAX_SUBMISSION_BYTES + 1) as usize]).expect("write");
        assert!(load(&sub(&big)).expect_err("too big").contains("at most"));

        let folder = dir.path().join("folder.py");
        fs::create_dir(&folder).expect("mkdir");
        assert!(load(&sub(&folder)).expect_err("dir").contains("folder"));
    }

    #[cfg(unix)]
    #[test]
    fn links_and_fifos_are_never_opened() {
        let dir = tempfile::tempdir().expect("tmp");
        let target = dir.path().join("secret.txt");
        fs::write(&target, "the answers").expect("write");
        let link = dir.path().join("link.py");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        assert!(
            load(&sub(&link))
                .expect_err("link")
                .contains("symbolic link")
        );

        // Swapped for a link after the scan: the open itself refuses it.
        let swapped = Submission {
            path: link.clone(),
            display: "link.py".into(),
            refused: None,
        };
        assert!(load(&swapped).expect_err("link").contains("symbolic link"));

        let fifo = dir.path().join("pipe.py");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        assert!(load(&sub(&fifo)).expect_err("fifo").contains("FIFO"));
    }
}
