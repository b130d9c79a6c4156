//! Attributes in the plain form `key="value"`, found without quick-xml's attribute iterator.
//!
//! quick-xml's iterator handles every form XML allows and allocates for its check of repeated
//! names, and report tags carry one or two plain attributes, such as `currency="INR"`.
//! [`plain_attributes`] accepts only a form that quick-xml reads into the same names and values,
//! and that needs no namespace check. For anything else it returns false, and the stream reads
//! the tag with quick-xml: namespace declarations, prefixed names, whitespace around `=`,
//! repeated names, unquoted values and the errors quick-xml reports.

use std::ops::Range;

use quick_xml::utils::is_whitespace;

/// The name and the value (between the quotes, not unescaped) of one attribute, as ranges of
/// the bytes given to [`plain_attributes`].
pub(super) type AttributeSpan = (Range<usize>, Range<usize>);

/// Finds the attributes in `bytes`, the part of a start tag after its name, and stores them in
/// `found` in document order. Returns false when `bytes` is not a list of plain attributes.
///
/// A plain attribute is a name without `:` other than `xmlns`, then `=`, then a value in double
/// or single quotes. Attributes are separated by optional XML whitespace, as quick-xml allows,
/// and no name appears twice.
pub(super) fn plain_attributes(bytes: &[u8], found: &mut Vec<AttributeSpan>) -> bool {
    found.clear();
    let mut at = 0;
    loop {
        while bytes.get(at).is_some_and(|byte| is_whitespace(*byte)) {
            at += 1;
        }
        if at == bytes.len() {
            return true;
        }
        let key_start = at;
        while bytes
            .get(at)
            .is_some_and(|byte| !matches!(byte, b'=' | b':') && !is_whitespace(*byte))
        {
            at += 1;
        }
        let key = key_start..at;
        if bytes.get(at) != Some(&b'=') || key.is_empty() || &bytes[key.clone()] == b"xmlns" {
            return false;
        }
        let quote = match bytes.get(at + 1) {
            Some(quote @ (b'"' | b'\'')) => *quote,
            _ => return false,
        };
        let value_start = at + 2;
        let Some(value_length) = memchr::memchr(quote, &bytes[value_start..]) else {
            return false;
        };
        let value = value_start..value_start + value_length;
        if found
            .iter()
            .any(|(seen, _)| bytes[seen.clone()] == bytes[key.clone()])
        {
            return false;
        }
        at = value.end + 1;
        found.push((key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(bytes: &[u8]) -> Option<Vec<(&[u8], &[u8])>> {
        let mut found = Vec::new();
        plain_attributes(bytes, &mut found).then(|| {
            found
                .into_iter()
                .map(|(key, value)| (&bytes[key], &bytes[value]))
                .collect()
        })
    }

    #[test]
    fn plain_forms_are_found() {
        assert_eq!(spans(b""), Some(vec![]));
        assert_eq!(spans(b" \t"), Some(vec![]));
        assert_eq!(
            spans(b" currency=\"INR\""),
            Some(vec![(b"currency".as_slice(), b"INR".as_slice())])
        );
        assert_eq!(
            spans(b"\na='1'b=\"x>'&amp;\" "),
            Some(vec![
                (b"a".as_slice(), b"1".as_slice()),
                (b"b".as_slice(), b"x>'&amp;".as_slice()),
            ])
        );
        assert_eq!(
            spans(b" a=\"\""),
            Some(vec![(b"a".as_slice(), b"".as_slice())])
        );
    }

    #[test]
    fn other_forms_are_left_to_quick_xml() {
        for bytes in [
            b" x:a=\"1\"".as_slice(),
            b" xmlns=\"urn:a\"",
            b" xmlns:a=\"urn:a\"",
            b" a = \"1\"",
            b" a=1",
            b" a",
            b" =\"1\"",
            b" a=\"1",
            b" a=\"1\" a=\"2\"",
            b" a=\"1\"/",
        ] {
            assert_eq!(spans(bytes), None, "{}", String::from_utf8_lossy(bytes));
        }
    }
}
