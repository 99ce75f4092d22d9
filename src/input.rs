//! Reading user files: articles and claims files, as UTF-8 text, with errors that say
//! where and why.
//!
//! factcheck runs in CI on files that editors and scrapers produce, so every file goes
//! through [`read_text`], which refuses what it cannot read well, with the file and,
//! where one exists, the `line:column` of the problem:
//!
//! - **Size.** An article may have at most [`MAX_ARTICLE_BYTES`] (4 MiB), a claims file
//!   (`.toml`) at most [`MAX_CLAIMS_BYTES`] (256 KiB). The longest story in the BBC corpus
//!   is 25 KB and a claims file of 200 claims about 40 KB, so neither limit touches a real
//!   file, while both keep the worst case to seconds: a 4 MiB single-line article extracts in
//!   under 2 s, and 256 KiB holds at most about 6,000 claims. The limit is enforced while
//!   reading, so a file that grows, or a device such as `/dev/zero`, cannot exhaust memory.
//! - **Encoding.** Text must be UTF-8. A UTF-8 byte-order mark is dropped (editors do not
//!   show it, so columns stay right). UTF-16 and UTF-32, recognised by their byte-order
//!   mark, are refused rather than converted: DESIGN.md says inputs are UTF-8, TOML requires
//!   it, and a converted file's byte offsets (`start`/`end` in JSON reports) would not
//!   match the file on disk. Invalid UTF-8 names the first bad byte's `line:column`.
//! - **NUL bytes** are refused: no text file holds one, and UTF-16 without a byte-order
//!   mark is valid UTF-8 with a NUL in every other byte, so reading it would check garbage.
//! - **Line ends.** `\r\n` is kept; a lone `\r` (old Mac line ends) becomes `\n`, byte for
//!   byte, so lines and columns count as an editor shows them and offsets do not move.
//!
//! Limits on what a claims file holds (nesting, claims, string length) follow from its size;
//! TOML nesting deeper than the TOML reader's own limit is a syntax error at its position.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest article factcheck reads, in bytes (4 MiB). See the module doc.
pub const MAX_ARTICLE_BYTES: u64 = 4 * 1024 * 1024;

/// The largest claims file (`.toml`) factcheck reads, in bytes (256 KiB). See the module doc.
pub const MAX_CLAIMS_BYTES: u64 = 256 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: not valid UTF-8 (byte 0x{byte:02x})")]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
        byte: u8,
    },
    #[error("{path}:1:1: a {encoding} byte-order mark; factcheck reads UTF-8 only")]
    Utf16 {
        path: PathBuf,
        encoding: &'static str,
    },
    #[error("{path}:{line}:{column}: a NUL byte; this is a binary file or UTF-16 text, not UTF-8")]
    Nul {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{path}: {what} is larger than the limit of {limit} KiB", limit = limit / 1024)]
    TooLarge {
        path: PathBuf,
        /// "the article", "the claims file".
        what: &'static str,
        limit: u64,
    },
}

impl InputError {
    pub fn help(&self) -> &'static str {
        match self {
            InputError::NotFound { .. } => {
                "check the path; relative paths start at the current directory"
            }
            InputError::Io { .. } => "check that the path is a readable file",
            InputError::NotUtf8 { .. } | InputError::Utf16 { .. } | InputError::Nul { .. } => {
                "save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)"
            }
            InputError::TooLarge {
                what: "the claims file",
                ..
            } => "split the claims file into several files in the same folder",
            InputError::TooLarge { .. } => {
                "an article this large is not a news story; give factcheck the story alone"
            }
        }
    }
}

/// The size limit for `path`: claims files end in `.toml`, everything else is an article.
pub fn limit_for(path: &Path) -> (u64, &'static str) {
    if path.extension().is_some_and(|x| x == "toml") {
        (MAX_CLAIMS_BYTES, "the claims file")
    } else {
        (MAX_ARTICLE_BYTES, "the article")
    }
}

/// Reads `path` as UTF-8 text under its size limit; see the module doc for what is refused.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound {
            path: path.to_owned(),
        },
        _ => InputError::Io {
            path: path.to_owned(),
            source,
        },
    };
    let (limit, what) = limit_for(path);
    let file = std::fs::File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.is_dir() {
        return Err(InputError::Io {
            path: path.to_owned(),
            source: std::io::Error::other("it is a folder"),
        });
    }
    // One byte past the limit tells a file at the limit from a larger one, whatever the
    // metadata says (devices and files being written report sizes that lie).
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge {
            path: path.to_owned(),
            what,
            limit,
        });
    }
    decode(path, bytes)
}

/// Decodes the bytes of the file at `path` (named in errors only) as [`read_text`] does.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    let bom = [
        (&[0x00, 0x00, 0xfe, 0xff][..], "UTF-32 (big-endian)"),
        (&[0xff, 0xfe, 0x00, 0x00][..], "UTF-32 (little-endian)"),
        (&[0xfe, 0xff][..], "UTF-16 (big-endian)"),
        (&[0xff, 0xfe][..], "UTF-16 (little-endian)"),
    ];
    if let Some(&(_, encoding)) = bom.iter().find(|(mark, _)| bytes.starts_with(mark)) {
        return Err(InputError::Utf16 {
            path: path.to_owned(),
            encoding,
        });
    }
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let at = err.utf8_error().valid_up_to();
            let (line, column) = line_column(&bytes[..at]);
            return Err(InputError::NotUtf8 {
                path: path.to_owned(),
                line,
                column,
                byte: bytes[at],
            });
        }
    };
    if let Some(at) = text.find('\0') {
        let (line, column) = line_column(&text.as_bytes()[..at]);
        return Err(InputError::Nul {
            path: path.to_owned(),
            line,
            column,
        });
    }
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.contains('\r') {
        text = lone_cr_to_lf(&text);
    }
    Ok(text)
}

/// The 1-based line and column (in characters) just past `before`, a valid UTF-8 prefix.
fn line_column(before: &[u8]) -> (usize, usize) {
    // OK to fall back: callers pass a prefix that is valid UTF-8 by construction.
    let before = std::str::from_utf8(before).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// `\r` not followed by `\n` becomes `\n`; the text keeps its length and every offset.
fn lone_cr_to_lf(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\r') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        out.push(if after.starts_with('\n') { '\r' } else { '\n' });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `bytes` and gives the text, or the error's message, as one line.
    fn check(bytes: &[u8], expected: &str) {
        let got = match decode(Path::new("a.txt"), bytes.to_vec()) {
            Ok(text) => format!("ok {text:?}"),
            Err(err) => err.to_string(),
        };
        assert_eq!(got, expected);
    }

    #[test]
    fn decodes_utf8_and_drops_a_bom() {
        check(b"", "ok \"\"");
        check("é “x”".as_bytes(), "ok \"é “x”\"");
        check(b"\xef\xbb\xbfHeadline", "ok \"Headline\"");
    }

    #[test]
    fn keeps_crlf_and_turns_lone_cr_into_lf() {
        check(b"a\r\nb", "ok \"a\\r\\nb\"");
        check(b"a\rb\r", "ok \"a\\nb\\n\"");
        check(b"a\r\r\nb", "ok \"a\\n\\r\\nb\"");
    }

    #[test]
    fn refuses_what_is_not_utf8_text() {
        check(b"Caf\xe9", "a.txt:1:4: not valid UTF-8 (byte 0xe9)");
        check(b"ab\nc\xff", "a.txt:2:2: not valid UTF-8 (byte 0xff)");
        check(
            b"\xff\xfeH\x00i\x00",
            "a.txt:1:1: a UTF-16 (little-endian) byte-order mark; factcheck reads UTF-8 only",
        );
        check(
            b"\xfe\xff\x00H",
            "a.txt:1:1: a UTF-16 (big-endian) byte-order mark; factcheck reads UTF-8 only",
        );
        check(
            b"H\x00i\x00",
            "a.txt:1:2: a NUL byte; this is a binary file or UTF-16 text, not UTF-8",
        );
    }

    #[test]
    fn limits_depend_on_the_kind_of_file() {
        assert_eq!(limit_for(Path::new("claims/a/claims.toml")).0, 256 * 1024);
        assert_eq!(
            limit_for(Path::new("claims/a/article.txt")).0,
            4 * 1024 * 1024
        );
    }
}
