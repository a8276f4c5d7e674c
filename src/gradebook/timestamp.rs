//! Points in time as RFC 3339 text with an explicit offset
//! (`2026-03-10T23:59:00+01:00`, `…Z`): due dates in an assignment file,
//! `submitted_at` in a manifest, a commit's date from git.  A time without
//! an offset is refused: "23:59" means a different instant in every zone,
//! and a deadline must not move with the grading machine's clock settings.

use std::fmt;

/// An instant, kept with the offset it was written in so reports show it
/// as the instructor (or git) wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix: i64,
    /// The offset east of UTC, in minutes.
    pub offset_minutes: i32,
}

impl Timestamp {
    /// Parses `YYYY-MM-DDTHH:MM[:SS[.frac]](Z|±HH:MM)`; a space may stand
    /// for the `T`.  Fractions of a second are dropped.
    pub fn parse(text: &str) -> Result<Timestamp, String> {
        let t = text.trim();
        let bad = |why: &str| {
            format!(
                "{t:?} is not a date and time with a time zone ({why}); write e.g. 2026-03-10T23:59:00+01:00 or 2026-03-10T22:59:00Z"
            )
        };
        let b = t.as_bytes();
        if b.len() < 16
            || b[4] != b'-'
            || b[7] != b'-'
            || !(b[10] == b'T' || b[10] == b' ' || b[10] == b't')
            || b[13] != b':'
        {
            return Err(bad("expected YYYY-MM-DDTHH:MM"));
        }
        let num = |s: &str| -> Result<i64, String> {
            if s.bytes().all(|c| c.is_ascii_digit()) && !s.is_empty() {
                s.parse::<i64>()
                    .map_err(|_| bad("a number is out of range"))
            } else {
                Err(bad("a field is not a number"))
            }
        };
        let (year, month, day) = (num(&t[0..4])?, num(&t[5..7])?, num(&t[8..10])?);
        let (hour, minute) = (num(&t[11..13])?, num(&t[14..16])?);
        let mut rest = &t[16..];
        let mut second = 0;
        if let Some(r) = rest.strip_prefix(':') {
            if r.len() < 2 {
                return Err(bad("seconds need two digits"));
            }
            second = num(&r[..2])?;
            rest = &r[2..];
            if let Some(r) = rest.strip_prefix('.') {
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                if digits == 0 {
                    return Err(bad("a '.' without digits"));
                }
                rest = &r[digits..];
            }
        }
        let offset_minutes = match rest {
            "Z" | "z" => 0,
            o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) && &o[3..4] == ":" => {
                let (h, m) = (num(&o[1..3])?, num(&o[4..6])?);
                if h > 23 || m > 59 {
                    return Err(bad("the offset is out of range"));
                }
                let minutes = (h * 60 + m) as i32;
                if o.starts_with('-') {
                    -minutes
                } else {
                    minutes
                }
            }
            "" => return Err(bad("the time zone is missing")),
            _ => return Err(bad("expected Z or an offset such as +01:00 after the time")),
        };
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 60
        {
            return Err(bad("no such date or time"));
        }
        let days = days_from_civil(year, month, day);
        let local = days * 86_400 + hour * 3600 + minute * 60 + second.min(59);
        Ok(Timestamp {
            unix: local - i64::from(offset_minutes) * 60,
            offset_minutes,
        })
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 in the offset it was written in, to the second.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.unix + i64::from(self.offset_minutes) * 60;
        let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        let (hh, mm, ss) = (secs / 3600, secs / 60 % 60, secs % 60);
        write!(f, "{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}")?;
        if self.offset_minutes == 0 {
            write!(f, "Z")
        } else {
            let sign = if self.offset_minutes < 0 { '-' } else { '+' };
            let o = self.offset_minutes.abs();
            write!(f, "{sign}{:02}:{:02}", o / 60, o % 60)
        }
    }
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_name_the_same_instant() {
        let a = Timestamp::parse("2026-03-10T23:59:00+01:00").expect("valid");
        let b = Timestamp::parse("2026-03-10T22:59:00Z").expect("valid");
        assert_eq!(a.unix, b.unix);
        // 2026-03-10T22:59:00Z, counted by hand: 20522 days after the epoch.
        assert_eq!(b.unix, 20_522 * 86_400 + 22 * 3600 + 59 * 60);
        assert_eq!(a.to_string(), "2026-03-10T23:59:00+01:00");
        assert_eq!(b.to_string(), "2026-03-10T22:59:00Z");
    }

    #[test]
    fn git_and_fractional_forms_parse() {
        let t = Timestamp::parse("2024-02-29 08:05:09.123-05:30").expect("valid");
        assert_eq!(t.to_string(), "2024-02-29T08:05:09-05:30");
        assert_eq!(
            Timestamp::parse("1970-01-01T00:00Z").expect("valid").unix,
            0
        );
    }

    #[test]
    fn a_time_without_a_zone_is_refused() {
        let why = Timestamp::parse("2026-03-10T23:59:00").expect_err("no zone");
        assert!(why.contains("time zone is missing"), "{why}");
        assert!(Timestamp::parse("2026-02-30T10:00Z").is_err());
        assert!(Timestamp::parse("yesterday").is_err());
    }
}
