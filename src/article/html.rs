//! The HTML reader: a news page's headline, sections and paragraphs, with byte offsets.
//!
//! # Why a tokenizer of our own
//!
//! Reports need `line:column` in the file, so every decoded character must know where it
//! came from. scraper decodes entities but forgets offsets; lol_html keeps offsets but is
//! a streaming rewriter (with a CSS selector engine we would not use) that leaves entity
//! decoding to us anyway. A page's prose needs only tags, comments, raw-text elements and
//! character references, so this module tokenizes them itself in one pass, writing the
//! reading text through `decoded` as it goes. It never fails: a `<` that opens no tag is
//! text, an unknown entity stays as written, an unclosed element ends with the file.
//!
//! # Grammar
//!
//! - Headline: the first `<h1>` ("<h1>Putin, Kim Jong Un wrap up …</h1>"); where none
//!   stands outside the page chrome, the first `<h1>` inside a `<header>`, else
//!   `<meta property="og:title" content="…">`.
//! - Sections: `<h2>` and `<h3>` ("<h2>Summit agenda</h2>"); `<h4>`–`<h6>` are dropped
//!   (side boxes: "Related", "Read more").
//! - Paragraphs: `<p>`; a `<p>` ends at `</p>` or where the next block element starts,
//!   as browsers read it. Inline markup keeps its words (`<a>`, `<em>`, `<span>`); `<br>`
//!   is a line break. Text outside `<p>` and headings (menus, captions, bylines) is
//!   dropped.
//! - When the page has an `<article>` element, only the paragraphs and headings inside it
//!   count (related stories and teasers around it are not the article).
//! - Dropped with everything inside: `<script>`, `<style>`, `<noscript>`, `<template>`,
//!   `<title>`, `<textarea>`, `<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>`,
//!   comments.
//! - Publication date: `<meta property="article:published_time"
//!   content="2023-09-13T07:09:00+03:00">`, else the first `<time datetime="2023-09-13">`
//!   (inside the `<article>` when there is one).
//! - Character references: named ones news pages use (`&amp;` `&rsquo;` `&ldquo;`
//!   `&mdash;` `&eacute;` …, with `;`), decimal and hex (`&#8217;` `&#x2019;`, the
//!   Windows-1252 range `&#146;` read as Windows-1252 does). `&nbsp;`, a literal no-break
//!   space and runs of whitespace fold to one space.

use super::decoded::Decoder;
use super::outline::{BlockKind, RawBlock, Read, parse_published};
use crate::span::Span;

/// Elements whose content is not markup: skipped to their end tag.
const RAW_TEXT: [&str; 6] = [
    "script", "style", "noscript", "template", "title", "textarea",
];

/// Page chrome: dropped with everything inside.
const CHROME: [&str; 5] = ["nav", "header", "footer", "aside", "form"];

/// Block elements: their start or end closes an open paragraph, as in browsers.
const BLOCKS: [&str; 24] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

pub(super) fn read(file: &str) -> Read {
    let mut reader = Reader {
        file,
        read: Read::default(),
        chrome: Vec::new(),
        article_depth: 0,
        open: None,
        in_article: Vec::new(),
        chrome_titles: Vec::new(),
        og_title: None,
        published_meta: None,
        time_in_article: None,
        time_anywhere: None,
    };
    reader.run();
    reader.finish()
}

#[derive(Clone, Copy)]
struct Open {
    kind: BlockKind,
    /// Where the block starts in the reading text.
    start: usize,
    in_article: bool,
    in_chrome: bool,
}

struct Reader<'a> {
    file: &'a str,
    read: Read,
    /// The chrome elements open around the current position.
    chrome: Vec<&'static str>,
    article_depth: usize,
    open: Option<Open>,
    /// For each of `read.blocks`: does it lie inside an `<article>`?
    in_article: Vec<bool>,
    /// Headlines found in page chrome (a `<header>`), with whether inside `<article>`.
    chrome_titles: Vec<(RawBlock, bool)>,
    og_title: Option<RawBlock>,
    published_meta: Option<jiff::civil::Date>,
    time_in_article: Option<jiff::civil::Date>,
    time_anywhere: Option<jiff::civil::Date>,
}

/// A start tag's attribute: lower-case name and the value's span in the file.
struct Attr {
    name: String,
    value: Span,
}

impl Reader<'_> {
    fn run(&mut self) {
        let b = self.file.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            if b[pos] != b'<' {
                let end = memchr_lt(b, pos);
                self.text(Span::new(pos, end));
                pos = end;
                continue;
            }
            let next = b.get(pos + 1).copied().unwrap_or(0);
            if b[pos..].starts_with(b"<!--") {
                pos = find(b, pos + 4, b"-->").map_or(b.len(), |i| i + 3);
            } else if next == b'!' || next == b'?' {
                pos = find(b, pos, b">").map_or(b.len(), |i| i + 1);
            } else if next == b'/' && b.get(pos + 2).is_some_and(u8::is_ascii_alphabetic) {
                let (name, name_end) = tag_name(b, pos + 2);
                let end = find(b, name_end, b">").map_or(b.len(), |i| i + 1);
                self.end_tag(&name);
                pos = end;
            } else if next.is_ascii_alphabetic() {
                let (name, name_end) = tag_name(b, pos + 1);
                let (attrs, end) = attributes(b, name_end);
                self.start_tag(&name, &attrs, Span::new(pos, end));
                pos = end;
                if RAW_TEXT.contains(&name.as_str()) {
                    pos = skip_raw_text(b, pos, &name);
                }
            } else {
                self.text(Span::new(pos, pos + 1));
                pos += 1;
            }
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &[Attr], tag: Span) {
        let attr = |key: &str| attrs.iter().find(|a| a.name == key).map(|a| a.value);
        match name {
            "meta" => self.meta(attr("property").or(attr("name")), attr("content")),
            "time" => {
                if let Some(date) = attr("datetime").and_then(|v| parse_published(v.of(self.file)))
                {
                    if self.article_depth > 0 {
                        self.time_in_article.get_or_insert(date);
                    }
                    self.time_anywhere.get_or_insert(date);
                }
            }
            "br" if self.open.is_some() => {
                self.read.decoded.trim_end();
                self.read.decoded.replaced("\n", tag);
            }
            _ => {}
        }
        let kind = match name {
            "p" => Some(BlockKind::Paragraph),
            "h1" => Some(BlockKind::Title),
            "h2" | "h3" => Some(BlockKind::Heading),
            _ => None,
        };
        let is_heading = matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if is_heading || BLOCKS.contains(&name) {
            self.close();
        }
        {
            if let Some(&chrome) = CHROME.iter().find(|&&c| c == name) {
                self.chrome.push(chrome);
            }
        }
        if name == "article" {
            self.article_depth += 1;
        }
        if let Some(kind) = kind {
            // Chrome keeps only its headline, for pages that put the `<h1>` in a header.
            if self.chrome.is_empty() || kind == BlockKind::Title {
                self.read.decoded.separate(tag.start);
                self.open = Some(Open {
                    kind,
                    start: self.read.decoded.text.len(),
                    in_article: self.article_depth > 0,
                    in_chrome: !self.chrome.is_empty(),
                });
            }
        }
    }

    fn end_tag(&mut self, name: &str) {
        let is_heading = matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if is_heading || BLOCKS.contains(&name) {
            self.close();
        }
        if let Some(idx) = self.chrome.iter().rposition(|&c| c == name) {
            self.chrome.truncate(idx);
        }
        if name == "article" {
            self.article_depth = self.article_depth.saturating_sub(1);
        }
    }

    fn meta(&mut self, property: Option<Span>, content: Option<Span>) {
        let (Some(property), Some(content)) = (property, content) else {
            return;
        };
        let property = property.of(self.file);
        if property.eq_ignore_ascii_case("og:title") && self.og_title.is_none() {
            self.read.decoded.separate(content.start);
            let start = self.read.decoded.text.len();
            decode(&mut self.read.decoded, self.file, content);
            self.read.decoded.trim_end();
            let end = self.read.decoded.text.len();
            if end > start {
                self.og_title = Some(RawBlock {
                    kind: BlockKind::Title,
                    span: Span::new(start, end),
                });
            }
        } else if property.eq_ignore_ascii_case("article:published_time")
            && let Some(date) = parse_published(content.of(self.file))
        {
            self.published_meta.get_or_insert(date);
        }
    }

    fn text(&mut self, span: Span) {
        if self.open.is_some() {
            decode(&mut self.read.decoded, self.file, span);
        }
    }

    /// Ends the open block, if any.
    fn close(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let n_blocks = self.read.blocks.len();
        self.read.close_block(open.kind, open.start);
        if self.read.blocks.len() > n_blocks {
            if open.in_chrome {
                // OK because a block was just pushed.
                let block = self.read.blocks.pop().unwrap();
                self.chrome_titles.push((block, open.in_article));
            } else {
                self.in_article.push(open.in_article);
            }
        }
    }

    fn finish(mut self) -> Read {
        self.close();
        let mut read = self.read;
        let blocks = std::mem::take(&mut read.blocks);
        let has_article = self.in_article.iter().any(|&a| a);
        let inside = |idx: usize| !has_article || self.in_article.get(idx).copied().unwrap_or(true);
        let outside_title = blocks
            .iter()
            .enumerate()
            .find(|&(idx, b)| b.kind == BlockKind::Title && !inside(idx))
            .map(|(_, b)| *b);
        read.blocks = blocks
            .into_iter()
            .enumerate()
            .filter(|&(idx, _)| inside(idx))
            .map(|(_, b)| b)
            .collect();
        // A headline from a header, outside the article, or from og:title stands in only
        // when the article has none of its own.
        if !read.blocks.iter().any(|b| b.kind == BlockKind::Title) {
            let chrome_title = self
                .chrome_titles
                .iter()
                .find(|(_, in_article)| *in_article)
                .or(self.chrome_titles.first())
                .map(|(b, _)| *b);
            if let Some(title) = chrome_title.or(outside_title).or(self.og_title) {
                read.blocks.insert(0, title);
            }
        }
        read.meta.published = self
            .published_meta
            .or(self.time_in_article)
            .or(self.time_anywhere);
        read
    }
}

/// Appends `file[span]` to the reading text: character references decoded, whitespace
/// runs (and no-break spaces) folded to one space.
fn decode(decoded: &mut Decoder, file: &str, span: Span) {
    let Some(s) = file.get(span.start..span.end) else {
        return;
    };
    let mut run_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_space = c.is_whitespace();
        if !is_space && c != '&' {
            continue;
        }
        decoded.verbatim(&s[run_start..i], span.start + run_start);
        if is_space {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_whitespace() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            decoded.space(Span::new(span.start + i, span.start + end));
            run_start = end;
            continue;
        }
        match character_reference(&s[i..]) {
            Some((ch, len)) => {
                let file_span = Span::new(span.start + i, span.start + i + len);
                if ch.is_whitespace() {
                    decoded.space(file_span);
                } else {
                    let mut buf = [0; 4];
                    decoded.replaced(ch.encode_utf8(&mut buf), file_span);
                }
                while chars.peek().is_some_and(|&(j, _)| j < i + len) {
                    chars.next();
                }
                run_start = i + len;
            }
            None => run_start = i,
        }
    }
    decoded.verbatim(&s[run_start..], span.start + run_start);
}

/// The character a reference at the start of `s` ("&amp;", "&#8217;", "&#x2019;")
/// stands for, and the reference's length in bytes.
fn character_reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (radix, digits_at) = match b.get(2) {
            Some(b'x' | b'X') => (16, 3),
            _ => (10, 2),
        };
        let n_digits = b[digits_at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit() && (radix == 16 || c.is_ascii_digit()))
            .count();
        if n_digits == 0 || n_digits > 8 {
            return None;
        }
        let digits = s.get(digits_at..digits_at + n_digits)?;
        let code = u32::from_str_radix(digits, radix).ok()?;
        let len = digits_at + n_digits + usize::from(b.get(digits_at + n_digits) == Some(&b';'));
        return Some((numeric_char(code), len));
    }
    let n_name = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if n_name == 0 || b.get(1 + n_name) != Some(&b';') {
        return None;
    }
    let name = s.get(1..1 + n_name)?;
    let ch = ENTITIES
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|idx| ENTITIES[idx].1)?;
    Some((ch, n_name + 2))
}

/// A numeric reference's character: 128–159 as Windows-1252 (pages written in it
/// say `&#146;` for ’), invalid code points as U+FFFD.
fn numeric_char(code: u32) -> char {
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match code {
        0 => '\u{fffd}',
        128..=159 => CP1252[(code - 128) as usize],
        _ => char::from_u32(code).unwrap_or('\u{fffd}'),
    }
}

/// Named character references news pages use, sorted by name for binary search.
const ENTITIES: &[(&str, char)] = &[
    ("AElig", 'Æ'),
    ("Aacute", 'Á'),
    ("Agrave", 'À'),
    ("Auml", 'Ä'),
    ("Ccedil", 'Ç'),
    ("Eacute", 'É'),
    ("Egrave", 'È'),
    ("Iacute", 'Í'),
    ("Ntilde", 'Ñ'),
    ("Oacute", 'Ó'),
    ("Ouml", 'Ö'),
    ("Oslash", 'Ø'),
    ("Scaron", 'Š'),
    ("Uacute", 'Ú'),
    ("Uuml", 'Ü'),
    ("Zcaron", 'Ž'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("aelig", 'æ'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("aring", 'å'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("bdquo", '„'),
    ("bull", '•'),
    ("ccedil", 'ç'),
    ("cent", '¢'),
    ("copy", '©'),
    ("dagger", '†'),
    ("deg", '°'),
    ("divide", '÷'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("ensp", ' '),
    ("emsp", ' '),
    ("euml", 'ë'),
    ("euro", '€'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("iuml", 'ï'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lsaquo", '‹'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("middot", '·'),
    ("minus", '−'),
    ("nbsp", ' '),
    ("ndash", '–'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("oslash", 'ø'),
    ("para", '¶'),
    ("percnt", '%'),
    ("plusmn", '±'),
    ("pound", '£'),
    ("prime", '′'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("reg", '®'),
    ("rsaquo", '›'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("scaron", 'š'),
    ("sect", '§'),
    ("shy", '\u{ad}'),
    ("szlig", 'ß'),
    ("thinsp", ' '),
    ("times", '×'),
    ("trade", '™'),
    ("uacute", 'ú'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("yen", '¥'),
    ("zcaron", 'ž'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];

/// The next `<` at or after `from`, or the end.
fn memchr_lt(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'<')
        .map_or(b.len(), |i| from + i)
}

/// Where `needle` next occurs at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

/// The lower-cased tag name starting at `from`, and where it ends.
fn tag_name(b: &[u8], from: usize) -> (String, usize) {
    let len = b[from..]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b'>' | b'/'))
        .count();
    let name = String::from_utf8_lossy(&b[from..from + len]).to_ascii_lowercase();
    (name, from + len)
}

/// A start tag's attributes from `from` to its `>`; returns them and where the tag ends.
fn attributes(b: &[u8], from: usize) -> (Vec<Attr>, usize) {
    let mut attrs = Vec::new();
    let mut pos = from;
    loop {
        while pos < b.len() && (b[pos].is_ascii_whitespace() || b[pos] == b'/') {
            pos += 1;
        }
        if pos >= b.len() {
            return (attrs, b.len());
        }
        if b[pos] == b'>' {
            return (attrs, pos + 1);
        }
        let name_start = pos;
        while pos < b.len() && !b[pos].is_ascii_whitespace() && !matches!(b[pos], b'=' | b'>') {
            pos += 1;
        }
        let name = String::from_utf8_lossy(&b[name_start..pos]).to_ascii_lowercase();
        while pos < b.len() && b[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let mut value = Span::new(pos, pos);
        if b.get(pos) == Some(&b'=') {
            pos += 1;
            while pos < b.len() && b[pos].is_ascii_whitespace() {
                pos += 1;
            }
            match b.get(pos) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = b[pos + 1..]
                        .iter()
                        .position(|&c| c == q)
                        .map_or(b.len(), |i| pos + 1 + i);
                    value = Span::new(pos + 1, end);
                    pos = (end + 1).min(b.len());
                }
                _ => {
                    let start = pos;
                    while pos < b.len() && !b[pos].is_ascii_whitespace() && b[pos] != b'>' {
                        pos += 1;
                    }
                    value = Span::new(start, pos);
                }
            }
        }
        attrs.push(Attr { name, value });
    }
}

/// Skips a raw-text element's content from `from` to just after its end tag.
fn skip_raw_text(b: &[u8], from: usize, name: &str) -> usize {
    let mut pos = from;
    while let Some(lt) = find(b, pos, b"</") {
        let after = lt + 2;
        let matches = b
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if matches {
            return find(b, after, b">").map_or(b.len(), |i| i + 1);
        }
        pos = after;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::super::{Article, Format};

    /// Reads HTML and shows its outline (see `article::tests::outline`).
    fn check(file: &str, expected: &str) {
        let article = Article::from_text(file, Format::Html);
        assert_eq!(super::super::tests::outline(&article), expected.trim());
    }

    #[test]
    fn page_chrome_is_dropped() {
        check(
            "<!doctype html>\n<html><head><title>Site</title>\n<meta property=\"article:published_time\" content=\"2023-09-13T10:00:00+03:00\">\n<script>var s = \"<p>no</p>\";</script><style>p { x: 1 }</style></head>\n<body><nav><p>Home</p></nav>\n<h1>Putin &amp; Kim meet</h1>\n<p>The leaders&nbsp;met at 7:09&nbsp;a.m. Moscow time.\n   Kim&rsquo;s train <a href=\"/x\">arrived</a>.</p>\n<h2>Summit agenda</h2><p>They talked<p>Then they ate.<!-- <p>hidden</p> -->\n<footer><p>(c) Site</p></footer>",
            "
M 2023-09-13 -
H 6:5 Putin & Kim meet
P 7:4 The leaders met at 7:09 a.m. Moscow time. | Kim’s train arrived.
# 9:5 Summit agenda
P 9:26 They talked
P 9:40 Then they ate.",
        );
    }

    #[test]
    fn article_element_and_header_headline() {
        check(
            "<header><h1>Site name</h1></header><article><header><h1>Real headline</h1><time datetime=\"2019-04-25\">April</time></header><p>Body.</p></article><p>Related story.</p>",
            "
M 2019-04-25 -
H 1:57 Real headline
P 1:127 Body.",
        );
        check(
            "<meta property=\"og:title\" content=\"Kim&#8217;s visit\"><p>Body &#146;quoted&#x2019; &bogus; a < b.</p>",
            "H 1:36 Kim’s visit\nP 1:58 Body ’quoted’ &bogus; a < b.",
        );
    }

    #[test]
    fn odd_input() {
        for file in [
            "",
            "<",
            "<p",
            "<p>&",
            "<p>&#",
            "<p>&#x;",
            "</",
            "<!--",
            "<script>",
            "<a href='",
            "<p>é&eacute",
        ] {
            let _ = Article::from_text(file, Format::Html);
        }
        check("<p>unclosed &amp; fine", "P 1:4 unclosed & fine");
    }
}
