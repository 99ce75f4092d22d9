//! Lists: enumerations of names in a sentence, each item with its span.
//!
//! An item is a name in the sense of `names` (capitalised units: `Lomonosov`, `Aist-2D`,
//! `Eastern Economic Forum`), so numbers, dates, months and weekdays never are items.
//! What stands before a name and is not part of it is left out: a determiner and common
//! nouns (`the nanosatellite SamSat-218` → `SamSat-218`), and a title (`North Korean leader
//! Kim Jong Un` → `Kim Jong Un`). An honorific stays (`Mr Blair`); a possessive `'s` goes where
//! the noun it owns follows the list (`Russia's and China's envoys` → `Russia`, `China`), and
//! stays where the last item has none, since it then owns nothing (`Standard & Poor's, Moody's
//! and Fitch` → `Moody's`).
//!
//! # Grammar
//!
//! - `A and B`: `Putin and Kim` (two names joined are an enumeration too; a claim may
//!   list two people).
//! - `A, B and C`, `A, B, and C`: `Lomonosov, Aist-2D and SamSat-218`; "the" may open
//!   any item: `Argentina, the Philippines and Brazil`.
//! - `A as well as B`, `A and B, as well as C`: `Lomonosov and Aist-2D, as well as the
//!   nanosatellite SamSat-218`.
//! - `both A and B`: the marker is not an item.
//! - an ampersand joins two units into one name: `Procter & Gamble and Unilever` →
//!   `Procter & Gamble`, `Unilever`.
//! - dotted acronyms keep their last point: `the U.S. and Japan` → `U.S.`, `Japan`; wire
//!   copy capitalises the word after one as after a stop, so `the U.S. And Japan` lists too.
//! - `A or B`, `A, B or C`: alternatives are an enumeration as well (a claim may ask for
//!   `match = "any"`).
//! - titled names: `Russian President Vladimir Putin and North Korean leader Kim Jong Un`
//!   → `Vladimir Putin`, `Kim Jong Un`.
//!
//! # Not lists
//!
//! - a firm named for two partners or trades: `Procter and Gamble Co`, `American Telephone
//!   and Telegraph Co` (one to three words, no acronym and no firm's kind, after no comma, then
//!   one or two words and a firm's kind: `IBM and Hitachi Ltd` is a list); such a name is one
//!   item of a list it stands in;
//! - a conjunction inside a firm's name: `Goldman Sachs and Co`, `Merrill Lynch and Co Inc`,
//!   `Eli Lilly and Co's Keflex`;
//!   such a name is one item, with the partners a comma joins to it (at most two words, no
//!   firm's kind among them): `Goldman, Sachs and Co and Kidder Peabody and Co` → `Goldman,
//!   Sachs and Co`, `Kidder Peabody and Co`; `Smith Barney, Harris Upham and Co`;
//! - nationalities and country acronyms before the noun they qualify: `U.S. and Canadian
//!   negotiators`, `the Danish and German governments`;
//! - a conjunction inside an institution's name: `the Securities and Exchange Commission`,
//!   `the Food and Drug Administration` ("the" and one word on the left, not an acronym: `the
//!   IMF and World Bank` is a list; capitalised words on the right ending in a noun such as
//!   `Commission`; a dotted acronym or a possessive serves as "the": `the U.S. Food and Drug
//!   Administration`, `the U.N.'s Food and Agriculture Organisation`, `Pakistan's Water and
//!   Power Development Authority`); such a name is one item
//!   of a list it stands in;
//! - a conjunction in the field of an institution named "H of …" or "H for …": `the Department
//!   of Trade and Industry`, `the Institute of Strategic and International Studies`, `the
//!   Organisation for Economic Cooperation and Development`, `the Department for Education and
//!   Skills` (H a head such as Ministry, Department, Chamber, Institute; not a bank or a
//!   district of a place), unless the right side ends in a head of its own (`the Bank of
//!   Japan and Finance Ministry`);
//! - a conjunction inside a proper title: `Trade and Industry Secretary Patricia Hewitt`
//!   (the right side's role is capitalised while the left side has none);
//! - a name after a conjunction without a determiner or title before it, when a lowercase
//!   word stands between: `met Kim and discussed Russia`;
//! - a name set off by a sentence's opening phrase: `In Moscow, Putin and Kim met` lists
//!   only `Putin`, `Kim`;
//! - commas without a conjunction: `Putin, Kim Jong Un wrap up talks`;
//! - a last item ending in a dotted acronym before a capitalised word, which the acronym
//!   qualifies: `Sir Geoffrey Howe and U.S. Secretary of State George Shultz`, `Japanese and
//!   U.S. Banks` (wire copy capitalises any word after an acronym). Before an untitled name
//!   of two words or more the acronym and the name are the item: `the Bank of England and the
//!   U.S. Federal Reserve Board` → `Bank of England`, `U.S. Federal Reserve Board`; before a
//!   function word wire copy capitalises it is the item alone: `Japan and the U.S. Over
//!   semiconductors` → `Japan`, `U.S.`. An acronym before any other untitled item is part of
//!   it: `the U.S. Marine Corps and the U.S. Air Force`.
//!
//! # Cost
//!
//! The finder visits only the conjunctions (`date::index` triggers), and reads the name
//! grammar (with its cache, the article's `names::ArticleMemo`, made on first use) only where
//! the tokens alone allow a name on both sides: a capitalised word ending the left side, and
//! one reached on the right over words alone (`left_may_end_name`, `right_may_start_name`).
//! Most conjunctions join lowercase words and stop there. Role nouns are asked of the cached
//! word flags, and a firm's partner is read only after a comma.

use super::names::{self, Part, Words};
use super::quote::ParagraphMarks;
use super::{Data, Item, Scan, Token, Value};
use crate::span::Span;

/// One item as found: its tokens, and whether a title stood before it.
#[derive(Clone, Copy, Debug)]
struct Found {
    start: usize,
    end: usize,
    /// The first token of the phrase that led to the item (descriptor or title).
    lead: usize,
    titled: bool,
    /// Whether the title's role noun was capitalised ("Industry Secretary").
    proper_title: bool,
}

/// Most lowercase words a descriptor may hold after its determiner ("the research satellite").
const MAX_DESCRIPTOR_WORDS: usize = 2;

/// The items of the list being read, kept from one list to the next (as allocated anew, they
/// cost about as much as reading a short list).
#[derive(Default)]
pub(super) struct Scratch(Vec<Found>);

/// Finds the lists of one paragraph, `marks` telling where its tokens start among the
/// article's (`first`) and the article's memo its names are classified in (`names`, made at
/// the first conjunction whose sides may be names: most join lowercase words, and most
/// paragraphs have no list); `scratch` is reused from call to call.
// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(
    scan: &Scan,
    marks: ParagraphMarks,
    scratch: &mut Scratch,
    out: &mut Vec<Value>,
) {
    let ParagraphMarks { first, names, .. } = marks;
    let items = &mut scratch.0;
    let mut idx = 0;
    let mut done_until = 0;
    // Every conjunction is a word `vocab` marks as a trigger; `idx` is the first token not
    // yet passed over, as in a walk over every token.
    for &at in super::date::index(scan).triggers() {
        if (at as usize) < idx {
            continue;
        }
        idx = at as usize;
        let Some(conj_len) = conjunction(scan.text, scan.tokens, idx) else {
            idx += 1;
            continue;
        };
        if idx < done_until
            || !left_may_end_name(scan, idx)
            || !right_may_start_name(scan, idx + conj_len)
        {
            idx += conj_len;
            continue;
        }
        let words = Words::of_scan(scan, names.cells(first, scan.tokens.len()));
        // The right side is read only where the left holds a name: most conjunctions join
        // lowercase words.
        let list = left_item(&words, idx)
            .map(|left| firm_ending_in(&words, left).unwrap_or(left))
            .map(|left| joined_name_around(&words, left))
            .and_then(|left| Some((left, right_item(&words, idx + conj_len)?)))
            .map(|(left, right)| (left, firm_from(&words, right)))
            .filter(|(left, right)| {
                compatible(left, right)
                    && !joins_one_name(&words, left, right)
                    && !joins_one_firm(&words, left, right)
                    && !joins_after_of(&words, left, right)
                    && !names_a_firm(&words, right)
                    && !names_a_firm(&words, left)
            });
        let Some((left, right)) = list else {
            idx += conj_len;
            continue;
        };
        items.clear();
        items.extend([left, right]);
        extend_left(&words, items);
        extend_right(&words, items);
        if qualifies_a_noun(&words, items) {
            idx = items[items.len() - 1].end;
            continue;
        }
        // "the U.K. and U.S.": an acronym keeps its last point; and an untitled name keeps
        // the acronym that qualifies it: "the U.S. Marine Corps and …" → "U.S. Marine Corps".
        for item in items.iter_mut() {
            if ends_dotted_acronym(scan.text, scan.tokens, item.end + 1) {
                item.end += 1;
            }
            if !item.titled
                && item.lead == item.start
                && ends_dotted_acronym(scan.text, scan.tokens, item.start)
            {
                item.start -= 4;
                item.lead = item.start;
            }
        }
        // "the U.S. Marine Corps and the U.S. Air Force": a last item that ends in a dotted
        // acronym before a capitalised word qualifies that word's name, and the item is the
        // two where the name has two words or more (wire copy capitalises any word after an
        // acronym: "Japanese and U.S. Banks" are banks) and no title ("Sir Geoffrey Howe and
        // U.S. Secretary of State George Shultz"); otherwise its items are not these.
        let last = items[items.len() - 1];
        if ends_dotted_acronym(scan.text, scan.tokens, last.end)
            && qualifies_next_name(&words, last.end)
        {
            match words.name(last.end) {
                Some(end)
                    if end >= last.end + 2
                        && !(last.end..end).any(|k| words.part(k) == Part::Role) =>
                {
                    let n = items.len() - 1;
                    items[n].end = end;
                }
                _ => {
                    idx = last.end;
                    continue;
                }
            }
        }
        // OK because `items` starts with two entries and only grows.
        let last = *items.last().unwrap();
        done_until = last.end;
        idx = last.end;
        let span = Span::new(
            scan.tokens[items[0].start].start as usize,
            scan.tokens[last.end - 1].end as usize,
        );
        // A possessive is one where the noun it owns follows the list, after its last item:
        // "Russia's and China's envoys". Where the last item has none, an item's "'s" owns
        // nothing and is its name's: "Standard & Poor's, Moody's and Fitch".
        let possessive = possessive_cut(words.span((last.start, last.end)).of(scan.text)) > 0;
        let items = items
            .iter()
            .map(|found| {
                let span = words.span((found.start, found.end));
                let cut = if possessive {
                    possessive_cut(span.of(scan.text))
                } else {
                    0
                };
                let span = Span::new(span.start, span.end - cut);
                Item {
                    text: span.of(scan.text).to_owned(),
                    span,
                }
            })
            .collect();
        out.push(Value {
            span,
            qualifier: None,
            data: Data::List { items },
        });
    }
}

/// Whether the item before the conjunction at `conj` may be a name: the first steps of
/// [`left_item`], up to the capital letter every name unit starts with, read off the tokens
/// alone.
fn left_may_end_name(scan: &Scan, conj: usize) -> bool {
    // Indexing below is OK because `conj` is a token (the conjunction's), and every index
    // stays below it.
    let tokens = &scan.tokens;
    let mut end = conj;
    if end > 0 && tokens[end - 1].is_punct(scan.text, ',') {
        end -= 1;
    }
    // A dotted acronym ends in a mark: most words before a conjunction are no mark.
    if end > 0
        && tokens[end - 1].kind == super::Tok::Punct
        && ends_dotted_acronym(scan.text, tokens, end)
    {
        end -= 1;
    }
    // As `unit_ending_at` walks to the unit's first word.
    let Some(mut at) = end.checked_sub(1) else {
        return false;
    };
    // Whether the token before `at` is glued to it and no mark but a hyphen or a point: told
    // in one branch (`&`, not `&&`: the tests go either way at random, some 10k simulated
    // mispredicts per BBC round).
    let glued = |at: usize| {
        let prev = tokens[at - 1];
        let first = scan.text.as_bytes().get(prev.start as usize).copied();
        let mark = (prev.kind == super::Tok::Punct) & (first != Some(b'-')) & (first != Some(b'.'));
        tokens[at].touches(prev) & !mark
    };
    while at > 0 && glued(at) {
        at -= 1;
    }
    while at < end && !tokens[at].is_word() {
        at += 1;
    }
    tokens
        .get(at)
        .is_some_and(|&t| t.is_word() && names::is_capitalised_word(scan.text, t))
}

/// Whether the item after the conjunction ending before `from` may be a name: before its
/// first name unit, which starts on a capitalised word, [`right_item`] passes over words only
/// (a determiner, lowercase descriptors, roles, modifiers), so a mark or the end before any
/// capitalised word leaves no item. Read off the tokens alone.
fn right_may_start_name(scan: &Scan, from: usize) -> bool {
    let tokens = &scan.tokens;
    let mut k = from;
    if tokens.get(k).is_some_and(|t| t.is_punct(scan.text, ',')) {
        k += 1;
    }
    while let Some(t) = tokens.get(k) {
        if !t.is_word() {
            return false;
        }
        if names::is_capitalised_word(scan.text, *t) {
            return true;
        }
        k += 1;
    }
    false
}

/// The length in tokens of a conjunction at `idx`: "and", "or", "as well as".
#[inline(always)]
fn conjunction(text: &str, tokens: &[Token], idx: usize) -> Option<usize> {
    let word_is = |k: usize, w: &str| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.text(text).eq_ignore_ascii_case(w))
    };
    // Only a word token can spell these, so the text alone decides; most tokens are turned
    // away by their length and first byte ("and", "as" and "or" start with 'a' or 'o') before
    // any string compare.
    let token = tokens[idx];
    if !(2..=3).contains(&(token.end - token.start))
        || !matches!(
            text.as_bytes().get(token.start as usize),
            Some(b'a' | b'o' | b'A' | b'O')
        )
    {
        return None;
    }
    match token.text(text) {
        "and" | "or" => Some(1),
        // Wire copy capitalises a word after "U.S." as after a stop: "the U.S. And Japan".
        "And" | "Or" if ends_dotted_acronym(text, tokens, idx) => Some(1),
        "as" => (word_is(idx + 1, "well") && word_is(idx + 2, "as")).then_some(3),
        _ => None,
    }
}

/// The length of the possessive "'s" that `text` ends in, if it ends in one.
fn possessive_cut(text: &str) -> usize {
    names::possessor(text).map_or(0, |stem| text.len() - stem.len())
}

/// The start of the name unit that ends just before `end`, if one does.
fn unit_ending_at(words: &Words, end: usize) -> Option<usize> {
    let tokens = words.tokens;
    let mut at = end.checked_sub(1)?;
    while at > 0 && tokens[at].touches(tokens[at - 1]) && !is_mark(words, at - 1) {
        at -= 1;
    }
    while at < end && !tokens[at].is_word() {
        at += 1;
    }
    (unit_at(words, at) == Some(end)).then_some(at)
}

/// Punctuation that is never inside a name unit (quote marks, brackets, commas).
/// The end of the name unit at `idx`, possessives ("Russia's") included.
fn unit_at(words: &Words, idx: usize) -> Option<usize> {
    // Both readings need a capitalised word: test that before either grammar runs.
    if !words.is_capitalised_at(idx) {
        return None;
    }
    words.name_unit(idx).or_else(|| match words.part(idx) {
        Part::Name { end } => Some(end),
        _ => None,
    })
}

fn is_mark(words: &Words, idx: usize) -> bool {
    let tok = words.tokens[idx];
    tok.kind == super::Tok::Punct
        && !(tok.is_punct(words.text, '-') || tok.is_punct(words.text, '.'))
}

/// The item ending just before the conjunction at `conj` (a comma may stand between).
fn left_item(words: &Words, conj: usize) -> Option<Found> {
    let mut end = conj;
    if end > 0 && words.is_punct(end - 1, ',') {
        end -= 1;
    }
    // "the U.S. and Japan": the acronym's last point is its own, not a stop.
    if ends_dotted_acronym(words.text, words.tokens, end) {
        let found = name_ending_at(words, end - 1)?;
        return Some(Found { end, ..found });
    }
    name_ending_at(words, end)
}

/// Whether the tokens before `end` close a dotted acronym ("U.S.", "U.K."): a point after a
/// single capital that follows a point.
fn ends_dotted_acronym(text: &str, tokens: &[Token], end: usize) -> bool {
    let Some(&[a, p, b, q]) = end.checked_sub(4).and_then(|first| tokens.get(first..end)) else {
        return false;
    };
    let capital = |t: Token| {
        let w = t.text(text);
        t.is_word() && w.len() == 1 && w.bytes().all(|c| c.is_ascii_uppercase())
    };
    // The last point first: most tokens asked about are words.
    q.is_punct(text, '.')
        && p.is_punct(text, '.')
        && capital(a)
        && capital(b)
        && p.touches(a)
        && b.touches(p)
        && q.touches(b)
}

/// Whether the word at `k` opens a name or a title that the dotted acronym before it
/// qualifies: capitalised, and no function word ([`names::is_function_word`]) or verb that wire
/// copy capitalises after an acronym or that opens a sentence ("the U.S. Over semiconductors",
/// "the U.S. The talks", "U.S. Officials said").
fn qualifies_next_name(words: &Words, k: usize) -> bool {
    let w = words.low(k);
    words.tokens.get(k).is_some_and(|t| t.is_word())
        && words.is_capitalised_at(k)
        && !names::is_function_word(w)
        && !matches!(
            w,
            "is" | "was"
                | "are"
                | "were"
                | "will"
                | "would"
                | "has"
                | "had"
                | "have"
                | "into"
                | "said"
                | "officials"
                | "sources"
        )
}

/// A name ending at `end`, walked left over units and joiners; stops at a title's role.
fn name_ending_at(words: &Words, end: usize) -> Option<Found> {
    let mut start = unit_ending_at(words, end)?;
    if is_role(words, start) {
        return None;
    }
    loop {
        if let Some(prev) = unit_ending_at(words, start) {
            if is_role(words, prev) {
                break;
            }
            start = prev;
            continue;
        }
        if start > 0 && is_honorific(words, start - 1) {
            start -= 1;
            break;
        }
        let joined = start >= 2
            && (words.word_is(start - 1, names::is_name_joiner) || words.is_punct(start - 1, '&'))
            && unit_ending_at(words, start - 1).is_some_and(|u| !is_role(words, u));
        match joined {
            // OK because `joined` checked the unit.
            true => start = unit_ending_at(words, start - 1).unwrap(),
            false => break,
        }
    }
    let titled = start > 0 && is_role(words, start - 1);
    Some(Found {
        start,
        end,
        lead: start,
        titled,
        proper_title: titled && words.is_capitalised_at(start - 1),
    })
}

/// Whether token `idx` is a role noun ([`names::is_role_noun`]), asked of the word's flags
/// as the name cache keeps them (`Words::flags`): the same words are asked about again and
/// again as items are read from both sides.
fn is_role(words: &Words, idx: usize) -> bool {
    let role =
        words.tokens.get(idx).is_some_and(|t| t.is_word()) && words.flags(idx) & names::ROLE != 0;
    debug_assert_eq!(role, words.word_is(idx, names::is_role_noun));
    role
}

/// The item starting after the conjunction at `from`: an optional descriptor or title,
/// then a name.
fn right_item(words: &Words, from: usize) -> Option<Found> {
    let mut idx = from;
    if words.is_punct(idx, ',') {
        idx += 1;
    }
    let lead = idx;
    let mut described = false;
    if is_determiner(words, idx) {
        described = true;
        idx += 1;
        let mut lowercase = 0;
        while lowercase < MAX_DESCRIPTOR_WORDS
            && words.tokens.get(idx).is_some_and(|t| t.is_word())
            && !words.is_capitalised_at(idx)
            && !words.is_word(idx, "and")
            && !words.is_word(idx, "or")
        {
            lowercase += 1;
            idx += 1;
        }
    }
    // A title: capitalised words, lowercase modifiers and role nouns, then the name.
    // The name units since the last role: the first one's start and the last one's end.
    let mut units: Option<(usize, usize)> = None;
    let mut last_role = None;
    let mut lowercase_modifier = false;
    let mut honorific = None;
    loop {
        if is_role(words, idx) {
            last_role = Some(idx);
            units = None;
            idx += 1;
            continue;
        }
        if let Some(end) = unit_at(words, idx) {
            units = Some((units.map_or(idx, |(first, _)| first), end));
            idx = end;
            continue;
        }
        match words.part(idx) {
            Part::Modifier if units.is_none() || last_role.is_none() => {
                lowercase_modifier = true;
                idx += 1;
            }
            Part::Honorific(_) if units.is_none() => {
                honorific = Some(idx);
                idx += 1;
            }
            Part::Joiner if units.is_some() && matches!(words.part(idx + 1), Part::Name { .. }) => {
                idx += 1;
            }
            // "Procter & Gamble", "AT&T": an ampersand joins two units into one name.
            _ if units.is_some()
                && words.is_punct(idx, '&')
                && unit_at(words, idx + 1).is_some() =>
            {
                idx += 1;
            }
            _ => break,
        }
    }
    let (first, end) = units?;
    if lowercase_modifier && last_role.is_none() {
        return None;
    }
    // Without a determiner or title, only a name right after the conjunction is an item.
    if !described && last_role.is_none() && honorific.is_none() && first != lead {
        return None;
    }
    Some(Found {
        start: honorific.unwrap_or(first),
        end,
        lead,
        titled: last_role.is_some(),
        // "Briton Paula Radcliffe": a nationality is capitalised, not a proper title.
        proper_title: last_role
            .is_some_and(|r| words.is_capitalised_at(r) && !names::is_demonym(words.low(r))),
    })
}

/// Whether token `idx` is a determiner (`Words::part` would say [`Part::Det`]), read off the
/// word's cached flags alone: the part of a name would be read on to the name's end first.
fn is_determiner(words: &Words, idx: usize) -> bool {
    use names::{DET, HONORIFIC, PRONOUN};
    let det = words.tokens.get(idx).is_some_and(|t| t.is_word()) && {
        let flags = words.flags(idx);
        flags & DET != 0
            && flags & PRONOUN == 0
            && !(flags & HONORIFIC != 0 && words.is_capitalised_at(idx))
    };
    debug_assert_eq!(det, words.part(idx) == Part::Det);
    det
}

/// Whether token `idx` is an honorific ("Mr", "Sir": `Words::part` would say
/// [`Part::Honorific`]), read off the word's cached flags alone, as [`is_determiner`] is.
fn is_honorific(words: &Words, idx: usize) -> bool {
    use names::{HONORIFIC, PRONOUN};
    let honorific = words.tokens.get(idx).is_some_and(|t| t.is_word()) && {
        let flags = words.flags(idx);
        flags & PRONOUN == 0 && flags & HONORIFIC != 0 && words.is_capitalised_at(idx)
    };
    debug_assert_eq!(honorific, matches!(words.part(idx), Part::Honorific(_)));
    honorific
}

/// Two neighbours make a list unless the conjunction sits inside a proper title
/// ("Trade and Industry Secretary Patricia Hewitt"): a bare name on the left, a
/// capitalised role on the right. ("Putin and Foreign Minister Lavrov" is lost with it.)
fn compatible(left: &Found, right: &Found) -> bool {
    !right.proper_title || left.titled
}

/// Whether the items only say whose the noun after them is: nationalities and country
/// acronyms before a lowercase word ("U.S. and Canadian negotiators", "Algerian and Spanish
/// producers", "West German and Japanese exporters"). They describe one thing; they list
/// none. "Britain and France agreed" lists.
fn qualifies_a_noun(words: &Words, items: &[Found]) -> bool {
    let Some(last) = items.last() else {
        return false;
    };
    let noun_after = words.tokens.get(last.end).is_some_and(|t| {
        t.is_word()
            && words
                .word(last.end)
                .starts_with(|c: char| c.is_ascii_lowercase())
    });
    // "Japanese", "West German", "South Korean"
    let nationality = |item: &Found| {
        let compass = item.end == item.start + 2
            && matches!(words.low(item.start), "west" | "east" | "north" | "south");
        (item.end == item.start + 1 || compass) && names::is_nationality(words.low(item.end - 1))
    };
    // "U.S.", "UK", "EU"
    let acronym = |item: &Found| {
        (item.start..item.end).all(|k| {
            let word = words.word(k);
            words.is_punct(k, '.')
                || word.len() <= 3 && word.bytes().all(|b| b.is_ascii_uppercase())
        })
    };
    let qualifier = |item: &Found| {
        !item.titled && item.lead == item.start && (nationality(item) || acronym(item))
    };
    noun_after && nationality(last) && items.iter().all(qualifier)
}

/// Whether "A and B" is one firm's name: B only says what kind of firm it is ("Goldman Sachs
/// and Co", "Merrill Lynch and Co Inc", "Smith and Sons"). Asked of A too: in "Goldman Sachs
/// and Co and Kidder Peabody and Co" the second "and" joins no "Co" to a list.
fn names_a_firm(words: &Words, right: &Found) -> bool {
    if right.titled || right.lead != right.start {
        return false;
    }
    for k in right.start..right.end {
        let w = words.low(k);
        // "Eli Lilly and Co's Keflex": the firm's name ends in its possessive.
        if let Some(kind) = names::possessor(w) {
            return names::is_firm_kind(kind);
        }
        if !(words.is_punct(k, '.') || names::is_firm_kind(w)) {
            return false;
        }
    }
    true
}

/// The firm's name that ends in the item `kind` when that item only says what kind of firm
/// it is: "Goldman Sachs and Co" for the "Co" of "Goldman Sachs and Co and Kidder Peabody",
/// with the partners a comma joins ("Goldman, Sachs and Co"); `None` where no name stands
/// before the kind's "and".
fn firm_ending_in(words: &Words, kind: Found) -> Option<Found> {
    let and = kind.lead.checked_sub(1)?;
    if !words.is_word(and, "and") || !names_a_firm(words, &kind) {
        return None;
    }
    let name = name_ending_at(words, and)?;
    let mut firm = Found {
        end: kind.end,
        ..name
    };
    let width = name.end - name.start;
    while let Some(partner) = partner_before(words, firm.lead, width) {
        firm.start = partner;
        firm.lead = partner;
    }
    Some(firm)
}

/// The first token of the partner a comma joins to a firm's name starting at `start` whose
/// first partner is `width` words long: "Goldman" of "Goldman, Sachs and Co", "Smith Barney"
/// of "Smith Barney, Harris Upham and Co". Partners are named alike, in one or two
/// capitalised words each, none of them a firm's kind, and the first is no sentence's
/// opening phrase: "Lloyds, Samuel Montagu and Co" and "Drexel Burnham Lambert Inc, Kidder
/// Peabody and Co" name two firms each.
fn partner_before(words: &Words, start: usize, width: usize) -> Option<usize> {
    let comma = start.checked_sub(1)?;
    if !words.is_punct(comma, ',') {
        return None;
    }
    let name = name_ending_at(words, comma)?;
    let partner = is_partner(words, &name, width) && !opens_sentence_phrase(words, name.start);
    partner.then_some(name.start)
}

/// Whether `name` may be a partner named in a firm's name beside one of `width` words.
fn is_partner(words: &Words, name: &Found, width: usize) -> bool {
    name.lead == name.start
        && !name.titled
        && width <= 2
        && name.end - name.start == width
        && (name.start..name.end).all(|k| {
            words.tokens[k].is_word()
                && words.is_capitalised_at(k)
                && !names::is_firm_kind(words.low(k))
        })
}

/// The item `item` widened to the firm's name it opens: "Kidder Peabody and Co" for
/// "Kidder Peabody", "Goldman, Sachs and Co Inc" for "Goldman"; as it is otherwise.
fn firm_from(words: &Words, item: Found) -> Found {
    // A firm's kind is no firm's start: "Goldman Sachs and Co Inc, Lazard Freres and Co".
    if names_a_firm(words, &item) {
        return item;
    }
    let mut end = item.end;
    loop {
        if words.is_word(end, "and") {
            return match right_item(words, end + 1) {
                Some(kind) if names_a_firm(words, &kind) => Found {
                    end: kind.end,
                    ..item
                },
                _ => item,
            };
        }
        // A partner after a comma, to be kept only where "and" and the firm's kind follow.
        // The comma first: most items end on none, and then no partner is read.
        if !words.is_punct(end, ',') {
            return item;
        }
        match right_item(words, end) {
            Some(partner)
                if partner.lead == end + 1
                    && is_partner(words, &partner, item.end - item.start) =>
            {
                end = partner.end;
            }
            _ => return item,
        }
    }
}

/// Whether "the A and B" is one institution's name ("the Securities and Exchange
/// Commission", "the Food and Drug Administration", "the Ways and Means Committee"): "the",
/// a dotted acronym or a possessive ("U.S. Food and Drug Administration", "U.N.'s Food and
/// Agriculture Organisation") and a single word on the left, not an acronym (an acronym
/// names on its own: "the IMF and World Bank"), and on the right capitalised words right
/// after the conjunction, with no possessive, that end in a noun that heads such names.
/// Without "the", two institutions are as likely ("Commerzbank and Deutsche Bank").
fn joins_one_name(words: &Words, left: &Found, right: &Found) -> bool {
    // A possessive word opening the item serves as "the": "Pakistan's Water and Power
    // Development Authority".
    let owned = left.end == left.start + 2 && names::possessor(words.low(left.start)).is_some();
    let first = if owned { left.start + 1 } else { left.start };
    let single = left.end == first + 1 && !left.titled;
    let plain_right = !right.titled
        && right.lead == right.start
        && right.end >= right.start + 2
        && (right.start..right.end).all(|k| words.tokens[k].is_word());
    // The shapes first: most pairs have more than one word on the left or one on the right,
    // and nothing more is read for them.
    if !(single && plain_right) {
        return false;
    }
    // "the", or a country's acronym or a possessive that serves as one: "the U.S. Food and
    // Drug Administration", "the U.N.'s Food and Agriculture Organisation".
    let after_the = owned
        || left.start > 0 && {
            let prev = left.start - 1;
            words.word(prev).eq_ignore_ascii_case("the")
                || words.is_punct(prev, '.') && prev > 0 && words.tokens[prev - 1].is_word()
                || matches!(words.low(prev), "s" | "'s" | "\u{2019}s")
        };
    let acronym = words
        .word(first)
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_uppercase());
    after_the && !acronym && names::is_organisation_head(words.low(right.end - 1))
}

/// Whether "A and B Co" is one firm's name, as firms named for two partners or two trades
/// are ("Procter and Gamble Co", "American Telephone and Telegraph Co", "Cable and Wireless
/// Plc", "Nippon Telegraph and Telephone Corp"): on the left one to three capitalised words,
/// none a firm's kind or an acronym (either names a firm of its own: "IBM and Hitachi Ltd",
/// "Lucky Stores Inc and Fruehauf Corp"), with no comma before or after it (the last of a
/// list: "Petro-Lewis Corp, American Royalty Trust and Agrico Chemical Co", "the original
/// Shrek, and Monster's Inc"); on the right one or two capitalised words and then a firm's
/// kind. Two firms so written ("Compaq and Apple Computer Inc") read as one: in wire copy
/// such names outnumber such pairs many times.
fn joins_one_firm(words: &Words, left: &Found, right: &Found) -> bool {
    let plain = |f: &Found| !f.titled && f.lead == f.start;
    let name_word = |k: usize| {
        words.tokens[k].is_word()
            && words.is_capitalised_at(k)
            && !names::is_firm_kind(words.low(k))
            && !names::is_foreign_firm_kind(words.low(k))
    };
    let acronym = |k: usize| {
        let w = words.word(k);
        w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase())
    };
    // The firm's kind, one or two words into the right side: most right sides have none, and
    // nothing more is read for them.
    let Some(kind) = (right.start + 1..right.end.min(right.start + 3))
        .find(|&k| names::is_firm_kind(words.low(k)))
    else {
        return false;
    };
    let left_width = left.end - left.start;
    plain(left)
        && plain(right)
        && (right.start..kind).all(name_word)
        && (1..=3).contains(&left_width)
        && (left.start..left.end).all(|k| name_word(k) && !acronym(k))
        && !(left.start > 0 && words.is_punct(left.start - 1, ','))
        && !words.is_punct(left.end, ',')
}

/// Whether "H of A and B" is one institution's name, where H heads names that take their
/// field after "of" ("the Department of Trade and Industry", "the Institute of Strategic and
/// International Studies", "the Brotherhood of Railway and Airline Clerks"): B is capitalised
/// words only, with no possessive, and does not end in a head of its own (in "the Bank of
/// Japan and Finance Ministry" B names a second institution). A bank or a district "of" a
/// place is left alone: "Bank of America and Sanwa" are two banks.
fn joins_after_of(words: &Words, left: &Found, right: &Found) -> bool {
    // "of" inside the left item, or "for" right before it (the name grammar ends a name
    // there): "the Organisation for Economic Cooperation and Development".
    let joiner = |k: usize| {
        k > 0
            && (words.is_word(k, "of") || words.is_word(k, "for") && words.is_capitalised_at(k - 1))
    };
    let field_head = (left.start + 1..left.end.saturating_sub(1))
        .chain(left.start.checked_sub(1))
        .any(|k| {
            joiner(k)
                && matches!(
                    words.low(k - 1),
                    "ministry"
                        | "department"
                        | "chamber"
                        | "institute"
                        | "brotherhood"
                        | "alliance"
                        | "university"
                        | "college"
                        | "school"
                        | "faculty"
                        | "academy"
                        | "society"
                        | "federation"
                        | "association"
                        | "council"
                        | "committee"
                        | "commission"
                        | "board"
                        | "office"
                        | "bureau"
                        | "secretary"
                        | "minister"
                        | "organisation"
                        | "organization"
                        | "centre"
                        | "center"
                        | "agency"
                        | "fund"
                        | "corporation"
                )
        });
    let plain_right = !right.titled
        && right.lead == right.start
        && (right.start..right.end)
            .all(|k| words.tokens[k].is_word() && words.is_capitalised_at(k));
    field_head
        && !left.titled
        && plain_right
        && !names::is_organisation_head(words.low(right.end - 1))
}

/// The left item `left` widened to the institution's name it ends ("Exchange Commission" in
/// "the Securities and Exchange Commission and the CFTC", "Industry" in "the Department of
/// Trade and Industry, the Treasury and …"); as it is otherwise.
fn joined_name_around(words: &Words, left: Found) -> Found {
    let Some(first) = left.lead.checked_sub(2) else {
        return left;
    };
    if !words.is_word(left.lead - 1, "and") {
        return left;
    }
    let head = Found {
        start: first,
        end: first + 1,
        lead: first,
        titled: false,
        proper_title: false,
    };
    let capitalised = words.is_capitalised_at(first);
    if capitalised && joins_one_name(words, &head, &left) {
        return Found {
            start: first,
            lead: first,
            ..left
        };
    }
    // "the Department of Trade and Industry", "Procter and Gamble Co": the whole name before
    // the conjunction.
    match name_ending_at(words, left.lead - 1) {
        Some(head)
            if joins_after_of(words, &head, &left) || joins_one_firm(words, &head, &left) =>
        {
            Found {
                start: head.start,
                lead: head.lead,
                ..left
            }
        }
        _ => left,
    }
}

/// Prepends ", X" items: "Lomonosov, Aist-2D and …".
fn extend_left(words: &Words, items: &mut Vec<Found>) {
    loop {
        let first = items[0];
        // "Britain, the United States and France": "the" opens the next item.
        let mut comma = first.lead.saturating_sub(1);
        if words.is_word(comma, "the") {
            comma = comma.saturating_sub(1);
        }
        if comma == 0 || !words.is_punct(comma, ',') {
            return;
        }
        let Some(found) = name_ending_at(words, comma) else {
            return;
        };
        let found = firm_ending_in(words, found).unwrap_or(found);
        let found = joined_name_around(words, found);
        // "the News of the World, the Guardian …": where the name began is not known ("an
        // alliance of the US, India and Japan" is a list of three).
        if found.start >= 3
            && words.is_word(found.start - 1, "the")
            && words.is_word(found.start - 2, "of")
            && words.is_capitalised_at(found.start - 3)
        {
            return;
        }
        // "In Moscow, Putin and Kim met": a sentence's opening phrase is not an item.
        if opens_sentence_phrase(words, found.start) {
            return;
        }
        items.insert(0, found);
    }
}

/// Whether the name at `start` follows a preposition that opens its sentence.
fn opens_sentence_phrase(words: &Words, start: usize) -> bool {
    let Some(prep) = start.checked_sub(1) else {
        return false;
    };
    let at_sentence_start = prep == 0
        || words.tokens[prep - 1].is_punct(words.text, '.')
        || words.tokens[prep - 1].is_punct(words.text, '?')
        || words.tokens[prep - 1].is_punct(words.text, '!');
    let tok = words.tokens[prep];
    at_sentence_start
        && tok.is_word()
        && matches!(
            words.lower(prep).as_str(),
            "in" | "at"
                | "on"
                | "from"
                | "to"
                | "for"
                | "after"
                | "before"
                | "near"
                | "like"
                | "unlike"
                | "besides"
                | "with"
                | "without"
                | "since"
                | "by"
        )
}

/// Appends ", C", "and C", ", as well as C", ", and C" items.
fn extend_right(words: &Words, items: &mut Vec<Found>) {
    loop {
        // OK because `items` is never empty.
        let last = *items.last().unwrap();
        let mut idx = last.end;
        let comma = words.is_punct(idx, ',');
        if comma {
            idx += 1;
        }
        let next = if idx < words.tokens.len() {
            conjunction(words.text, words.tokens, idx)
        } else {
            None
        };
        let found = match next {
            Some(len) => right_item(words, idx + len).map(|f| firm_from(words, f)),
            // "A, B, C and D": a comma item counts only when a conjunction follows later.
            None if comma => right_item(words, idx)
                .map(|f| firm_from(words, f))
                .filter(|f| words.is_punct(f.end, ',') || conjunction_at(words, f.end)),
            None => None,
        };
        match found {
            Some(found) if compatible(&last, &found) => items.push(found),
            _ => return,
        }
    }
}

fn conjunction_at(words: &Words, idx: usize) -> bool {
    idx < words.tokens.len() && conjunction(words.text, words.tokens, idx).is_some()
}

#[cfg(test)]
mod tests {
    use crate::extract::{Context, Data, extract};

    fn show(text: &str) -> String {
        extract(text, &Context::default())
            .iter()
            .filter_map(|v| match &v.data {
                Data::List { items } => Some(
                    items
                        .iter()
                        .map(|i| i.text.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn phrases_from_data_file() {
        let failures = crate::extract::tests::data_file_failures(
            "tests/data/extract/list.txt",
            include_str!("../../tests/data/extract/list.txt"),
            |text, _| show(text),
        );
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn item_spans_point_at_the_names() {
        let text = "satellites Lomonosov and Aist-2D";
        let values = extract(text, &Context::default());
        let Some(Data::List { items }) = values
            .iter()
            .map(|v| &v.data)
            .find(|d| matches!(d, Data::List { .. }))
        else {
            panic!("no list in {text:?}");
        };
        assert_eq!(items[1].span.of(text), "Aist-2D");
    }
}
