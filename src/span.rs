//! Byte spans into a text, and the `line:column` they stand at.
//!
//! Every section, paragraph, sentence and extracted value carries a [`Span`] of
//! byte offsets into the text it came from, so a report can always point back
//! at the words it judged. Offsets are bytes (cheap to slice with), columns are
//! characters (what an editor shows).

use serde::Serialize;

/// A half-open byte range `start..end` into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span moved right by `offset` bytes (a paragraph-relative span made file-relative).
    pub fn shift(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// A 1-based line and column (in characters) of a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Finds `line:column` for byte offsets of one text in O(log lines). A line ends at
/// "\n", "\r\n" or a lone "\r" (old Mac files), as editors count them.
///
/// Columns count characters from the line start. Counting them at every question would
/// make a 10 MB single-line article quadratic (each of its values counts up to 10 MB), so
/// the index also keeps a checkpoint every [`CHECKPOINT_BYTES`] within long lines, with
/// the column there: a question counts at most that many bytes.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(byte offset, characters since its line start)`, sorted; line starts included.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_BYTES: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let b = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            b.iter()
                .enumerate()
                .filter(|&(i, &c)| c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')))
                .map(|(i, _)| i + 1),
        );
        let mut checkpoints = Vec::with_capacity(line_starts.len());
        for (idx, &start) in line_starts.iter().enumerate() {
            checkpoints.push((start, 0));
            let end = line_starts.get(idx + 1).copied().unwrap_or(text.len());
            let (mut at, mut column) = (start, 0);
            while end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text.get(at..next).map_or(0, |s| s.chars().count());
                checkpoints.push((next, column));
                at = next;
            }
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// The 1-based line of `offset`, in O(log lines) (no column: counting characters is linear
    /// in the line's length, too slow per value on a file that is one long line).
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// The position of `offset`, which must lie on a character boundary of `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line_idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        // The nearest checkpoint at or before `offset`: never before its line start, which is
        // a checkpoint itself.
        let at = self.checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (from, column) = self.checkpoints[at];
        let column = text
            .get(from..offset)
            .map_or(1, |s| column + s.chars().count() + 1);
        LineCol {
            line: line_idx + 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\n“c” d\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 3), LineCol { line: 2, column: 1 });
        let d = text.find('d').unwrap();
        assert_eq!(index.line_col(text, d), LineCol { line: 2, column: 5 });
    }

    #[test]
    fn cr_and_crlf_end_lines() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        let at = |c: char| index.line_col(text, text.find(c).unwrap());
        assert_eq!(at('b'), LineCol { line: 2, column: 1 });
        assert_eq!(at('c'), LineCol { line: 3, column: 1 });
        assert_eq!(at('d'), LineCol { line: 4, column: 1 });
        // The "\n" of a "\r\n" stays on its line.
        assert_eq!(index.line_col(text, 2), LineCol { line: 1, column: 3 });
    }

    #[test]
    fn line_col_on_a_long_line_matches_counting() {
        let text = format!("x\n{}", "a“é ".repeat(5000));
        let index = LineIndex::new(&text);
        for offset in (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .step_by(7)
        {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = LineCol {
                line: text[..offset].matches('\n').count() + 1,
                column: text[line_start..offset].chars().count() + 1,
            };
            assert_eq!(index.line_col(&text, offset), want, "offset {offset}");
        }
    }
}
