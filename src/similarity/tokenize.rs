//! A small Python tokenizer for similarity: it keeps the shape of the code
//! and forgets what is easy to change without understanding it.
//!
//! Every identifier becomes `N`, every string `S`, every number `0`;
//! keywords, operators, line ends and dedents stay; comments, docstrings
//! (any statement that is only a string), blank lines and spacing go.  The
//! tokenizer never fails: a file that is not valid Python still yields
//! tokens, since a broken submission may be a copied one.

/// One normalised token and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub sym: Sym,
    pub line: u32,
}

/// What a token stands for once names and literals are forgotten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sym {
    Name,
    Str,
    Num,
    Keyword(&'static str),
    Op(String),
    /// The end of a logical line.
    Newline,
    /// The start of an indented block.
    Indent,
    /// The end of an indented block.
    Dedent,
}

impl Sym {
    /// A stable text form, hashed into fingerprints.
    pub fn as_str(&self) -> &str {
        match self {
            Sym::Name => "N",
            Sym::Str => "S",
            Sym::Num => "0",
            Sym::Keyword(k) => k,
            Sym::Op(o) => o,
            Sym::Newline => "\\n",
            Sym::Indent => "->",
            Sym::Dedent => "<-",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
];

/// A logical line: its tokens, then `Newline`, after the `Indent` or the
/// `Dedent`s before it.
struct Line {
    indent: bool,
    dedents: usize,
    tokens: Vec<Token>,
    /// The line ended with `Newline` (the last line of a file may not).
    ended: bool,
}

/// Tokenizes Python source.
pub fn tokenize(source: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut last_line = 1;
    for line in logical_lines(source) {
        let only_strings = !line.tokens.is_empty() && line.tokens.iter().all(|t| t.sym == Sym::Str);
        let first = line.tokens.first().map_or(last_line, |t| t.line);
        out.extend((0..line.dedents).map(|_| Token {
            sym: Sym::Dedent,
            line: first,
        }));
        if line.indent {
            out.push(Token {
                sym: Sym::Indent,
                line: first,
            });
        }
        if only_strings {
            // A docstring or a string used as a comment.
            continue;
        }
        if let Some(t) = line.tokens.last() {
            last_line = t.line;
        }
        out.extend(line.tokens);
        if line.ended {
            out.push(Token {
                sym: Sym::Newline,
                line: last_line,
            });
        }
    }
    out
}

fn logical_lines(source: &str) -> Vec<Line> {
    let chars: Vec<char> = source.chars().collect();
    let mut lines = Vec::new();
    let mut indents: Vec<usize> = vec![0];
    let new_line = || Line {
        indent: false,
        dedents: 0,
        tokens: Vec::new(),
        ended: false,
    };
    let mut current = new_line();
    let (mut i, mut line) = (0usize, 1u32);
    let mut depth = 0usize; // open brackets: newlines inside do not end a line
    let mut at_line_start = true;
    while i < chars.len() {
        if at_line_start && depth == 0 {
            // Measure the indentation; blank and comment-only lines do not count.
            let mut col = 0;
            let mut j = i;
            while j < chars.len() && matches!(chars[j], ' ' | '\t' | '\x0c') {
                col = if chars[j] == '\t' {
                    (col / 8 + 1) * 8
                } else {
                    col + 1
                };
                j += 1;
            }
            if j >= chars.len() {
                break;
            }
            if matches!(chars[j], '\n' | '\r' | '#') {
                while j < chars.len() && chars[j] != '\n' {
                    j += 1;
                }
                i = j + 1;
                line += 1;
                continue;
            }
            let top = indents.last().copied().unwrap_or(0);
            if col > top {
                indents.push(col);
                current.indent = true;
            } else {
                while indents.len() > 1 && indents.last().is_some_and(|&t| t > col) {
                    indents.pop();
                    current.dedents += 1;
                }
            }
            i = j;
            at_line_start = false;
        }
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
                if depth == 0 {
                    current.ended = true;
                    lines.push(std::mem::replace(&mut current, new_line()));
                    at_line_start = true;
                }
            }
            ' ' | '\t' | '\r' | '\x0c' => i += 1,
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\\' if chars.get(i + 1) == Some(&'\n') => {
                // An explicit line join.
                i += 2;
                line += 1;
            }
            '\\' if chars.get(i + 1) == Some(&'\r') && chars.get(i + 2) == Some(&'\n') => {
                i += 3;
                line += 1;
            }
            _ => {
                let start_line = line;
                let (sym, next, newlines) = scan_token(&chars, i, &mut depth);
                current.tokens.push(Token {
                    sym,
                    line: start_line,
                });
                line += newlines;
                i = next;
            }
        }
    }
    // Blocks still open at the end of the file need no dedents: nothing follows.
    if !current.tokens.is_empty() {
        lines.push(current);
    }
    lines
}

/// The token starting at `i`: its symbol, where it ends, and how many line
/// breaks it spans (triple-quoted strings).
fn scan_token(chars: &[char], i: usize, depth: &mut usize) -> (Sym, usize, u32) {
    let c = chars[i];
    if let Some(quote_at) = string_start(chars, i) {
        let (end, newlines) = scan_string(chars, quote_at);
        return (Sym::Str, end, newlines);
    }
    if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j];
            let sign_after_exponent = matches!(d, '+' | '-')
                && matches!(chars[j - 1], 'e' | 'E')
                && !chars[i..j].iter().any(|c| matches!(c, 'x' | 'X'));
            if d.is_ascii_alphanumeric() || d == '_' || d == '.' || sign_after_exponent {
                j += 1;
            } else {
                break;
            }
        }
        return (Sym::Num, j, 0);
    }
    if c.is_alphabetic() || c == '_' {
        let mut j = i + 1;
        while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
            j += 1;
        }
        let word: String = chars[i..j].iter().collect();
        let sym = KEYWORDS
            .iter()
            .find(|k| **k == word)
            .map_or(Sym::Name, |k| Sym::Keyword(k));
        return (sym, j, 0);
    }
    for op in OPERATORS {
        let n = op.chars().count();
        if chars.len() >= i + n && chars[i..i + n].iter().copied().eq(op.chars()) {
            return (Sym::Op((*op).to_string()), i + n, 0);
        }
    }
    match c {
        '(' | '[' | '{' => *depth += 1,
        ')' | ']' | '}' => *depth = depth.saturating_sub(1),
        _ => {}
    }
    (Sym::Op(c.to_string()), i + 1, 0)
}

/// If a string literal (with an optional prefix such as `rb` or `f`)
/// starts at `i`, the index of its opening quote.
fn string_start(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    while j < chars.len()
        && j - i < 2
        && matches!(chars[j], 'r' | 'R' | 'b' | 'B' | 'u' | 'U' | 'f' | 'F')
    {
        j += 1;
    }
    matches!(chars.get(j), Some('\'' | '"')).then_some(j)
}

/// Scans a string whose opening quote is at `q`; returns where it ends and
/// the line breaks inside.  An unterminated string ends at its line's end
/// (or, triple-quoted, at the end of the file).
fn scan_string(chars: &[char], q: usize) -> (usize, u32) {
    let quote = chars[q];
    let triple = chars.get(q + 1) == Some(&quote) && chars.get(q + 2) == Some(&quote);
    let mut j = if triple { q + 3 } else { q + 1 };
    let mut newlines = 0;
    while j < chars.len() {
        match chars[j] {
            '\\' => {
                if chars.get(j + 1) == Some(&'\n') {
                    newlines += 1;
                }
                j += 2;
            }
            '\n' if !triple => return (j, newlines),
            '\n' => {
                newlines += 1;
                j += 1;
            }
            c if c == quote => {
                if !triple {
                    return (j + 1, newlines);
                }
                if chars.get(j + 1) == Some(&quote) && chars.get(j + 2) == Some(&quote) {
                    return (j + 3, newlines);
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
    (chars.len(), newlines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syms(src: &str) -> String {
        tokenize(src)
            .iter()
            .map(|t| t.sym.as_str().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn names_and_literals_are_forgotten_keywords_and_operators_kept() {
        assert_eq!(syms("total += price * 2  # add\n"), "N += N * 0 \\n");
        assert_eq!(
            syms("if x is not None:\n    return f'{x}' + r\"\\d\"\n"),
            "if N is not None : \\n -> return S + S \\n"
        );
        assert_eq!(syms("x = 1_000.5e-3 + 0xFF\n"), "N = 0 + 0 \\n");
        assert_eq!(syms("a **= b // c\n"), "N **= N // N \\n");
    }

    #[test]
    fn comments_docstrings_and_blank_lines_are_dropped() {
        let plain = "def f(a):\n    return a\n";
        let noisy = "# header\n\ndef f(a):  # trailing\n    \"\"\"Doc\n    string.\"\"\"\n\n    'a note'\n    return a\n";
        assert_eq!(syms(plain), syms(noisy));
        assert_eq!(syms(plain), "def N ( N ) : \\n -> return N \\n");
    }

    #[test]
    fn renaming_and_respacing_change_nothing() {
        let a = "def area(w, h):\n    return w * h\n";
        let b = "def surface(width,height) :\n\n        return (width)*(height)\n";
        assert_ne!(syms(a), syms(b), "parentheses are code");
        let c = "def surface(width,height) :\n\n        return width*height\n";
        assert_eq!(syms(a), syms(c));
    }

    #[test]
    fn brackets_and_backslashes_join_lines() {
        assert_eq!(
            syms("x = [1,\n     2]\ny = 1 + \\\n    2\n"),
            "N = [ 0 , 0 ] \\n N = 0 + 0 \\n"
        );
    }

    #[test]
    fn lines_are_counted_through_multi_line_strings() {
        let tokens = tokenize("s = '''a\nb\n'''\nt = 1\n");
        let t = tokens.iter().find(|t| t.line == 4).expect("line 4");
        assert_eq!(t.sym, Sym::Name);
    }

    #[test]
    fn broken_code_still_tokenizes() {
        assert_eq!(syms("print('oops\nx = (\n"), "N ( S N = (");
        assert!(!tokenize("def f(:\n\treturn \"\"\"never closed").is_empty());
    }

    #[test]
    fn unicode_identifiers_are_names() {
        assert_eq!(syms("größe = λ\n"), "N = N \\n");
    }
}
