//! Claims loading: any UTF-8 text as a claims file beside the sample story, then, when it
//! loads, checked against the story and rendered as text and JSON; a file that does not
//! load renders its diagnostics. Never panics.
#![no_main]

use std::path::Path;

use factcheck::article::{Article, Format};
use libfuzzer_sys::fuzz_target;

const STORY: &str = include_str!("../../claims/vostochny-summit/article.txt");

fuzz_target!(|text: &str| {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../claims/vostochny-summit"
    ));
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let file = match factcheck::claims::load_str("fuzz.toml", text, dir, Some(root)) {
        Ok(file) => file,
        Err(diagnostics) => {
            for diagnostic in diagnostics {
                let _ = diagnostic.render();
            }
            return;
        }
    };
    let article = Article::from_text(STORY, Format::Plain);
    let report = factcheck::check::check_article(file, article, Some(root));
    let _ = factcheck::report::text::render(&report);
    let _ = factcheck::report::json::render(std::slice::from_ref(&report));
});
