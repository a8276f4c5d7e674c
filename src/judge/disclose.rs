//! What a hidden case may tell a learner.  A hidden case's code sits in the
//! memory of the process that runs it, beside the learner's code, so every
//! word that process reports could carry it out.  For a hidden case the
//! report therefore says only what the grader itself decides: the verdict
//! kind, a fixed sentence, an exception's name when the learner could not
//! have built it at run time, and a line of the learner's own file.

/// Exception classes of Python 3.9–3.13's builtins and of the standard
/// library modules exercises meet most, by `type(exc).__name__`.
const KNOWN_EXCEPTIONS: &[&str] = &[
    // builtins
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "PythonFinalizationError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    // standard library
    "BrokenBarrierError",
    "BrokenProcessPool",
    "BrokenThreadPool",
    "CalledProcessError",
    "CancelledError",
    "DecodeError",
    "Empty",
    "Error",
    "Full",
    "IncompleteReadError",
    "InvalidOperation",
    "InvalidStateError",
    "JSONDecodeError",
    "DivisionByZero",
    "PickleError",
    "PicklingError",
    "UnpicklingError",
    "QueueEmpty",
    "QueueFull",
    "StatisticsError",
    "SubprocessError",
    "TimeoutExpired",
    "TOMLDecodeError",
    "UnsupportedOperation",
    "ArgumentError",
    "ArgumentTypeError",
    "OperationalError",
    "IntegrityError",
    "ProgrammingError",
    "DatabaseError",
    "InterfaceError",
    "herror",
    "gaierror",
    "timeout",
    "error",
];

/// The name to show for an exception a hidden case raised: one the
/// learner's code could not have chosen from what the case holds.  A class
/// of the builtins or the standard library, or one whose name is written
/// in the submitted file; otherwise `None` ("an exception").
pub fn exception_name<'a>(reported: &'a str, source: &str) -> Option<&'a str> {
    if !is_identifier(reported) {
        return None;
    }
    if KNOWN_EXCEPTIONS.contains(&reported) || written_in(reported, source) {
        Some(reported)
    } else {
        None
    }
}

/// The class named by the last line of a Python traceback on `stderr`
/// (`json.decoder.JSONDecodeError: ...` gives `JSONDecodeError`), if
/// `stderr` holds one.  What a hidden case may show of it is decided by
/// `exception_name`, like any other name.
pub fn traceback_exception(stderr: &str) -> Option<&str> {
    if !stderr.contains("Traceback (most recent call last):") {
        return None;
    }
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty())?;
    let head = last.split(':').next()?.trim();
    let name = head.rsplit('.').next()?;
    is_identifier(name).then_some(name)
}

/// A line number of the submitted file, or `None` when the file has no
/// such line (a number chosen at run time, a frame of generated code).
pub fn real_line(line: u32, source: &str) -> Option<u32> {
    let count = source.lines().count();
    usize::try_from(line)
        .ok()
        .filter(|&l| l >= 1 && l <= count)
        .map(|_| line)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && s.len() <= 80
}

/// Whether `name` stands in `source` as a whole word.
fn written_in(name: &str, source: &str) -> bool {
    let word = |c: char| c == '_' || c.is_alphanumeric();
    source.match_indices(name).any(|(at, _)| {
        let before = source[..at].chars().next_back();
        let after = source[at + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_a_traceback_ends_with() {
        let tb = "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n\
                  json.decoder.JSONDecodeError: Expecting value: line 1\n";
        assert_eq!(traceback_exception(tb), Some("JSONDecodeError"));
        let bare = "Traceback (most recent call last):\n  File \"t.py\", line 1\nStopIteration\n\n";
        assert_eq!(traceback_exception(bare), Some("StopIteration"));
        // Not a traceback: whatever the program printed last is not a class.
        assert_eq!(traceback_exception("KeyError: 'x'\n"), None);
        let odd = "Traceback (most recent call last):\nsome words: here\n";
        assert_eq!(traceback_exception(odd), None);
    }

    #[test]
    fn names_the_learner_could_not_build_at_run_time() {
        let src = "class InsufficientFunds(Exception):\n    pass\n";
        assert_eq!(exception_name("KeyError", src), Some("KeyError"));
        assert_eq!(
            exception_name("InsufficientFunds", src),
            Some("InsufficientFunds")
        );
        // Built from a hidden case's text at run time: not in the source.
        assert_eq!(exception_name("print_square_16", src), None);
        // A prefix of a written name is not the name.
        assert_eq!(exception_name("Insufficient", src), None);
        assert_eq!(exception_name("Key\u{1b}[2J", src), None);
        assert_eq!(exception_name("", src), None);
    }

    #[test]
    fn only_real_lines_of_the_file() {
        let src = "a = 1\nb = 2\n";
        assert_eq!(real_line(2, src), Some(2));
        assert_eq!(real_line(3, src), None);
        assert_eq!(real_line(0, src), None);
        assert_eq!(real_line(1_000_016, src), None);
    }
}
