//! The repository a check runs in: its root, and paths shown relative to it.
//!
//! The root is the nearest ancestor holding `.git` or `Cargo.toml`. Claims may only name
//! articles inside it, so a claims file cannot make CI print `/etc/passwd` into a report,
//! and reports show paths relative to it, so they read the same on every machine.

use std::path::{Component, Path, PathBuf};

/// The nearest ancestor of `start` (itself included) holding `.git` or `Cargo.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    start
        .ancestors()
        .find(|dir| dir.join(".git").exists() || dir.join("Cargo.toml").exists())
        .map(Path::to_owned)
}

/// `path` relative to `root` with `/` separators, or as given where it lies elsewhere.
pub fn display(path: &Path, root: Option<&Path>) -> String {
    let canonical = std::fs::canonicalize(path).ok();
    let shown = match (root, canonical.as_deref()) {
        (Some(root), Some(canonical)) => canonical.strip_prefix(root).map(Path::to_owned).ok(),
        _ => None,
    };
    let shown = shown.unwrap_or_else(|| normalize(path));
    let parts: Vec<_> = shown
        .components()
        .filter(|c| !matches!(c, Component::RootDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    let root_mark = if shown.has_root() { "/" } else { "" };
    format!("{root_mark}{}", parts.join("/"))
}

/// Drops `.` components and folds `dir/..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether `path`, with every link followed, lies inside `root`.
pub fn is_inside(path: &Path, root: &Path) -> bool {
    match (std::fs::canonicalize(path), std::fs::canonicalize(root)) {
        (Ok(path), Ok(root)) => path.starts_with(root),
        _ => false,
    }
}
