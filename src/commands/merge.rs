//! `grader merge`: shard reports → one class report in any format.

use super::outputs::Plan;
use crate::cli::MergeArgs;
use crate::error::{Error, exit};
use crate::gradebook::{self, ClassReport};
use crate::report::{PALETTE, paint};

pub fn run(args: MergeArgs) -> Result<u8, Error> {
    let plan = Plan::new(&args.output, Vec::new())?;
    let mut reports = Vec::new();
    for path in &args.reports {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Usage(format!("cannot read {shown}: {e}")))?;
        let report = ClassReport::parse(&text, &shown).map_err(Error::Usage)?;
        reports.push((shown, report));
    }
    let (merged, warnings) = gradebook::merge(reports).map_err(Error::Usage)?;
    for w in &warnings {
        anstream::eprintln!("{} {w}", paint(PALETTE.warn, "warning:"));
    }
    plan.write(&merged)?;
    Ok(if merged.all_passed() {
        exit::OK
    } else {
        exit::FAILED
    })
}
