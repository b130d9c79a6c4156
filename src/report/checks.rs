//! Checks of text, attributes and declarations, with the messages of `XmlStream`.
//!
//! They repeat the private checks of `crate::mws::response::element`, so the report stream
//! rejects the same documents with the same messages as the element tree that MWS responses
//! are read into. `super::tests` compares the two on generated and broken reports.
//!
//! NOTE: a message changed in `crate::mws::response::element` must be changed here too. The
//! comparison tests fail until it is.

use std::borrow::Cow;
use std::str::Utf8Error;

use quick_xml::events::BytesDecl;

use crate::mws::response::ParseError;
use crate::xml::read::first_control_character;

/// Builds the error for a document that is not well-formed at byte `position`.
pub(super) fn malformed(position: u64, detail: &str) -> ParseError {
    ParseError::Malformed(format!("{detail} near byte {position}"))
}

pub(super) fn utf8(bytes: &[u8], position: u64) -> Result<&str, ParseError> {
    to_str(bytes).map_err(|_| malformed(position, "bytes that are not UTF-8"))
}

/// Converts bytes to text as `std::str::from_utf8` does, reading ASCII a word at a time.
///
/// `from_utf8` checks a short slice that does not start on a word boundary byte by byte, and
/// names and texts in a report are mostly a few ASCII bytes at any offset.
pub(super) fn to_str(bytes: &[u8]) -> Result<&str, Utf8Error> {
    if bytes.is_ascii() {
        // SAFETY: every byte is below 0x80, and ASCII is valid UTF-8.
        return Ok(unsafe { std::str::from_utf8_unchecked(bytes) });
    }
    std::str::from_utf8(bytes)
}

/// Decodes and unescapes text as quick-xml's `BytesText::unescape` does, with its errors.
pub(super) fn unescape_text(bytes: &[u8]) -> Result<Cow<'_, str>, quick_xml::Error> {
    let text = to_str(bytes).map_err(|error| quick_xml::Error::Encoding(error.into()))?;
    Ok(quick_xml::escape::unescape(text)?)
}

/// Decodes, unescapes and checks the text or attribute value at `position`. `plain` means that
/// every byte is printable ASCII other than `&` (see [`super::scan`]), which needs none of that.
pub(super) fn read_characters(
    bytes: &[u8],
    plain: bool,
    position: u64,
) -> Result<Cow<'_, str>, ParseError> {
    if plain {
        return utf8(bytes, position).map(Cow::Borrowed);
    }
    let text = unescape_text(bytes).map_err(|error| malformed(position, &error.to_string()))?;
    check_characters(&text, position)?;
    Ok(text)
}

/// Rejects the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return, and U+FFFE, U+FFFF), as libxml does.
pub(super) fn check_characters(text: &str, position: u64) -> Result<(), ParseError> {
    // U+FFFE and U+FFFF are not ASCII: the word-wise ASCII test skips the search by character.
    let forbidden = first_control_character(text.as_bytes()).is_some()
        || (!text.is_ascii() && text.contains(['\u{fffe}', '\u{ffff}']));
    if forbidden {
        return Err(malformed(
            position,
            "a character that XML 1.0 does not allow",
        ));
    }
    Ok(())
}

/// Rejects a declared encoding other than UTF-8.
pub(super) fn check_declaration(
    declaration: &BytesDecl<'_>,
    position: u64,
) -> Result<(), ParseError> {
    let Some(encoding) = declaration.encoding() else {
        return Ok(());
    };
    let encoding = encoding.map_err(|error| malformed(position, &error.to_string()))?;
    if encoding.eq_ignore_ascii_case(b"utf-8") {
        return Ok(());
    }
    let declared = String::from_utf8_lossy(&encoding).into_owned();
    Err(ParseError::Malformed(format!(
        "the document declares encoding \"{declared}\": only UTF-8 is accepted"
    )))
}
