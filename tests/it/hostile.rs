//! Hostile input: every row of the table in tests/data/hostile/README.md, run through the
//! binary. Each gives the exit code and the first line of the message the table states,
//! never a panic, in bounded time.
//!
//! The corpus is copied into a temporary repository (a folder holding `.git`), where the
//! large inputs are generated (a 10 MB file has no place in git) and the symbolic link to
//! `/etc/passwd` is made. Then each row runs with that folder as the working directory.
//!
//! `FACTCHECK_HOSTILE_PRINT=1 cargo test --test it hostile -- --nocapture` prints the
//! table as measured (with times), to paste into the README after a deliberate change.
//! Rows marked `slow` (inputs at the size limit: half a minute each in a debug build) run
//! only with `FACTCHECK_HOSTILE_SLOW=1`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The most any row may take in a debug build on a loaded CI machine. Measured: the slowest
/// row takes about 36 s in debug and 2 s in release (README.md states each).
const BOUND: Duration = Duration::from_secs(90);

/// One row of the README table.
struct Row {
    input: String,
    args: Vec<String>,
    exit: i32,
    message: String,
}

fn read_table() -> Vec<Row> {
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile/README.md");
    let text = std::fs::read_to_string(&readme).expect("tests/data/hostile/README.md exists");
    let cell = |s: &str| s.trim().trim_matches('`').trim().to_owned();
    text.lines()
        .skip_while(|l| *l != "## The corpus")
        .filter(|l| l.starts_with("| ") && !l.starts_with("| input") && !l.starts_with("|--"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            assert_eq!(cells.len(), 5, "README row has 5 cells: {line}");
            Row {
                input: cells[0].trim().to_owned(),
                args: cell(cells[1])
                    .split_whitespace()
                    .skip(1) // "factcheck"
                    .map(str::to_owned)
                    .collect(),
                exit: cell(cells[2]).parse().expect("exit code is a number"),
                message: cell(cells[3]),
            }
        })
        .collect()
}

/// A temporary repository holding the corpus, the generated inputs and the symbolic link.
fn make_repo() -> PathBuf {
    let repo = std::env::temp_dir().join(format!("factcheck-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile");
    for folder in ["articles", "claims"] {
        std::fs::create_dir_all(repo.join(folder)).unwrap();
        for entry in std::fs::read_dir(corpus.join(folder)).unwrap().flatten() {
            std::fs::copy(entry.path(), repo.join(folder).join(entry.file_name())).unwrap();
        }
    }
    generate(&repo);
    repo
}

/// The inputs too large to commit, named `gen-*` in the table.
fn generate(repo: &Path) {
    let write = |path: &str, bytes: &[u8]| std::fs::write(repo.join(path), bytes).unwrap();
    let sentence = "The talks lasted more than five hours on September 13, 2023, and cost $1.5bn. ";
    let line = |n: usize| sentence.repeat(n / sentence.len() + 1)[..n].to_owned();
    write("articles/gen-10mb-line.txt", line(10_000_000).as_bytes());
    write(
        "articles/gen-limit-line.txt",
        line(4 * 1024 * 1024).as_bytes(),
    );
    std::fs::copy(
        repo.join("articles/gen-10mb-line.txt"),
        repo.join("claims/gen-10mb-article.txt"),
    )
    .unwrap();
    write(
        "claims/gen-10mb-article.toml",
        b"article = \"gen-10mb-article.txt\"\n\n[[claim]]\nid = \"talks\"\nduration = \"more than 5 hours\"\n",
    );
    let marks = "\"“”‘’«»„‚‹›'";
    let quotes: String = marks.chars().cycle().take(1 << 20).collect();
    write("articles/gen-1mb-quotes.txt", quotes.as_bytes());

    let head = "article = \"story.txt\"\npublished = 2023-09-13\n\n";
    let claims = |n: usize| {
        let mut out = head.to_owned();
        for i in 0..n {
            let _ = write!(out, "[[claim]]\nid = \"c{i}\"\nmentions = \"Putin\"\n\n");
        }
        out
    };
    write("claims/gen-100k-claims.toml", claims(100_000).as_bytes());
    let at_limit = claims(6_000);
    assert!(at_limit.len() < 256 * 1024, "{}", at_limit.len());
    write("claims/gen-limit-claims.toml", at_limit.as_bytes());
    let depth = 10_000;
    let nested = format!("{head}x = {}{}\n", "[".repeat(depth), "]".repeat(depth));
    write("claims/gen-deep-nesting.toml", nested.as_bytes());
    let string = |n: usize| {
        format!(
            "{head}[[claim]]\nid = \"big\"\nquote = \"{}\"\n",
            "a".repeat(n)
        )
    };
    write("claims/gen-5mb-string.toml", string(5_000_000).as_bytes());
    write(
        "claims/gen-limit-string.toml",
        string(250 * 1024).as_bytes(),
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", repo.join("claims/passwd-link.txt")).unwrap();
}

/// Runs one row: its exit code, the first line of its message, and how long it took.
fn run(repo: &Path, args: &[String]) -> (i32, String, Duration, String) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(repo)
        .output()
        .expect("the factcheck binary runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines = if stderr.is_empty() {
        stdout.lines()
    } else {
        stderr.lines()
    };
    let mut message = lines.next().unwrap_or("").to_owned();
    if let Some(at) = lines
        .next()
        .and_then(|l| l.trim_start().strip_prefix("--> "))
    {
        message = format!("{message} (at {at})");
    }
    if message.is_empty() {
        message = "(no output)".to_owned();
    }
    // A signal (no code) is a crash; it never matches a row.
    (out.status.code().unwrap_or(-1), message, took, stderr)
}

#[test]
fn every_hostile_input_gets_its_exit_code_and_message_in_bounded_time() {
    let rows = read_table();
    assert!(rows.len() >= 30, "the README lists {} rows", rows.len());
    let repo = make_repo();
    let mut failures = Vec::new();
    let mut measured = String::new();
    for row in &rows {
        if cfg!(not(unix)) && row.input.contains("symlink") {
            continue;
        }
        if row.input.starts_with("slow") && std::env::var_os("FACTCHECK_HOSTILE_SLOW").is_none() {
            continue;
        }
        let (exit, message, took, stderr) = run(&repo, &row.args);
        let _ = writeln!(
            measured,
            "| {} | `factcheck {}` | {exit} | `` {message} `` | {:.2} s |",
            row.input,
            row.args.join(" "),
            took.as_secs_f64()
        );
        if stderr.contains("panicked") {
            failures.push(format!("{}: panicked:\n{stderr}", row.input));
        }
        if exit != row.exit || message != row.message {
            failures.push(format!(
                "{}: expected exit {} `{}`\n  got exit {exit} `{message}`",
                row.input, row.exit, row.message
            ));
        }
        if took > BOUND {
            failures.push(format!("{}: took {took:?}, more than {BOUND:?}", row.input));
        }
    }
    let _ = std::fs::remove_dir_all(&repo);
    if std::env::var_os("FACTCHECK_HOSTILE_PRINT").is_some() {
        println!("{measured}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ from tests/data/hostile/README.md:\n\n{}\n\nrerun with \
         FACTCHECK_HOSTILE_PRINT=1 cargo test --test it hostile -- --nocapture to see the table",
        failures.len(),
        rows.len(),
        failures.join("\n\n")
    );
}

/// A copy of the sample story in a fresh repository, for the `--output` tests.
fn story_repo(name: &str) -> PathBuf {
    let repo = std::env::temp_dir().join(format!("factcheck-output-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::create_dir_all(repo.join("claims/story")).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims/vostochny-summit");
    for file in ["article.txt", "claims.toml"] {
        std::fs::copy(sample.join(file), repo.join("claims/story").join(file)).unwrap();
    }
    repo
}

/// Every file under `dir` with its contents, sorted.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = walk(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_default();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() && !path.is_symlink() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn check_in(repo: &Path, args: &[&str]) -> (i32, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (exit, message, _, _) = run(repo, &args);
    (exit, message)
}

#[test]
fn output_never_overwrites_an_input_nor_writes_into_claims() {
    let repo = story_repo("refuse");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("claims/story/article.txt", repo.join("link-to-article.txt"))
            .unwrap();
    }
    std::fs::hard_link(
        repo.join("claims/story/claims.toml"),
        repo.join("hard-link-to-claims.toml"),
    )
    .unwrap();
    let before = snapshot(&repo);
    let refused = [
        ("claims/story/claims.toml", "is one of the inputs"),
        ("claims/story/article.txt", "is one of the inputs"),
        (
            "./claims/../claims/story/article.txt",
            "is one of the inputs",
        ),
        ("link-to-article.txt", "is one of the inputs"),
        ("hard-link-to-claims.toml", "is one of the inputs"),
        (
            "claims/report.txt",
            "lies inside claims, a folder being checked",
        ),
        (
            "claims/story/report.json",
            "lies inside claims, a folder being checked",
        ),
    ];
    for (output, why) in refused {
        if cfg!(not(unix)) && output.starts_with("link") {
            continue;
        }
        let (exit, message) = check_in(&repo, &["check", "claims", "--output", output]);
        assert_eq!(exit, 2, "--output {output}: {message}");
        assert_eq!(message, format!("error: --output {output} {why}"));
        assert_eq!(snapshot(&repo), before, "--output {output} changed a file");
    }
    let _ = std::fs::remove_dir_all(&repo);
}

#[test]
fn output_is_written_whole_and_leaves_nothing_behind() {
    let repo = story_repo("write");
    // A file with the old fixed temporary name must survive.
    std::fs::write(repo.join(".report.txt.factcheck-tmp"), "keep me").unwrap();
    std::fs::write(repo.join("report.txt"), "an old report").unwrap();
    let claims_before = snapshot(&repo.join("claims"));
    let (exit, message) = check_in(&repo, &["check", "claims", "--output", "report.txt"]);
    assert_eq!((exit, message.as_str()), (0, "(no output)"));
    let report = std::fs::read_to_string(repo.join("report.txt")).unwrap();
    assert!(report.starts_with("claims/story/claims.toml\n"), "{report}");
    assert!(report.contains("supported  talks-duration"), "{report}");
    assert_eq!(
        std::fs::read_to_string(repo.join(".report.txt.factcheck-tmp")).unwrap(),
        "keep me"
    );
    assert_eq!(
        snapshot(&repo.join("claims")),
        claims_before,
        "claims/ changed"
    );

    // A folder that does not exist: a clear error, and no temporary file anywhere.
    let (exit, message) = check_in(
        &repo,
        &["check", "claims", "--output", "missing/report.txt"],
    );
    assert_eq!(exit, 2, "{message}");
    assert!(
        message.starts_with("error: cannot write missing/report.txt: "),
        "{message}"
    );
    // A folder as the output: the rename fails, and the temporary file is removed.
    std::fs::create_dir(repo.join("out")).unwrap();
    let (exit, message) = check_in(&repo, &["check", "claims", "--output", "out"]);
    assert_eq!(exit, 2, "{message}");
    let leftovers: Vec<_> = walk(&repo)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".factcheck-tmp"))
        .filter(|p| !p.ends_with(".report.txt.factcheck-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let _ = std::fs::remove_dir_all(&repo);
}
