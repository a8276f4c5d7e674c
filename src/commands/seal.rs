//! `grader seal PACK OUT`: a copy of a pack that can be given to learners.
//!
//! Hidden cases' expected outputs become salted digests; `solution.py`,
//! `wrong/` and any other file stay behind (only `topics.yaml`, each
//! `exercise.yaml` and each `starter.py` are copied).  Every sealed spec is
//! parsed again and must mean exactly what the original meant except for the
//! digests, and no written file may still hold a hidden output: otherwise
//! nothing is written.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::cli::SealArgs;
use crate::error::{Error, exit};
use crate::judge;
use crate::report::{PALETTE, paint};
use crate::spec::seal::{SALT_BYTES, Seal, seal_text};
use crate::spec::{
    self, Case, Exercise, Expected, Pack, PackSource, SEALED_FILE, SPEC_FILE, SpecError,
    TOPICS_FILE,
};

/// Hidden-output lines shorter than this are not searched for in the copy:
/// `True` or `0` occur everywhere, and are guessed as easily as found.
const LEAK_CHECK_MIN_CHARS: usize = 6;

/// One file of the sealed copy.
struct OutFile {
    rel: String,
    bytes: Vec<u8>,
}

pub fn run(args: &SealArgs) -> Result<u8, Error> {
    if !args.pack.is_dir() {
        return Err(Error::Usage(format!(
            "{} is not a folder; give the pack folder that holds {TOPICS_FILE}",
            args.pack.display()
        )));
    }
    check_out(&args.out)?;
    let pack = Pack::load(PackSource::Dir(args.pack.clone())).map_err(Error::Spec)?;
    if pack.ids.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds no exercises (<topic>/<name>/{SPEC_FILE})",
            args.pack.display()
        )));
    }

    let mut files = vec![
        OutFile {
            rel: TOPICS_FILE.into(),
            bytes: read(&pack, TOPICS_FILE)?,
        },
        OutFile {
            rel: SEALED_FILE.into(),
            bytes: sealed_note().into_bytes(),
        },
    ];
    // The pinned toolchain: learners install the same tools.
    if let Some(bytes) = pack.read(crate::toolchain::FILE) {
        files.push(OutFile {
            rel: crate::toolchain::FILE.into(),
            bytes,
        });
    }
    let mut errors = Vec::new();
    let mut lines = String::new();
    let mut total = 0;
    for id in &pack.ids {
        match seal_exercise(&pack, id) {
            Ok((sealed, count)) => {
                total += count;
                if let Some(note) = crate::kinds::repo::seal_note(&pack, id) {
                    let _ = writeln!(lines, "{} {id}: {note}", paint(PALETTE.warn, "note:"));
                }
                let _ = writeln!(
                    lines,
                    "{} {id:<34} {}",
                    paint(PALETTE.pass, "sealed"),
                    paint(PALETTE.dim, format!("{count} hidden cases"))
                );
                files.extend(sealed);
            }
            Err(errs) => errors.extend(errs),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Spec(errors));
    }
    write_atomically(&args.out, &files)?;
    let _ = writeln!(
        lines,
        "{}",
        paint(
            PALETTE.bold,
            format!(
                "wrote {}: {} exercises, {total} hidden cases sealed; solution.py, wrong/ and other files left out",
                args.out.display(),
                pack.ids.len()
            )
        )
    );
    let _ = writeln!(
        lines,
        "{} the code of hidden cases stays readable in the copy; see the README's \"Sealed packs\"",
        paint(PALETTE.warn, "note:")
    );
    anstream::print!("{lines}");
    Ok(exit::OK)
}

/// OUT must be new or an empty folder: sealing never overwrites anything.
fn check_out(out: &Path) -> Result<(), Error> {
    match fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::Usage(format!("cannot use {}: {e}", out.display()))),
        Ok(meta) if meta.is_dir() => {
            let empty = fs::read_dir(out)
                .map_err(|e| Error::Usage(format!("cannot read {}: {e}", out.display())))?
                .next()
                .is_none();
            if empty {
                Ok(())
            } else {
                Err(Error::Usage(format!(
                    "{} is not empty; give a new folder for the sealed copy (nothing is ever overwritten)",
                    out.display()
                )))
            }
        }
        Ok(_) => Err(Error::Usage(format!(
            "{} exists and is not a folder; give a new folder for the sealed copy",
            out.display()
        ))),
    }
}

fn read(pack: &Pack, rel: &str) -> Result<Vec<u8>, Error> {
    pack.read(rel).ok_or_else(|| {
        Error::Usage(format!(
            "cannot read {}; check it exists and is readable",
            pack.display(rel)
        ))
    })
}

/// The sealed files of one exercise, and how many cases were sealed.
fn seal_exercise(pack: &Pack, id: &str) -> Result<(Vec<OutFile>, usize), Vec<SpecError>> {
    let spec_rel = format!("{id}/{SPEC_FILE}");
    let file = pack.display(&spec_rel);
    let original = pack.exercise(id)?;
    let text = pack
        .read(&spec_rel)
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| vec![SpecError::at(&file, None, "cannot be read")])?;

    let mut seals: HashMap<String, Seal> = HashMap::new();
    let mut want = original.clone();
    let (sealed_text, count) = if original.kind == spec::Kind::Quiz {
        // A quiz's keys are its questions' `answer`s.
        let (text, count, quiz) =
            crate::kinds::quiz::seal_text(&file, &text, &original, random_salt)?;
        want.quiz = Some(quiz);
        (text, count)
    } else {
        seal_text(&file, &text, &original, |case, expected| {
            let seal = judge::seal(case.compare, expected, random_salt()?)
                .ok_or_else(|| format!("its compare mode {:?} cannot be sealed", case.compare))?;
            seals.insert(case.name.clone(), seal.clone());
            Ok(seal)
        })?
    };

    // The copy must mean what the original means, digests aside.
    for case in &mut want.cases {
        if let Some(seal) = seals.get(&case.name) {
            case.expect = Expected::Sealed(seal.clone());
        }
    }
    let reparsed = spec::parse_exercise(id, &file, &sealed_text)?;
    if reparsed != want {
        return Err(vec![SpecError::at(
            &file,
            None,
            "sealing would change what this spec means (an unusual layout?); nothing was written. Write each case as a block mapping, one key per line, and seal again",
        )]);
    }

    let mut out = vec![OutFile {
        rel: spec_rel.clone(),
        bytes: sealed_text.into_bytes(),
    }];
    let ext = match original.kind.form() {
        spec::Form::File(ext) => ext,
        spec::Form::Folder => "py",
    };
    let starter_rel = format!("{id}/starter.{ext}");
    if let Some(bytes) = pack.read(&starter_rel) {
        out.push(OutFile {
            rel: starter_rel,
            bytes,
        });
    }
    // A project's starter folder (never solution/, wrong/ nor accepted/).
    for (rel, bytes) in pack.tree(&format!("{id}/starter")).files {
        out.push(OutFile {
            rel: format!("{id}/starter/{rel}"),
            bytes,
        });
    }
    let leaks = leaks(&original, &out, pack);
    if !leaks.is_empty() {
        return Err(leaks);
    }
    Ok((out, count))
}

fn random_salt() -> Result<Vec<u8>, String> {
    let mut salt = vec![0u8; SALT_BYTES];
    getrandom::fill(&mut salt)
        .map_err(|e| format!("the OS gave no random bytes for a salt: {e}"))?;
    Ok(salt)
}

/// Lines of hidden cases' expected outputs that a written file still holds
/// and that are not part of what sealing keeps on purpose (the statement,
/// the code of every case, visible outputs, …).  A safety net: it catches a
/// hidden output left in a comment as well as a bug in the rewrite.
fn leaks(original: &Exercise, files: &[OutFile], pack: &Pack) -> Vec<SpecError> {
    let mut kept = format!(
        "{}\n{}\n{}\n{}\n{}\n",
        original.title,
        original.statement,
        original.interface,
        original.hints.join("\n"),
        original.setup.as_deref().unwrap_or("")
    );
    for case in &original.cases {
        kept.push_str(&case.name);
        kept.push('\n');
        kept.push_str(&case.code);
        kept.push('\n');
        if !case.hidden {
            kept.push_str(case.expect.text().unwrap_or(""));
        }
    }
    let hidden: Vec<&Case> = original.cases.iter().filter(|c| c.hidden).collect();
    let mut found = Vec::new();
    for f in files {
        let text = String::from_utf8_lossy(&f.bytes);
        for case in &hidden {
            let Some(expected) = case.expect.text() else {
                continue;
            };
            for needle in expected.lines().map(str::trim) {
                if needle.chars().count() < LEAK_CHECK_MIN_CHARS || kept.contains(needle) {
                    continue;
                }
                if let Some(at) = text.lines().position(|l| l.contains(needle)) {
                    found.push(SpecError::at(
                        &pack.display(&f.rel),
                        u64::try_from(at + 1).ok(),
                        format!(
                            "still holds the expected output of hidden case {:?} ({needle:?}), perhaps in a comment; remove it and seal again",
                            case.name
                        ),
                    ));
                }
            }
        }
    }
    found
}

fn sealed_note() -> String {
    format!(
        "# A sealed exercise pack\n\n\
         Written by `grader seal` (grader {}). The expected outputs of hidden\n\
         cases are salted SHA-256 digests (`expect_sha256`): `grader check` still\n\
         judges them, as passed or failed, without a diff. Reference solutions\n\
         (`solution.py`) and known-wrong ones (`wrong/`) are not included.\n\n\
         Practise with:\n\n    grader check --exercises <this folder> <topic>/<name>.py\n\n\
         `grader verify` recognises a sealed pack by this file.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Writes every file into a fresh folder beside OUT, then renames it to OUT,
/// so an error leaves no half-written copy.
fn write_atomically(out: &Path, files: &[OutFile]) -> Result<(), Error> {
    let fail = |what: &str, path: &Path, e: std::io::Error| {
        Error::Usage(format!("cannot {what} {}: {e}", path.display()))
    };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| fail("create", &parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".grader-seal-")
        .tempdir_in(&parent)
        .map_err(|e| fail("create a folder in", &parent, e))?;
    for f in files {
        let path = staging.path().join(&f.rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| fail("create", dir, e))?;
        }
        fs::write(&path, &f.bytes).map_err(|e| fail("write", &path, e))?;
    }
    #[cfg(unix)]
    {
        // A temporary folder is private (0700); the copy is meant to be shared.
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(staging.path(), fs::Permissions::from_mode(0o755))
            .map_err(|e| fail("set permissions of", staging.path(), e))?;
    }
    if out.is_dir() {
        // Checked empty before; remove_dir refuses if that changed since.
        fs::remove_dir(out).map_err(|e| fail("replace the empty folder", out, e))?;
    }
    let staged = staging.keep();
    fs::rename(&staged, out).map_err(|e| {
        let _ = fs::remove_dir_all(&staged);
        fail("create", out, e)
    })
}
