//! Splits the next event off the available bytes without parsing it, so the stream can tell
//! whether the event is complete before it reads it.
//!
//! Text, start tags and end tags, which make up nearly all of a report, are read by the stream
//! itself. Everything else is left to quick-xml's reader: comments, CDATA, declarations,
//! processing instructions, DOCTYPEs, and markup that the document ends inside, for which
//! quick-xml gives the error.

use quick_xml::parser::{ElementParser, Parser};
use quick_xml::utils::{is_whitespace, name_len};

use super::scan::scan_text;

/// The next event at the start of the available bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token {
    /// Text of `length` bytes, up to a `<` or the end of the document. `plain` when every byte
    /// is printable ASCII other than `&`, so the text needs no decoding.
    Text {
        length: usize,
        plain: bool,
    },
    Start(StartTag),
    /// An end tag `</` ... `>` of `length` bytes.
    End {
        length: usize,
    },
    /// Markup for quick-xml's reader. It may be incomplete when the document continues.
    Other,
    /// The end of the document.
    Eof,
}

/// A start tag of `length` bytes: `<`, `name_length` bytes of name, whitespace and attributes
/// when `attributes` (otherwise at most whitespace), then `/>` when `empty`, otherwise `>`.
/// `quoted` when the tag contains a quote, in an attribute value or elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct StartTag {
    pub(super) length: usize,
    pub(super) name_length: usize,
    pub(super) empty: bool,
    pub(super) attributes: bool,
    pub(super) quoted: bool,
}

impl StartTag {
    /// Returns the bytes between `<` and `>` or `/>`, out of the bytes that the tag starts.
    pub(super) fn content(self, available: &[u8]) -> &[u8] {
        &available[1..self.length - 1 - usize::from(self.empty)]
    }
}

/// Class of each byte in a tag, for the search for its end.
const TAG_BYTES: [TagByte; 256] = {
    let mut classes = [TagByte::Other; 256];
    classes[b'>' as usize] = TagByte::End;
    classes[b'"' as usize] = TagByte::Quote;
    classes[b'\'' as usize] = TagByte::Quote;
    classes[b' ' as usize] = TagByte::Space;
    classes[b'\t' as usize] = TagByte::Space;
    classes[b'\n' as usize] = TagByte::Space;
    classes[b'\r' as usize] = TagByte::Space;
    classes
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum TagByte {
    End,
    Quote,
    /// XML whitespace, which ends the name.
    Space,
    Other,
}

/// Returns the token at the start of `available`, or `None` when the bytes end inside it and
/// `finished` is false, so more must be read.
pub(super) fn next_token(available: &[u8], finished: bool) -> Option<Token> {
    let Some((&first, markup)) = available.split_first() else {
        return finished.then_some(Token::Eof);
    };
    if first != b'<' {
        return match scan_text(available) {
            (Some(length), plain) => Some(Token::Text { length, plain }),
            (None, plain) => finished.then_some(Token::Text {
                length: available.len(),
                plain,
            }),
        };
    }

    match markup.first() {
        Some(b'!' | b'?') => return Some(Token::Other),
        None => return finished.then_some(Token::Other),
        Some(_) => {}
    }

    // A tag ends at its first `>` outside quotes, as quick-xml reads it. Most tags have no
    // quotes, so a plain search comes first; it also notes where the name ends.
    let mut space = None;
    let mut at = 0;
    let (content_length, quoted) = loop {
        let Some(&byte) = markup.get(at) else {
            return finished.then_some(Token::Other);
        };
        match TAG_BYTES[usize::from(byte)] {
            TagByte::Other => {}
            TagByte::End => break (at, false),
            TagByte::Quote => match ElementParser::Outside.feed(markup) {
                Some(end) => break (end, true),
                None => return finished.then_some(Token::Other),
            },
            TagByte::Space => {
                space.get_or_insert(at);
            }
        }
        at += 1;
    };

    let content = &markup[..content_length];
    let length = content_length + 2;
    if content.first() == Some(&b'/') {
        return Some(Token::End { length });
    }

    let (content, empty) = match content.strip_suffix(b"/") {
        Some(content) => (content, true),
        None => (content, false),
    };
    // The name ends at the first whitespace. The search stops at a quote, so when no
    // whitespace came before one, quick-xml's rule finds the end of the name.
    let name_length = match space {
        Some(space) => space,
        None if quoted => name_len(content),
        None => content.len(),
    };
    let attributes = content[name_length..]
        .iter()
        .any(|byte| !is_whitespace(*byte));
    Some(Token::Start(StartTag {
        length,
        name_length,
        empty,
        attributes,
        quoted,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_up_to_markup() {
        let text = |length, plain| Some(Token::Text { length, plain });
        assert_eq!(next_token(b"ab<c>", false), text(2, true));
        assert_eq!(next_token(b"a&amp;b<c>", false), text(7, false));
    }

    #[test]
    fn text_needs_more_until_the_end() {
        assert_eq!(next_token(b"abc", false), None);
        assert_eq!(
            next_token(b"abc", true),
            Some(Token::Text {
                length: 3,
                plain: true
            })
        );
    }

    #[test]
    fn start_tags_without_attributes() {
        let start = |length, name_length, empty| {
            Some(Token::Start(StartTag {
                length,
                name_length,
                empty,
                attributes: false,
                quoted: false,
            }))
        };
        assert_eq!(next_token(b"<a>x", false), start(3, 1, false));
        assert_eq!(next_token(b"<ab/>", false), start(5, 2, true));
        assert_eq!(next_token(b"<a:b \n>", false), start(7, 3, false));
        assert_eq!(next_token(b"<a />", false), start(5, 1, true));
        // quick-xml reads `<a/ >` as a start tag named `a/`, which the name checks then see.
        assert_eq!(next_token(b"<a/ >", false), start(5, 2, false));
    }

    #[test]
    fn start_tags_with_attributes() {
        let start = |length, name_length, empty| {
            Some(Token::Start(StartTag {
                length,
                name_length,
                empty,
                attributes: true,
                quoted: true,
            }))
        };
        assert_eq!(
            next_token(b"<a b>", false),
            Some(Token::Start(StartTag {
                length: 5,
                name_length: 1,
                empty: false,
                attributes: true,
                quoted: false,
            }))
        );
        assert_eq!(next_token(b"<a b=\"/>\"/>", false), start(11, 1, true));
        assert_eq!(
            next_token(b"<a b='>' c=\">\">x", false),
            start(15, 1, false)
        );
    }

    #[test]
    fn end_tags() {
        assert_eq!(next_token(b"</a >", false), Some(Token::End { length: 5 }));
    }

    const UNFINISHED_MARKUP: [&[u8]; 5] = [b"<", b"<a", b"</a", b"<a b", b"<a b='>"];

    #[test]
    fn unfinished_markup_needs_more_bytes() {
        for markup in UNFINISHED_MARKUP {
            assert_eq!(next_token(markup, false), None, "{markup:?}");
        }
    }

    #[test]
    fn unfinished_markup_at_document_end() {
        for markup in UNFINISHED_MARKUP {
            assert_eq!(next_token(markup, true), Some(Token::Other), "{markup:?}");
        }
    }

    #[test]
    fn other_markup_goes_to_quick_xml() {
        for markup in [
            b"<!-- c -->".as_slice(),
            b"<?xml?>",
            b"<![CDATA[x]]>",
            b"<!",
        ] {
            assert_eq!(next_token(markup, false), Some(Token::Other), "{markup:?}");
        }
    }

    #[test]
    fn end_of_document() {
        assert_eq!(next_token(b"", true), Some(Token::Eof));
        assert_eq!(next_token(b"", false), None);
    }
}
