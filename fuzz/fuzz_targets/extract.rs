//! Extraction: any UTF-8 text, with and without a reference date. Never panics; every value's
//! span lies on character boundaries inside the text; the same text gives the same values.
#![no_main]

use factcheck::article::{Article, Format};
use factcheck::extract::{self, Context, Data, Reference};
use factcheck::span::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let ok = |span: Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    let reference = jiff::civil::date(2023, 9, 13);
    let with_reference = Context {
        reference: Some(Reference::from_date(reference)),
        zone: Some("Europe/Moscow".to_owned()),
        ..Context::default()
    };
    for cx in [Context::default(), with_reference] {
        let values = extract::extract(text, &cx);
        for value in &values {
            assert!(ok(value.span), "value {:?} in {text:?}", value);
            if let Data::Quote {
                words_span,
                speaker,
                ..
            } = &value.data
            {
                assert!(ok(*words_span));
                if let Some(speaker) = speaker {
                    assert!(ok(speaker.span));
                }
            }
        }
        assert_eq!(values, extract::extract(text, &cx), "not deterministic");
        let article = Article::from_text(text, Format::Plain);
        for value in extract::extract_article(&article, &cx) {
            assert!(ok(value.span), "article value {:?}", value);
        }
    }
});
