//! `grader completions SHELL`: a completion script, generated from the CLI
//! definition so it never falls behind.
//!
//! Values clap cannot know from the definition are written into the
//! script as lists when it is generated: the exercise ids and topics of
//! the pack (the built-in one, or `--exercises` / `GRADER_EXERCISES`), and
//! the report formats of `grade` and `merge`, whose `FORMAT[=FILE]` values
//! clap would otherwise complete as file names.  A static list works the
//! same in bash, zsh and fish with no helper process at completion time;
//! run the command again after the pack changes.

use clap::CommandFactory as _;
use clap::ValueEnum as _;
use clap::builder::PossibleValuesParser;

use super::load_pack;
use crate::cli::{Cli, Global};
use crate::error::{Error, exit};
use crate::report::ClassFormat;

pub fn run(global: &Global, shell: clap_complete::Shell) -> Result<u8, Error> {
    let pack = load_pack(global)?;
    let mut topics: Vec<String> = pack
        .ids
        .iter()
        .filter_map(|id| id.split('/').next().map(str::to_string))
        .collect();
    topics.dedup();
    let ids = pack.ids.clone();
    let ids_and_topics: Vec<String> = ids.iter().chain(topics.iter()).cloned().collect();
    let formats: Vec<&'static str> = ClassFormat::value_variants()
        .iter()
        .map(|f| f.name())
        .collect();

    // Only the command used for generation is changed: parsing still
    // accepts `csv=grades.csv` and ids of any pack.
    let values = |v: &[String]| PossibleValuesParser::new(v.to_vec());
    let cmd = Cli::command()
        .mut_subcommand("show", |c| {
            c.mut_arg("id", |a| a.value_parser(values(&ids)))
        })
        .mut_subcommand("check", |c| {
            c.mut_arg("exercise", |a| a.value_parser(values(&ids)))
        })
        .mut_subcommand("verify", |c| {
            c.mut_arg("only", |a| a.value_parser(values(&ids_and_topics)))
        })
        .mut_subcommand("grade", |c| {
            c.mut_arg("only", |a| a.value_parser(values(&ids_and_topics)))
                .mut_arg("format", |a| {
                    a.value_parser(PossibleValuesParser::new(formats.clone()))
                })
        })
        .mut_subcommand("merge", |c| {
            c.mut_arg("format", |a| {
                a.value_parser(PossibleValuesParser::new(formats.clone()))
            })
        });
    let mut cmd = cmd;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "grader", &mut out);
    if shell == clap_complete::Shell::Fish {
        // clap_complete's fish script completes options' values but not a
        // positional's: add `show ID`'s by hand (ids hold no quote).
        out.extend_from_slice(
            format!(
                "complete -c grader -n \"__fish_grader_using_subcommand show\" -f -a \"{}\"\n",
                ids.join(" ")
            )
            .as_bytes(),
        );
    }
    use std::io::Write as _;
    std::io::stdout().write_all(&out).map_err(|e| {
        Error::Usage(format!(
            "cannot write the completion script ({e}); redirect it to a file, e.g. `grader completions {shell} > grader.{shell}`"
        ))
    })?;
    Ok(exit::OK)
}
