//! Properties over any text: reading and extracting never panic, every span lies on
//! character boundaries inside the text, and the same input gives the same output; a
//! check's report is identical across runs.
//!
//! The text properties run proptest's default 256 cases, the report property 32 (a whole
//! check is slow in a debug build); set them all with
//! `PROPTEST_CASES=10000 cargo test --test it props`. Inputs mix arbitrary Unicode with
//! news-like pieces (numbers, months, quote marks, dashes, line ends), which reach far more
//! of the extractor than random characters alone.

use std::path::Path;

use factcheck::article::{Article, Format};
use factcheck::extract::{self, Context, Data, Reference, Value};
use factcheck::span::Span;
use proptest::prelude::*;

/// Text built from news-like pieces and arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The talks lasted more than five hours".to_owned()),
        Just("on September 13, 2023".to_owned()),
        Just("at 7:09 a.m. Moscow time".to_owned()),
        Just("$1.13bn".to_owned()),
        Just("76%".to_owned()),
        Just("thirty-three".to_owned()),
        Just("1950-1953".to_owned()),
        Just("Lomonosov and Aist-2D, as well as SamSat-218".to_owned()),
        Just("VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/.".to_owned()),
        Just("LONDON, Sept 13 (Reuters) -".to_owned()),
        Just(", Putin said.".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        prop::sample::select(vec![
            "\"", "“", "”", "‘", "’", "«", "»", "'", "—", "–", "-", ".", ",", " ", "\n", "é", "😀",
            "\u{200d}", "\u{202e}", "١٢", "5", "%",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z0-9 ]{1,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.join(" "))
}

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn values_on_boundaries(text: &str, values: &[Value]) -> Result<(), TestCaseError> {
    for value in values {
        prop_assert!(on_boundaries(text, value.span), "{value:?}");
        if let Data::Quote {
            words_span,
            speaker,
            ..
        } = &value.data
        {
            prop_assert!(on_boundaries(text, *words_span), "{value:?}");
            if let Some(speaker) = speaker {
                prop_assert!(on_boundaries(text, speaker.span), "{value:?}");
            }
        }
    }
    Ok(())
}

fn contexts() -> [Context; 2] {
    let with_reference = Context {
        reference: Some(Reference::from_date(jiff::civil::date(2023, 9, 13))),
        zone: Some("Europe/Moscow".to_owned()),
        ..Context::default()
    };
    [Context::default(), with_reference]
}

proptest! {
    #[test]
    fn reading_an_article_never_panics_and_keeps_spans_in_the_text(text in text()) {
        for format in [Format::Plain, Format::Body] {
            let article = Article::from_text(&text, format);
            for block in article.iter_blocks() {
                prop_assert!(on_boundaries(&text, block.span), "{:?}", block.span);
                for sentence in block.sentences() {
                    prop_assert!(on_boundaries(&text, sentence.span));
                    prop_assert!(block.span.contains(sentence.span));
                }
            }
            let again = Article::from_text(&text, format);
            prop_assert_eq!(&article.headline, &again.headline);
            prop_assert_eq!(&article.standfirst, &again.standfirst);
            prop_assert_eq!(&article.sections, &again.sections);
            prop_assert_eq!(&article.warnings, &again.warnings);
        }
    }

    #[test]
    fn extraction_never_panics_keeps_spans_in_the_text_and_is_deterministic(text in text()) {
        for cx in contexts() {
            let values = extract::extract(&text, &cx);
            values_on_boundaries(&text, &values)?;
            prop_assert_eq!(&values, &extract::extract(&text, &cx));

            let article = Article::from_text(&text, Format::Plain);
            let values = extract::extract_article(&article, &cx);
            values_on_boundaries(&text, &values)?;
            prop_assert_eq!(&values, &extract::extract_article(&article, &cx));
        }
    }

}

/// `default` cases, or `PROPTEST_CASES` when set.
fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    // A whole check is about 0.3 s in a debug build: 32 cases keep `cargo test` quick.
    #![proptest_config(cases(32))]

    #[test]
    fn a_report_on_any_article_is_the_same_every_run(text in text()) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let render = || {
            let file = sample_claims().clone();
            let article = Article::from_text(&text, Format::Plain);
            let report = factcheck::check::check_article(file, article, Some(root));
            (
                factcheck::report::text::render(&report),
                factcheck::report::json::render(std::slice::from_ref(&report)),
            )
        };
        prop_assert_eq!(render(), render());
    }
}

/// The sample story's claims, loaded once: loading is most of a check's time.
fn sample_claims() -> &'static factcheck::claims::ClaimsFile {
    static FILE: std::sync::OnceLock<factcheck::claims::ClaimsFile> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let claims = root.join("claims/vostochny-summit/claims.toml");
        factcheck::claims::load(&claims, Some(root)).expect("the sample claims load")
    })
}

#[test]
fn the_sample_report_is_the_same_every_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let claims = root.join("claims/vostochny-summit/claims.toml");
    let render = || {
        let report = factcheck::check::check_file(&claims, Some(root)).expect("the sample checks");
        factcheck::report::text::render(&report)
    };
    let first = render();
    for _ in 0..5 {
        assert_eq!(first, render());
    }
}
