//! The article reader on the sample story, on fixtures, and on every file of the two
//! shared corpora (BBC and Reuters-21578), which must all parse into sane structure.

use std::path::{Path, PathBuf};

use factcheck::article::{Article, Format, Paragraph};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn sentences<'a>(article: &'a Article, p: &Paragraph) -> Vec<&'a str> {
    article
        .sentences(p)
        .iter()
        .map(|s| s.span.of(&article.text))
        .collect()
}

#[test]
fn sample_story_outline() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/articles/tass-vostochny.txt");
    // OK because the fixture is committed with the test.
    let text = std::fs::read_to_string(&path).unwrap();
    let article = Article::from_text(&text, Format::Plain);
    let t = article.text.as_str();

    // OK because the sample has a headline and a standfirst (asserted here).
    assert_eq!(
        article.headline.as_ref().unwrap().span.of(t),
        "Putin, Kim Jong Un wrap up more than five hours of talks at Russian spaceport"
    );
    assert!(
        article
            .standfirst
            .as_ref()
            .unwrap()
            .span
            .of(t)
            .starts_with("The Russian head of state told reporters")
    );
    // OK because the sample opens with a TASS dateline (asserted here).
    let d = article.dateline.as_ref().unwrap();
    assert_eq!(
        d.span.of(t),
        "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/."
    );
    assert_eq!(d.place, "VOSTOCHNY SPACEPORT");
    assert_eq!(d.region.as_deref(), Some("Amur Region"));
    assert_eq!(d.date.as_deref(), Some("September 13"));
    assert_eq!(d.agency.as_deref(), Some("TASS"));
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);

    let headings: Vec<&str> = article.iter_headings().collect();
    assert_eq!(
        headings,
        ["Summit agenda", "Prior communication", "Spaceport"]
    );
    let n_paragraphs: usize = article.sections.iter().map(|s| s.paragraphs.len()).sum();
    assert_eq!(n_paragraphs, 15);

    let first = &article.sections[0].paragraphs[0];
    assert_eq!(
        sentences(&article, first),
        [
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un have ended their talks that lasted more than five hours."
        ]
    );
    let second = &article.sections[0].paragraphs[1];
    assert_eq!(
        sentences(&article, second)[0],
        "The leaders met at 7:09 a.m. Moscow time at the Vostochny Spaceport."
    );
    let all: Vec<&str> = article
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .flat_map(|p| sentences(&article, p))
        .collect();
    assert!(all.contains(
        &"The North Korean leader left the spaceport at about 12:23 p.m. Moscow time, marking the end of the summit between the countries."
    ));
    assert_eq!(all.len(), 36);
}

#[test]
fn wire_fixtures() {
    // Each fixture: file name, place, date, agency, first sentence.
    let cases = [
        (
            "ap-washington.txt",
            "WASHINGTON",
            None,
            Some("AP"),
            "The Senate voted 51-49 on Tuesday to confirm Dr. Jane Smith as the next U.S. surgeon general.",
        ),
        (
            "reuters-london.txt",
            "LONDON",
            Some("Sept 13"),
            Some("Reuters"),
            "Britain's economy shrank by 0.5% in July, official data showed on Wednesday, a bigger fall than expected.",
        ),
        (
            "reuters-1987-crlf.txt",
            "SALVADOR",
            Some("Feb 26"),
            None,
            "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.",
        ),
    ];
    for (file, place, date, agency, first) in cases {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/articles")
            .join(file);
        // OK because the fixtures are committed with the test.
        let text = std::fs::read_to_string(&path).unwrap();
        let article = Article::from_text(&text, Format::Plain);
        assert!(article.headline.is_some(), "{file}: no headline");
        // OK because every fixture has a dateline (asserted here).
        let d = article
            .dateline
            .as_ref()
            .unwrap_or_else(|| panic!("{file}: no dateline"));
        assert_eq!(d.place, place, "{file}");
        assert_eq!(d.date.as_deref(), date, "{file}");
        assert_eq!(d.agency.as_deref(), agency, "{file}");
        let p = &article.sections[0].paragraphs[0];
        assert_eq!(sentences(&article, p)[0], first, "{file}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    // One 10 MB line, and punctuation-dense text: the reader must stay linear.
    let huge = "x".repeat(10_000_000);
    let sentences = "Mr. A. B. said at 5 p.m. Moscow time. U.S. ".repeat(5_000);
    let nul = "a\0b.\0 C\0";
    let dots = ". .".repeat(50_000);
    let no_space = "a.B".repeat(50_000);
    let inputs = [
        "",
        " ",
        "\r",
        "\n\n\n",
        "\r\r\n\n\r",
        "\u{feff}",
        nul,
        "VOSTOCHNY SPACEPORT /",
        "A /B/, C 1. /",
        "WASHINGTON (AP",
        "1. 2. 3.",
        "• ⁃ ◦",
        "é. É. …. “.” ’",
        huge.as_str(),
        sentences.as_str(),
        dots.as_str(),
        no_space.as_str(),
    ];
    for input in inputs {
        for format in [Format::Plain, Format::Body] {
            let article = Article::from_text(input, format);
            check_spans(&article, "odd input");
        }
    }
}

/// Every span lies on character boundaries, sentences inside their paragraph.
fn check_spans(article: &Article, name: &str) -> usize {
    let t = article.text.as_str();
    let mut n_sentences = 0;
    let blocks = article.iter_blocks();
    for block in blocks {
        assert!(
            t.get(block.span.start..block.span.end).is_some(),
            "{name}: bad paragraph span"
        );
        for s in block.sentences() {
            assert!(
                block.span.contains(s.span),
                "{name}: sentence outside its paragraph"
            );
            assert!(!s.span.is_empty(), "{name}: empty sentence");
            let text = t.get(s.span.start..s.span.end);
            assert!(text.is_some(), "{name}: sentence span off a char boundary");
            assert_eq!(
                text.map(str::trim),
                text,
                "{name}: sentence with outer whitespace"
            );
            n_sentences += 1;
        }
    }
    n_sentences
}

#[derive(Default, Debug)]
struct Counts {
    files: usize,
    headlines: usize,
    datelines: usize,
    warnings: usize,
    standfirsts: usize,
    headings: usize,
    paragraphs: usize,
    sentences: usize,
}

/// Parses every `.txt` under `dir`; problems (which the caller asserts away) are
/// collected, not raised one at a time, so one run shows them all.
fn parse_corpus(dir: &Path, problems: &mut Vec<String>) -> Counts {
    let mut counts = Counts::default();
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    for path in files {
        let name = path.display().to_string();
        // OK because the corpora are UTF-8 by their README; a failure names the file.
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let article = Article::from_text(&text, Format::Plain);
        counts.files += 1;
        if article.headline.is_none() {
            problems.push(format!("{name}: no headline"));
        }
        counts.headlines += usize::from(article.headline.is_some());
        counts.datelines += usize::from(article.dateline.is_some());
        counts.standfirsts += usize::from(article.standfirst.is_some());
        counts.warnings += article.warnings.len();
        counts.headings += article.iter_headings().count();
        counts.paragraphs += article
            .sections
            .iter()
            .map(|s| s.paragraphs.len())
            .sum::<usize>();
        counts.sentences += check_spans(&article, &name);
        if let Some(d) = &article.dateline {
            assert!(!d.place.is_empty(), "{name}: dateline without a place");
            let first = &article.sections[0].paragraphs[0];
            assert!(
                first.span.contains(d.span),
                "{name}: dateline outside the first paragraph"
            );
            assert!(
                article
                    .sentences(first)
                    .iter()
                    .all(|s| s.span.start >= d.span.end),
                "{name}: a sentence overlaps the dateline"
            );
        }
    }
    counts
}

#[test]
fn corpora_parse() {
    let root = shared().join("corpus");
    if !root.is_dir() {
        println!("skipped: {} is absent", root.display());
        return;
    }
    let started = std::time::Instant::now();
    let mut problems = Vec::new();
    let reuters = parse_corpus(&root.join("reuters21578"), &mut problems);
    let bbc = parse_corpus(&root.join("bbc"), &mut problems);
    println!("reuters21578: {reuters:?}");
    println!("bbc: {bbc:?}");
    println!("parsed in {:?}", started.elapsed());
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems[..problems.len().min(30)].join("\n")
    );
    assert_eq!(reuters.files, 19_043);
    assert_eq!(bbc.files, 2_225);
    // The corpus README: 50 Reuters items have no "CITY, Mon DD -" dateline; the
    // rest of the 73 misses are market tables ("MAR8 -- -- MINNEAPOLIS WHEAT") and
    // garbled openings ("c CHICAGO, March 9 -").
    assert!(reuters.datelines >= 18_960, "{reuters:?}");
    // Neither corpus has standfirsts or datelines in BBC copy. A few BBC reviews do
    // have headings ("WORLD OF WARCRAFT"); the handful of Reuters ones are table
    // captions and an unpunctuated line, which the bound keeps from growing.
    assert_eq!(bbc.datelines + bbc.standfirsts + reuters.standfirsts, 0);
    assert!(bbc.headings <= 10, "{bbc:?}");
    assert!(reuters.headings <= 5, "{reuters:?}");
}

proptest::proptest! {
    /// Any text made of the characters the reader and splitter look at parses
    /// without panicking, with every span on character boundaries.
    #[test]
    fn any_text_parses(text in "[a-zA-Z0-9 .!?…\"“”'’()\\[\\]<>/,*:;\\-—–•⁃é\u{0}\u{feff}\n\r\t]{0,300}") {
        for format in [Format::Plain, Format::Body] {
            let article = Article::from_text(&text, format);
            check_spans(&article, "generated text");
            if let Some(d) = &article.dateline {
                proptest::prop_assert!(text.get(d.span.start..d.span.end).is_some());
            }
        }
    }

    /// Dateline-shaped first paragraphs, garbled at random, never break the reader.
    #[test]
    fn dateline_like_text_parses(
        line in "\\*{0,2}[A-Za-z/ ]{1,20}( /[A-Za-z ]{0,10}/)?,? ?[A-Za-z]{0,9}\\.? ?[0-9lO]{0,3}[.,]? ?(/[A-Z]{0,5}/\\.?|\\([A-Za-z]{0,8}\\))? ?(-|—|--)? ?[A-Za-z .]{0,40}"
    ) {
        let text = format!("Headline\n{line}\nNext paragraph.");
        let article = Article::from_text(&text, Format::Plain);
        check_spans(&article, "dateline-like text");
        if let Some(d) = &article.dateline {
            let first = &article.sections[0].paragraphs[0];
            proptest::prop_assert!(first.span.contains(d.span));
            proptest::prop_assert!(article.sentences(first).iter().all(|s| s.span.start >= d.span.end));
        }
    }
}
