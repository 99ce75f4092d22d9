//! Reading user files: articles and claims files, as UTF-8 text, with errors that say
//! where and why.

use std::path::{Path, PathBuf};

/// The largest article or claims file factcheck reads, in bytes. Larger files are refused
/// rather than risk minutes of work or gigabytes of memory on a file no newsroom writes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

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
    #[error("{path}: {size} bytes is larger than the limit of {MAX_FILE_BYTES} bytes")]
    TooLarge { path: PathBuf, size: u64 },
}

impl InputError {
    pub fn help(&self) -> &'static str {
        match self {
            InputError::NotFound { .. } => {
                "check the path; relative paths start at the current directory"
            }
            InputError::Io { .. } => "check that the file is readable",
            InputError::NotUtf8 { .. } => {
                "save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)"
            }
            InputError::TooLarge { .. } => "split the article or the claims file",
        }
    }
}

/// Reads `path` as UTF-8 text. A UTF-8 byte-order mark is dropped.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound {
            path: path.to_owned(),
        },
        _ => InputError::Io {
            path: path.to_owned(),
            source,
        },
    })?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|source| InputError::Io {
        path: path.to_owned(),
        source,
    })?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(text)
        }
        Err(err) => {
            let bytes = err.as_bytes();
            let at = err.utf8_error().valid_up_to();
            // OK because the prefix up to `valid_up_to` is valid UTF-8 by definition.
            let valid = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(InputError::NotUtf8 {
                path: path.to_owned(),
                line,
                column,
                byte: bytes[at],
            })
        }
    }
}
