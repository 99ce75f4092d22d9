//! Markdown and HTML input: copies of the sample story (tests/data/articles/tass-vostochny.{md,html},
//! written by hand, the HTML with page chrome, a script and entities) must give the same
//! verdicts as the plain-text story, with spans that point into the copy itself.

use std::path::Path;

use factcheck::article::{Article, Format};
use factcheck::check::{check_article, reference_date};
use factcheck::claims;
use factcheck::report::Report;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The sample claims checked against the article at `article` (relative to the root).
fn check_copy(article: &str) -> (Report, String) {
    let claims_path = root().join("claims/vostochny-summit/claims.toml");
    // OK because the sample claims file is committed and valid (the harness checks it).
    let mut file = claims::load(&claims_path, Some(root())).unwrap();
    file.article_path = root().join(article);
    // OK because the fixtures are committed with the test.
    let text = std::fs::read_to_string(&file.article_path).unwrap();
    let parsed = Article::from_text(&text, Format::from_path(&file.article_path));
    (check_article(file, parsed, Some(root())), text)
}

#[test]
fn markdown_and_html_copies_give_the_same_verdicts() {
    let (plain, _) = check_copy("claims/vostochny-summit/article.txt");
    let mut failures = Vec::new();
    for copy in [
        "tests/data/articles/tass-vostochny.md",
        "tests/data/articles/tass-vostochny.html",
    ] {
        let (report, _) = check_copy(copy);
        assert_eq!(report.results.len(), plain.results.len());
        for (want, got) in plain.results.iter().zip(&report.results) {
            assert_eq!(want.id, got.id);
            if (want.verdict, &want.found) != (got.verdict, &got.found) {
                failures.push(format!(
                    "{copy}: `{}` is {} (found {:?}), the text copy gives {} (found {:?})",
                    got.id,
                    got.verdict.as_str(),
                    got.found,
                    want.verdict.as_str(),
                    want.found
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every extracted value of the Markdown copy points at its own words in the file.
#[test]
fn markdown_spans_point_into_the_file() {
    let path = root().join("tests/data/articles/tass-vostochny.md");
    // OK because the fixture is committed with the test.
    let file = std::fs::read_to_string(&path).unwrap();
    let article = Article::from_text(&file, Format::Markdown);
    let values = factcheck::extract::extract_article(&article, &Default::default());
    assert!(values.len() > 20, "only {} values", values.len());
    let fold = |s: &str| {
        s.replace(['*', '\n'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for value in &values {
        let in_text = value.span.of(&article.text);
        let in_file = article.file_span(value.span).of(&file);
        assert_eq!(fold(in_text), fold(in_file), "{value:?}");
    }
}

/// Line and column of a few phrases in the HTML copy, as an editor shows them.
#[test]
fn html_line_columns() {
    let path = root().join("tests/data/articles/tass-vostochny.html");
    // OK because the fixture is committed with the test.
    let file = std::fs::read_to_string(&path).unwrap();
    let article = Article::from_text(&file, Format::Html);
    for phrase in [
        "more than five hours.",
        "7:09 a.m.",
        "“good expertise”",
        "vis-à-vis",
    ] {
        // OK because the phrases are in the story (asserted by the panic message).
        let at = article.text.find(phrase).expect(phrase);
        let lc = article.line_col(at);
        let line = file.lines().nth(lc.line - 1).unwrap_or_default();
        let from_column: String = line.chars().skip(lc.column - 1).take(4).collect();
        let want: String = match phrase {
            "“good expertise”" => "&ldq".into(),
            _ => phrase.chars().take(4).collect(),
        };
        assert_eq!(from_column, want, "{phrase} at {}:{}", lc.line, lc.column);
    }
    // Chrome and scripts are not the article.
    for dropped in [
        "Subscribe",
        "Breaking",
        "Read also",
        "More news",
        "rights reserved",
        "News & Views",
    ] {
        let in_blocks = article
            .iter_blocks()
            .any(|b| b.span.of(&article.text).contains(dropped));
        assert!(!in_blocks, "{dropped} is read as article text");
    }
}

#[test]
fn reference_date_from_the_article() {
    let date = |y, m, d| jiff::civil::Date::new(y, m, d).ok();
    for (format, text, want) in [
        (
            Format::Markdown,
            "+++\npublished = 2023-09-13\n+++\n# Head\n\nBody.",
            date(2023, 9, 13),
        ),
        (
            Format::Html,
            "<meta property=\"article:published_time\" content=\"2023-09-13T12:40:00+03:00\"><p>Body.</p>",
            date(2023, 9, 13),
        ),
        (
            Format::Html,
            "<time datetime=\"2019-04-25\">Thursday</time><p>Body.</p>",
            date(2019, 4, 25),
        ),
        (
            Format::Plain,
            "Head\nLONDON, Sept 13, 2023 (Reuters) - Body text.",
            date(2023, 9, 13),
        ),
        (
            Format::Plain,
            "Head\nLONDON, Sept 13 (Reuters) - Body text.",
            None,
        ),
    ] {
        let article = Article::from_text(text, format);
        assert_eq!(reference_date(None, &article), want, "{text}");
        // The claims file's own date wins.
        assert_eq!(reference_date(date(2020, 1, 1), &article), date(2020, 1, 1));
    }
}

proptest::proptest! {
    /// Any markup-ish text reads as Markdown and as HTML without panicking; every span lies
    /// on character boundaries of the reading text, and maps to an in-order range on
    /// character boundaries of the file.
    #[test]
    fn any_markup_parses(text in "[a-zA-Z0-9 .!?\"“”'’<>/=#*_\\[\\]()&;:+\\-\n\r\té\u{a0}]{0,300}") {
        for format in [Format::Markdown, Format::Html] {
            let article = Article::from_text(&text, format);
            let spans = article
                .iter_blocks()
                .flat_map(|b| std::iter::once(b.span).chain(b.sentences().iter().map(|s| s.span)));
            for span in spans {
                proptest::prop_assert!(article.text.get(span.start..span.end).is_some());
                let in_file = article.file_span(span);
                proptest::prop_assert!(text.get(in_file.start..in_file.end).is_some(), "{in_file:?}");
                let lc = article.line_col(span.start);
                proptest::prop_assert!(lc.line >= 1 && lc.column >= 1);
            }
        }
    }
}
