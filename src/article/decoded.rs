//! The reading text of a marked-up file, and the map from its offsets back to the file.
//!
//! Markdown and HTML readers do not hand the file to the extractor: `**five** hours`,
//! `Putin&rsquo;s` and `<a href=…>Kim</a>` would hide the words. They build a decoded
//! text instead (entities decoded, markup dropped, whitespace runs folded) and record,
//! piece by piece, where each run of it came from. Every span of an [`Article`] indexes
//! that text, so `extract` and `verdict` work on it unchanged; [`OffsetMap`] turns a
//! span back into file offsets for `line:column` and for the byte spans of the JSON
//! outputs.
//!
//! A piece is either *verbatim* (copied from the file byte for byte, so offsets inside it
//! map one to one) or *replaced* (an entity, a folded whitespace run, a block separator:
//! the whole piece maps to its file range, a start to the range's start and an end to its
//! end).
//!
//! [`Article`]: super::Article

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Where the piece starts in the decoded text.
    text: usize,
    /// The file range it came from.
    file: usize,
    file_end: usize,
    verbatim: bool,
}

/// Maps offsets of a decoded text to offsets of the file it was read from.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// The file offset where text at `offset` starts.
    pub(crate) fn start(&self, offset: usize) -> usize {
        let idx = self.pieces.partition_point(|p| p.text <= offset);
        let Some(piece) = idx.checked_sub(1).and_then(|i| self.pieces.get(i)) else {
            return self.pieces.first().map_or(offset, |p| p.file);
        };
        if piece.verbatim {
            (piece.file + (offset - piece.text)).min(piece.file_end)
        } else if offset == piece.text {
            piece.file
        } else {
            piece.file_end
        }
    }

    /// The file offset where text ending at `offset` ends.
    pub(crate) fn end(&self, offset: usize) -> usize {
        let idx = self.pieces.partition_point(|p| p.text < offset);
        let Some(piece) = idx.checked_sub(1).and_then(|i| self.pieces.get(i)) else {
            return self.start(offset);
        };
        if piece.verbatim {
            (piece.file + (offset - piece.text)).min(piece.file_end)
        } else {
            piece.file_end
        }
    }

    pub(crate) fn span(&self, span: Span) -> Span {
        let start = self.start(span.start);
        Span::new(start, self.end(span.end).max(start))
    }
}

/// Builds a decoded text and its [`OffsetMap`] together.
#[derive(Debug, Default)]
pub(crate) struct Decoder {
    pub(crate) text: String,
    pub(crate) map: OffsetMap,
}

impl Decoder {
    /// Appends `s`, copied unchanged from the file at `file_start`.
    pub(crate) fn verbatim(&mut self, s: &str, file_start: usize) {
        if s.is_empty() {
            return;
        }
        let file_end = file_start + s.len();
        // Extend the last piece when this one continues it in both texts.
        if let Some(last) = self.map.pieces.last_mut()
            && last.verbatim
            && last.file_end == file_start
            && last.file_end - last.file == self.text.len() - last.text
        {
            last.file_end = file_end;
            self.text.push_str(s);
            return;
        }
        self.push(s, file_start, file_end, true);
    }

    /// Appends `s`, which stands for the file range `file` (an entity, markup, a
    /// whitespace run); its offsets map to the range as a whole.
    pub(crate) fn replaced(&mut self, s: &str, file: Span) {
        if s.is_empty() {
            return;
        }
        self.push(s, file.start, file.end, false);
    }

    fn push(&mut self, s: &str, file: usize, file_end: usize, verbatim: bool) {
        self.map.pieces.push(Piece {
            text: self.text.len(),
            file,
            file_end,
            verbatim,
        });
        self.text.push_str(s);
    }

    /// Appends one space for a whitespace run at `file`, unless the text already ends
    /// with whitespace or is empty (runs fold, as HTML and Markdown render them).
    pub(crate) fn space(&mut self, file: Span) {
        if self.text.is_empty() || self.text.ends_with([' ', '\n']) {
            return;
        }
        // A replaced piece of one space maps exactly like a copied one.
        self.replaced(" ", file);
    }

    /// Drops trailing spaces (a block's end), so spans never end in whitespace.
    pub(crate) fn trim_end(&mut self) {
        while self.text.ends_with([' ', '\n']) {
            self.text.pop();
            while self
                .map
                .pieces
                .last()
                .is_some_and(|p| p.text >= self.text.len())
            {
                self.map.pieces.pop();
            }
        }
    }

    /// Separates two blocks with a blank line that maps to `file` (where the next
    /// block's markup starts), so a sentence never runs from one block into the next.
    pub(crate) fn separate(&mut self, file: usize) {
        self.trim_end();
        if !self.text.is_empty() {
            self.replaced("\n\n", Span::new(file, file));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_map_back() {
        // File: "<p>AT&amp;T  grew</p>" ; decoded: "AT&T grew".
        let mut d = Decoder::default();
        d.verbatim("AT", 3);
        d.replaced("&", Span::new(5, 10));
        d.verbatim("T", 10);
        d.space(Span::new(11, 13));
        d.verbatim("grew", 13);
        assert_eq!(d.text, "AT&T grew");
        assert_eq!(d.map.span(Span::new(0, 4)), Span::new(3, 11));
        assert_eq!(d.map.span(Span::new(2, 3)), Span::new(5, 10));
        assert_eq!(d.map.span(Span::new(5, 9)), Span::new(13, 17));
        assert_eq!(d.map.start(100), 17);
    }
}
