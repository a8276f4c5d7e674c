//! Rendering results: human text for terminals, JSON for tools, and the
//! similarity listing.  Reporters never run anything; they only format what
//! `judge` (or `similarity`) decided.

pub mod human;
pub mod json;
pub mod learner;
pub mod progress_bar;
pub mod similarity;

use anstyle::{AnsiColor, Style};

/// The one colour palette; `anstream` strips it when colour is off.
pub struct Palette {
    pub pass: Style,
    pub fail: Style,
    pub warn: Style,
    pub dim: Style,
    pub bold: Style,
    pub added: Style,
    pub removed: Style,
    pub hunk: Style,
}

pub const PALETTE: Palette = Palette {
    pass: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green))),
    fail: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red))),
    warn: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow))),
    dim: Style::new().dimmed(),
    bold: Style::new().bold(),
    added: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green))),
    removed: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red))),
    hunk: Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan))),
};

/// `text` in `style`.
pub fn paint(style: Style, text: impl std::fmt::Display) -> String {
    format!("{style}{text}{style:#}")
}
