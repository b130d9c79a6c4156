//! Decoding and checks of text and attribute values, with the messages of `XmlStream`.
//!
//! The character, declaration and error checks are `XmlStream`'s own, re-exported, so the report
//! stream rejects the same documents with the same messages as the element tree that MWS
//! responses are read into. `super::tests` compares the two on generated and broken reports.

use std::borrow::Cow;
use std::str::Utf8Error;

pub(super) use crate::mws::response::element::{check_characters, check_declaration, malformed};
use crate::mws::response::ParseError;

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
