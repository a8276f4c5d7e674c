use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // First, while single-threaded: the runner starts this binary as the
    // Linux sandbox helper.
    grader::sandbox::maybe_become_helper();
    let cli = grader::cli::Cli::parse();
    match grader::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            let code = err.exit_code();
            let label = anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::Color::Ansi(anstyle::AnsiColor::Red)));
            anstream::eprintln!("{label}error:{label:#} {err}");
            if let grader::error::Error::Internal(e) = &err {
                for cause in e.chain().skip(1) {
                    anstream::eprintln!("  caused by: {cause}");
                }
            }
            ExitCode::from(code)
        }
    }
}
