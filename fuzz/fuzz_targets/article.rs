//! Article parsing: any bytes a file may hold, decoded as factcheck decodes files, then read
//! as wire-style plain text and as body text. Never panics; every span lies on character
//! boundaries inside the text and nests (sentence in paragraph).
#![no_main]

use factcheck::article::{Article, Format};
use factcheck::span::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = factcheck::input::decode(std::path::Path::new("fuzz.txt"), bytes.to_vec())
    else {
        return;
    };
    for format in [Format::Plain, Format::Body] {
        let article = Article::from_text(&text, format);
        let ok = |span: Span| {
            span.start <= span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
        };
        let blocks: Vec<_> = article.iter_blocks().collect();
        for block in &blocks {
            assert!(ok(block.span), "block {:?}", block.span);
            for sentence in block.sentences {
                assert!(ok(sentence.span), "sentence {:?}", sentence.span);
            }
        }
        for heading in article.iter_headings() {
            assert!(text.contains(heading));
        }
        let end = article.line_col(text.len());
        assert!(end.line >= 1 && end.column >= 1);
    }
});
