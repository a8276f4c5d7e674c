//! The `repo:` block of a repo exercise's `exercise.yaml` (the recipe the
//! starting repository is built from, and the checks its final state must
//! pass) and the command sequences (`solution.yaml`, `accepted/*.yaml`,
//! `wrong/*.yaml`) that `verify` replays on a freshly built recipe.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::spec::{Case, CaseLimits, Compare, Expected, SpecError};

/// `repo:` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepoSpec {
    /// The first branch's name (default `main`).
    #[serde(default)]
    pub branch: Option<Spanned<String>>,
    /// What builds the repository, in order.
    pub steps: Vec<Spanned<StepSpec>>,
    /// The branch checked out at the end (default: the last one switched to).
    #[serde(default)]
    pub head: Option<Spanned<String>>,
    /// The cases: each one check of the final state.
    pub checks: Vec<CheckSpec>,
}

/// One step of the recipe: exactly one of its keys.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepSpec {
    /// A commit of the current branch with this message.
    #[serde(default)]
    pub commit: Option<String>,
    /// With `commit`: files written (path → content).
    #[serde(default)]
    pub files: std::collections::BTreeMap<String, String>,
    /// With `commit`: files deleted.
    #[serde(default)]
    pub delete: Vec<String>,
    /// With `commit`: `Name <email>` (default the recipe's author).
    #[serde(default)]
    pub author: Option<String>,
    /// With `commit`: seconds since the epoch (default: one hour after the
    /// previous commit).
    #[serde(default)]
    pub date: Option<i64>,
    /// A new branch at the current commit, switched to.
    #[serde(default)]
    pub branch: Option<String>,
    /// Switch to an existing branch.
    #[serde(default)]
    pub switch: Option<String>,
    /// Merge a branch into the current one (always a merge commit).
    #[serde(default)]
    pub merge: Option<String>,
    /// With `merge` or `tag`: its message.
    #[serde(default)]
    pub message: Option<String>,
    /// A tag at the current commit (annotated when it has a `message`).
    #[serde(default)]
    pub tag: Option<String>,
}

/// One check of the final state, with the case's own fields.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSpec {
    pub name: Spanned<String>,
    #[serde(default)]
    pub hidden: bool,
    #[serde(default)]
    pub explain: Option<String>,
    #[serde(default)]
    pub points: Option<Spanned<f64>>,
    /// The working tree is clean and no merge, rebase, cherry-pick, revert
    /// or bisect is in progress.
    #[serde(default)]
    pub clean: Option<bool>,
    /// This branch's history has no merge commits.
    #[serde(default)]
    pub linear: Option<String>,
    /// This branch's own line of history (first parents) has a merge
    /// commit: something was merged into it, not rebased onto it.
    #[serde(default)]
    pub merge_commit: Option<String>,
    /// `{branch, into}`: every commit of `branch` is in `into`.
    #[serde(default)]
    pub merged: Option<MergedSpec>,
    /// `{ref, messages}`: the commit messages (subjects) of `ref`'s
    /// history, oldest first.
    #[serde(default)]
    pub log: Option<LogSpec>,
    /// `{ref, message}`: some commit of `ref`'s history has this subject.
    #[serde(default)]
    pub contains: Option<MessageSpec>,
    /// `{ref, message}`: no commit of `ref`'s history has this subject.
    #[serde(default)]
    pub lacks: Option<MessageSpec>,
    /// `{ref?, path, content?, exists?}`: a file at a ref (or in the
    /// working tree when `ref` is left out).
    #[serde(default)]
    pub file: Option<FileCheckSpec>,
    /// No conflict markers in any commit reachable from this ref, so a
    /// conflict committed and fixed later still fails (`worktree`: the
    /// working tree's files).
    #[serde(default)]
    pub no_conflict_markers: Option<String>,
    /// `{name, commit}`: the tag exists and is on the commit with this
    /// subject.
    #[serde(default)]
    pub tag: Option<TagSpec>,
    /// The branch checked out.
    #[serde(default)]
    pub head: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergedSpec {
    pub branch: String,
    pub into: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSpec {
    #[serde(rename = "ref")]
    pub at: String,
    pub messages: Vec<String>,
    /// Follow first parents only (a merged branch's own commits left out).
    #[serde(default)]
    pub first_parent: bool,
    /// Compare whole messages (a body after the subject counts), not
    /// subjects only.
    #[serde(default)]
    pub whole: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageSpec {
    #[serde(rename = "ref")]
    pub at: String,
    pub message: String,
    /// With `contains`: the commit's author name too (a cherry-pick or a
    /// rebase keeps it; a commit of the learner's own does not).
    #[serde(default)]
    pub author: Option<String>,
    /// With `contains`: the whole message must be `message` (a body after
    /// the subject counts), apart from the `(cherry picked from commit …)`
    /// line `git cherry-pick -x` adds.
    #[serde(default)]
    pub whole: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileCheckSpec {
    #[serde(rename = "ref", default)]
    pub at: Option<String>,
    pub path: String,
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub exists: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagSpec {
    pub name: String,
    /// The subject of the commit the tag must be on (left out: the tag
    /// must only exist).
    #[serde(default)]
    pub commit: Option<String>,
}

/// A resolved recipe and its checks (`Exercise::repo`).
#[derive(Debug, Clone, PartialEq)]
pub struct Recipe {
    pub branch: String,
    pub steps: Vec<Step>,
    pub head: Option<String>,
    /// One per case, in the same order.
    pub checks: Vec<Check>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Commit {
        message: String,
        files: Vec<(String, String)>,
        delete: Vec<String>,
        author: Option<(String, String)>,
        date: Option<i64>,
    },
    Branch(String),
    Switch(String),
    Merge {
        branch: String,
        message: Option<String>,
    },
    Tag {
        name: String,
        message: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    Clean,
    Linear(String),
    MergeCommit(String),
    Merged {
        branch: String,
        into: String,
    },
    Log {
        at: String,
        messages: Vec<String>,
        first_parent: bool,
        whole: bool,
    },
    Contains {
        at: String,
        message: String,
        author: Option<String>,
        whole: bool,
    },
    Lacks {
        at: String,
        message: String,
    },
    File {
        at: Option<String>,
        path: String,
        content: Option<String>,
        exists: bool,
    },
    NoConflictMarkers(String),
    Tag {
        name: String,
        commit: Option<String>,
    },
    Head(String),
}

impl Check {
    /// What the check looks at, in words a learner can act on (a visible
    /// case's "code").
    pub fn describe(&self) -> String {
        match self {
            Check::Clean => "the working tree is clean and no merge, rebase, cherry-pick, revert or bisect is in progress".into(),
            Check::Linear(b) => format!("{b}'s history has no merge commits"),
            Check::MergeCommit(b) => format!("{b}'s own history (first parents) has a merge commit"),
            Check::Merged { branch, into } => format!("every commit of {branch} is in {into}"),
            Check::Log { at, messages, first_parent, whole } => format!(
                "the commit messages of {at}{}{}, oldest first:\n{}",
                if *first_parent { " (first parents)" } else { "" },
                if *whole { " (whole messages, no body unless shown)" } else { "" },
                messages.iter().map(|m| format!("  {m}")).collect::<Vec<_>>().join("\n")
            ),
            Check::Contains { at, message, author: None, .. } => format!("{at}'s history has a commit {message:?}"),
            Check::Contains { at, message, author: Some(a), .. } => format!("{at}'s history has a commit {message:?} by {a}"),
            Check::Lacks { at, message } => format!("{at}'s history has no commit {message:?}"),
            Check::File { at, path, content, exists } => {
                let place = at.as_deref().map_or("in the working tree".to_string(), |r| format!("at {r}"));
                match (exists, content) {
                    (false, _) => format!("{path} does not exist {place}"),
                    (true, None) => format!("{path} exists {place}"),
                    (true, Some(c)) => format!("{path} {place} holds:\n{c}"),
                }
            }
            Check::NoConflictMarkers(at) if at == WORKTREE => "no conflict markers in the working tree's files".into(),
            Check::NoConflictMarkers(at) => format!("no conflict markers in any commit of {at}"),
            Check::Tag { name, commit: Some(c) } => format!("the tag {name} is on the commit {c:?}"),
            Check::Tag { name, commit: None } => format!("the tag {name} exists"),
            Check::Head(b) => format!("{b} is the branch checked out"),
        }
    }
}

/// `no_conflict_markers: worktree` names the working tree, not a ref.
pub const WORKTREE: &str = "worktree";

/// One step of a replayed command sequence (`solution.yaml` and the like).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplaySpec {
    /// A git command without the leading `git`, split like a shell does
    /// (quotes group words): `merge feature`, `commit -am "Fix it"`.
    #[serde(default)]
    pub git: Option<String>,
    /// With `git`: the exit status it must end with (default 0; a merge
    /// that stops on a conflict exits 1).
    #[serde(default)]
    pub exit: Option<i32>,
    /// Writes a file of the working tree (as an editor would).
    #[serde(default)]
    pub write: Option<String>,
    /// With `write`: the file's content.
    #[serde(default)]
    pub content: Option<String>,
    /// Deletes a file of the working tree.
    #[serde(default)]
    pub remove: Option<String>,
}

/// A resolved replay step.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "do", rename_all = "lowercase")]
pub enum Replay {
    Git { argv: Vec<String>, exit: i32 },
    Write { path: String, content: String },
    Remove { path: String },
}

/// The default author of the recipe's commits: fixed, so hashes are the
/// same on every machine.
pub const AUTHOR: (&str, &str) = ("Ada Lovelace", "ada@example.com");

/// Parses `repo:` into the recipe and one case per check.
pub fn resolve(
    file: &str,
    spec: RepoSpec,
    limits: &CaseLimits,
    errors: &mut Vec<SpecError>,
) -> (Recipe, Vec<Case>) {
    let branch = match spec.branch {
        Some(b) => {
            if !ref_name(&b.value) {
                errors.push(SpecError::at(
                    file,
                    Some(b.referenced.line()),
                    format!("`repo.branch` is {:?}; give a branch name", b.value),
                ));
            }
            b.value
        }
        None => "main".to_string(),
    };
    let mut steps = Vec::new();
    for s in spec.steps {
        let line = Some(s.referenced.line());
        match step(s.value) {
            Ok(st) => steps.push(st),
            Err(why) => errors.push(SpecError::at(file, line, format!("repo step: {why}"))),
        }
    }
    if !steps.iter().any(|s| matches!(s, Step::Commit { .. })) {
        errors.push(SpecError::at(
            file,
            None,
            "`repo.steps` makes no commit; a recipe starts with `- commit: <message>`",
        ));
    } else if !matches!(steps.first(), Some(Step::Commit { .. })) {
        errors.push(SpecError::at(
            file,
            None,
            "`repo.steps` must start with a commit (a branch needs a commit to stand on)",
        ));
    }
    let head = spec.head.map(|h| {
        if !ref_name(&h.value) {
            errors.push(SpecError::at(
                file,
                Some(h.referenced.line()),
                format!("`repo.head` is {:?}; give a branch name", h.value),
            ));
        }
        h.value
    });
    if spec.checks.is_empty() {
        errors.push(SpecError::at(
            file,
            None,
            "`repo.checks` is empty; an exercise needs at least one check",
        ));
    }
    let mut checks = Vec::new();
    let mut cases = Vec::new();
    for c in spec.checks {
        let name = c.name.value.trim().to_string();
        let line = Some(c.name.referenced.line());
        let check = match check(&c) {
            Ok(check) => check,
            Err(why) => {
                errors.push(SpecError::at(file, line, format!("check {name:?}: {why}")));
                continue;
            }
        };
        if name.is_empty() {
            errors.push(SpecError::at(file, line, "a check has an empty `name`"));
        }
        let points = match &c.points {
            Some(p) if p.value >= 0.0 && p.value.is_finite() => p.value,
            Some(p) => {
                errors.push(SpecError::at(
                    file,
                    Some(p.referenced.line()),
                    format!("check {name:?}: `points` must be a finite number ≥ 0"),
                ));
                1.0
            }
            None => 1.0,
        };
        cases.push(Case {
            name,
            code: check.describe(),
            run: None,
            exit: 0,
            expect_stderr: None,
            files: Vec::new(),
            expect: Expected::Any,
            hidden: c.hidden,
            explain: c
                .explain
                .map(|e| e.trim().to_string())
                .filter(|e| !e.is_empty()),
            points,
            compare: Compare::Exact,
            tolerance: 0.0,
            limits: *limits,
        });
        checks.push(check);
    }
    (
        Recipe {
            branch,
            steps,
            head,
            checks,
        },
        cases,
    )
}

fn step(s: StepSpec) -> Result<Step, String> {
    let set = [
        s.commit.is_some(),
        s.branch.is_some(),
        s.switch.is_some(),
        s.merge.is_some(),
        s.tag.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if set != 1 {
        return Err(
            "give exactly one of `commit`, `branch`, `switch`, `merge` and `tag`".to_string(),
        );
    }
    let commit_only =
        !s.files.is_empty() || !s.delete.is_empty() || s.author.is_some() || s.date.is_some();
    if s.commit.is_none() && commit_only {
        return Err("`files`, `delete`, `author` and `date` go with `commit`".into());
    }
    if s.message.is_some() && s.merge.is_none() && s.tag.is_none() {
        return Err(
            "`message` goes with `merge` or `tag` (a commit's message is `commit:`)".into(),
        );
    }
    let name_ok = |n: &str| {
        if ref_name(n) {
            Ok(n.to_string())
        } else {
            Err(format!("{n:?} is not a usable branch or tag name"))
        }
    };
    if let Some(message) = s.commit {
        if message.trim().is_empty() {
            return Err("a commit needs a message".into());
        }
        for p in s.files.keys().chain(&s.delete) {
            if !tracked_path(p) {
                return Err(format!(
                    "{p:?} is not a relative path inside the repository (no `..`, not under .git)"
                ));
            }
        }
        let author = match s.author {
            None => None,
            Some(a) => Some(
                parse_author(&a)
                    .ok_or_else(|| format!("`author` is {a:?}; write it as `Name <email>`"))?,
            ),
        };
        return Ok(Step::Commit {
            message,
            files: s.files.into_iter().collect(),
            delete: s.delete,
            author,
            date: s.date,
        });
    }
    if let Some(b) = s.branch {
        return Ok(Step::Branch(name_ok(&b)?));
    }
    if let Some(b) = s.switch {
        return Ok(Step::Switch(name_ok(&b)?));
    }
    if let Some(b) = s.merge {
        return Ok(Step::Merge {
            branch: name_ok(&b)?,
            message: s.message,
        });
    }
    let name = s.tag.unwrap_or_default();
    Ok(Step::Tag {
        name: name_ok(&name)?,
        message: s.message,
    })
}

fn check(c: &CheckSpec) -> Result<Check, String> {
    let mut found = Vec::new();
    if let Some(clean) = c.clean {
        if !clean {
            return Err("`clean: false` checks nothing; leave it out".into());
        }
        found.push(Check::Clean);
    }
    if let Some(b) = &c.linear {
        found.push(Check::Linear(rev(b)?));
    }
    if let Some(b) = &c.merge_commit {
        found.push(Check::MergeCommit(rev(b)?));
    }
    if let Some(m) = &c.merged {
        found.push(Check::Merged {
            branch: rev(&m.branch)?,
            into: rev(&m.into)?,
        });
    }
    if let Some(l) = &c.log {
        if l.messages.is_empty() {
            return Err("`log.messages` is empty".into());
        }
        found.push(Check::Log {
            at: rev(&l.at)?,
            messages: l.messages.iter().map(|m| m.trim().to_string()).collect(),
            first_parent: l.first_parent,
            whole: l.whole,
        });
    }
    if let Some(m) = &c.contains {
        found.push(Check::Contains {
            at: rev(&m.at)?,
            message: m.message.trim().to_string(),
            author: m.author.as_ref().map(|a| a.trim().to_string()),
            whole: m.whole,
        });
    }
    if let Some(m) = &c.lacks {
        if m.author.is_some() || m.whole {
            return Err("`lacks` takes only `ref` and `message`".into());
        }
        found.push(Check::Lacks {
            at: rev(&m.at)?,
            message: m.message.trim().to_string(),
        });
    }
    if let Some(f) = &c.file {
        if !tracked_path(&f.path) {
            return Err(format!(
                "`file.path` {:?} is not a relative path inside the repository",
                f.path
            ));
        }
        let exists = f.exists.unwrap_or(true);
        if !exists && f.content.is_some() {
            return Err("`exists: false` and `content` contradict each other".into());
        }
        found.push(Check::File {
            at: f.at.as_deref().map(rev).transpose()?,
            path: f.path.clone(),
            content: f.content.clone(),
            exists,
        });
    }
    if let Some(at) = &c.no_conflict_markers {
        found.push(Check::NoConflictMarkers(if at == WORKTREE {
            at.clone()
        } else {
            rev(at)?
        }));
    }
    if let Some(t) = &c.tag {
        if !ref_name(&t.name) {
            return Err(format!("{:?} is not a usable tag name", t.name));
        }
        found.push(Check::Tag {
            name: t.name.clone(),
            commit: t.commit.as_deref().map(|c| c.trim().to_string()),
        });
    }
    if let Some(h) = &c.head {
        if !ref_name(h) {
            return Err(format!("{h:?} is not a usable branch name"));
        }
        found.push(Check::Head(h.clone()));
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err("give one of clean, linear, merge_commit, merged, log, contains, lacks, file, no_conflict_markers, tag, head".into()),
        _ => Err("give only one of clean, linear, merge_commit, merged, log, contains, lacks, file, no_conflict_markers, tag, head (one check per case)".into()),
    }
}

/// A ref or revision the checks may name: `main`, `v1.0`, `HEAD`,
/// `main~2`; never an option.
fn rev(r: &str) -> Result<String, String> {
    let ok = !r.is_empty()
        && !r.starts_with('-')
        && r.len() <= 200
        && r.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-~^@{}".contains(c));
    if ok {
        Ok(r.to_string())
    } else {
        Err(format!(
            "{r:?} is not a usable ref (a branch, a tag, HEAD, main~1)"
        ))
    }
}

/// A branch or tag name git accepts, kept simple.
pub fn ref_name(n: &str) -> bool {
    !n.is_empty()
        && n.len() <= 100
        && !n.starts_with(['-', '.', '/'])
        && !n.ends_with(['/', '.'])
        && !n.contains("..")
        && !n.contains("//")
        && !n.ends_with(".lock")
        && n.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
}

/// A path of the working tree: relative, no `..`, not under `.git`.
pub fn tracked_path(p: &str) -> bool {
    let path = std::path::Path::new(p);
    !p.trim().is_empty()
        && !p.contains('\\')
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        && path
            .components()
            .next()
            .is_some_and(|c| !c.as_os_str().eq_ignore_ascii_case(".git"))
}

/// `Name <email>`.
fn parse_author(a: &str) -> Option<(String, String)> {
    let (name, rest) = a.split_once('<')?;
    let email = rest.strip_suffix('>')?;
    let name = name.trim();
    (!name.is_empty()
        && !email.is_empty()
        && !email.contains(['<', '>', '\n'])
        && !name.contains(['<', '>', '\n']))
    .then(|| (name.to_string(), email.trim().to_string()))
}

/// Parses a replay file (`solution.yaml`, `accepted/x.yaml`, `wrong/x.yaml`).
pub fn parse_replay(display: &str, text: &str) -> Result<Vec<Replay>, String> {
    let raw: Vec<Spanned<ReplaySpec>> =
        serde_saphyr::from_str(text).map_err(|e| format!("{display}: {e}"))?;
    let mut out = Vec::new();
    for s in raw {
        let line = s.referenced.line();
        let s = s.value;
        let at = |why: &str| format!("{display}:{line}: {why}");
        match (s.git, s.write, s.remove) {
            (Some(cmd), None, None) if s.content.is_none() => {
                let argv = split_words(&cmd).map_err(|e| at(&e))?;
                if argv.is_empty() {
                    return Err(at(
                        "`git` is empty; write the command after git, e.g. `merge feature`",
                    ));
                }
                if argv[0] == "git" {
                    return Err(at(
                        "write the command without the leading `git`, e.g. `git: merge feature`",
                    ));
                }
                out.push(Replay::Git {
                    argv,
                    exit: s.exit.unwrap_or(0),
                });
            }
            (None, Some(path), None) if s.exit.is_none() => {
                if !tracked_path(&path) {
                    return Err(at(&format!("{path:?} is not a path inside the repository")));
                }
                out.push(Replay::Write {
                    path,
                    content: s.content.unwrap_or_default(),
                });
            }
            (None, None, Some(path)) if s.exit.is_none() && s.content.is_none() => {
                if !tracked_path(&path) {
                    return Err(at(&format!("{path:?} is not a path inside the repository")));
                }
                out.push(Replay::Remove { path });
            }
            _ => {
                return Err(at(
                    "a step is `{git: <command>, exit?}`, `{write: <path>, content}` or `{remove: <path>}`",
                ));
            }
        }
    }
    Ok(out)
}

/// Splits a command line into words as a POSIX shell would, with single
/// and double quotes and backslashes; no expansions.
pub fn split_words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(x) => cur.push(x),
                        None => return Err("a single quote is not closed".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(x @ ('"' | '\\' | '$' | '`')) => cur.push(x),
                            Some(x) => {
                                cur.push('\\');
                                cur.push(x);
                            }
                            None => return Err("a double quote is not closed".into()),
                        },
                        Some(x) => cur.push(x),
                        None => return Err("a double quote is not closed".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(x) => cur.push(x),
                    None => return Err("a line ends in a backslash".into()),
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_a_shell() {
        assert_eq!(
            split_words(r#"commit -m "Fix the \"sum\"" --author='A <a@b>'"#).expect("parses"),
            vec!["commit", "-m", "Fix the \"sum\"", "--author=A <a@b>"]
        );
        assert_eq!(
            split_words("  a  ''  b ").expect("parses"),
            vec!["a", "", "b"]
        );
        assert!(split_words("a 'b").is_err());
    }

    #[test]
    fn names_and_paths() {
        assert!(ref_name("feature/login"));
        assert!(!ref_name("-x"));
        assert!(!ref_name("a..b"));
        assert!(tracked_path("src/app.py"));
        assert!(!tracked_path(".git/config"));
        assert!(!tracked_path(".GIT/hooks/x"));
        assert!(!tracked_path("../x"));
        assert!(!tracked_path("/etc/passwd"));
        assert!(rev("main~2").is_ok());
        assert!(rev("--output=x").is_err());
    }

    #[test]
    fn replay_files() {
        let steps = parse_replay(
            "s.yaml",
            "- git: merge feature\n  exit: 1\n- write: a.txt\n  content: \"x\\n\"\n- remove: b.txt\n",
        )
        .expect("parses");
        assert_eq!(
            steps,
            vec![
                Replay::Git {
                    argv: vec!["merge".into(), "feature".into()],
                    exit: 1
                },
                Replay::Write {
                    path: "a.txt".into(),
                    content: "x\n".into()
                },
                Replay::Remove {
                    path: "b.txt".into()
                },
            ]
        );
        assert!(parse_replay("s.yaml", "- git: git merge x\n").is_err());
        assert!(parse_replay("s.yaml", "- write: ../x\n").is_err());
    }
}
