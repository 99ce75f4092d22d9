//! Diffs of expected against found, for refuted claims: word-level for quotes and phrases
//! (similar), missing and extra items for lists, both values for scalars.

use similar::{ChangeTag, TextDiff};

use super::text::fold;

/// What a refuted (or unclear) claim shows a reviewer.
#[derive(Clone, Debug, PartialEq)]
pub enum Diff {
    /// Words of the claim against the closest words of the article.
    Words {
        expected: String,
        found: String,
        inline: String,
    },
    /// Items claimed but absent, and items found but not claimed.
    Items {
        missing: Vec<String>,
        extra: Vec<String>,
    },
    /// The claimed value and the value found.
    Values { expected: String, found: String },
    /// The claimed speakers and who the article says spoke.
    Speaker {
        expected: Vec<String>,
        found: Option<String>,
    },
}

/// A word diff written inline: unchanged words as they are, `[-removed-]`, `{+added+}`.
pub fn words(expected: &str, found: &str) -> Diff {
    let diff = TextDiff::from_words(expected, found);
    let mut inline = String::new();
    for change in diff.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal => inline.push_str(value),
            ChangeTag::Delete => push_marked(&mut inline, value, "[-", "-]"),
            ChangeTag::Insert => push_marked(&mut inline, value, "{+", "+}"),
        }
    }
    Diff::Words {
        expected: expected.to_owned(),
        found: found.to_owned(),
        inline,
    }
}

fn push_marked(out: &mut String, value: &str, open: &str, close: &str) {
    let trimmed = value.trim_end();
    if trimmed.is_empty() {
        out.push_str(value);
        return;
    }
    out.push_str(open);
    out.push_str(trimmed);
    out.push_str(close);
    out.push_str(&value[trimmed.len()..]);
}

/// How alike two phrases are, from 0 to 1, ignoring case and typographic variants.
pub fn similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (fold(a), fold(b));
    TextDiff::from_chars(a.as_str(), b.as_str()).ratio()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_word_diff() {
        let Diff::Words { inline, .. } = words(
            "shows great interest in rocket technology",
            "shows great interest in missile technology",
        ) else {
            unreachable!()
        };
        assert_eq!(
            inline,
            "shows great interest in [-rocket-]{+missile+} technology"
        );
    }
}
