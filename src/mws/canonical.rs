//! Canonical query of Signature Version 2: RFC 3986 percent-encoding and byte-order sorting.
//!
//! Names and values are byte strings (PHP strings are bytes), so nothing here assumes UTF-8:
//! a UTF-8 value is encoded byte by byte, which is what RFC 3986 asks for.

use std::cmp::Ordering;

use super::percent::{append_encoded, append_encoded_pairs};

/// Appends `bytes` to `out`, percent-encoded per RFC 3986 with upper-case hex.
///
/// Space becomes `%20` (never `+`), `~` stays literal and `*` becomes `%2A`.
#[inline]
pub fn percent_encode_into(bytes: &[u8], out: &mut Vec<u8>) {
    append_encoded(bytes, out);
}

/// Orders two names by their bytes, exactly as `<[u8]>::cmp` does.
///
/// It compares eight bytes at a time inline, because on short parameter names a `memcmp` call
/// per comparison cost more than the comparison itself.
#[must_use]
pub fn compare_names(left: &[u8], right: &[u8]) -> Ordering {
    let common = left.len().min(right.len());
    let (left_head, right_head) = (&left[..common], &right[..common]);
    let mut left_words = left_head.chunks_exact(8);
    let mut right_words = right_head.chunks_exact(8);
    for (left_word, right_word) in (&mut left_words).zip(&mut right_words) {
        let left_word = u64::from_be_bytes(left_word.try_into().unwrap_or_default());
        let right_word = u64::from_be_bytes(right_word.try_into().unwrap_or_default());
        if left_word != right_word {
            return left_word.cmp(&right_word);
        }
    }
    for (left_byte, right_byte) in left_words.remainder().iter().zip(right_words.remainder()) {
        if left_byte != right_byte {
            return left_byte.cmp(right_byte);
        }
    }
    left.len().cmp(&right.len())
}

/// Returns `bytes` percent-encoded per RFC 3986 (see [`percent_encode_into`]).
#[must_use]
pub fn percent_encode(bytes: &[u8]) -> String {
    let mut out = Vec::with_capacity(bytes.len() * 3);
    percent_encode_into(bytes, &mut out);
    ascii_string(out)
}

/// Converts encoder output, which is ASCII by construction, into a `String`.
fn ascii_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// Builds the canonical query from (name, value) pairs.
///
/// `Signature` is left out; the others are sorted by name in byte order (`AWSAccessKeyId` before
/// `Action`, `Id.10` before `Id.2`), then written as `name=value` joined by `&`, both sides
/// percent-encoded. Sorting happens on the raw names, before encoding. A name given twice is
/// written once with its last value, as PHP keeps one key: an array can hold both the string key
/// "5" (from `compact()`) and the int key 5.
#[must_use]
pub fn canonical_query<N, V>(parameters: &[(N, V)]) -> String
where
    N: AsRef<[u8]>,
    V: AsRef<[u8]>,
{
    let mut sorted: Vec<(&[u8], &[u8])> = parameters
        .iter()
        .map(|(name, value)| (name.as_ref(), value.as_ref()))
        .collect();
    // A stable sort keeps equal names in their given order, so the last of a run is the value
    // to keep.
    sorted.sort_by(|left, right| compare_names(left.0, right.0));
    let last_of_each_name = sorted
        .iter()
        .enumerate()
        .filter(|&(index, (name, _))| sorted.get(index + 1).is_none_or(|next| next.0 != *name))
        .map(|(_, &pair)| pair);
    let mut query = Vec::new();
    write_sorted_query(last_of_each_name, &mut query);
    ascii_string(query)
}

/// Appends the canonical query of parameters already sorted by name in byte order.
///
/// `Signature` is left out, as in [`canonical_query`].
pub fn write_sorted_query<'p>(
    sorted: impl IntoIterator<Item = (&'p [u8], &'p [u8])>,
    query_out: &mut Vec<u8>,
) {
    // CanonicalizedQueryString = join("&", sort_by_bytes(encode(name) "=" encode(value)))
    let pairs = sorted.into_iter().filter(|(name, _)| *name != b"Signature");
    append_encoded_pairs(pairs, query_out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_bytes_stay() {
        assert_eq!(percent_encode(b"AZaz09-_.~"), "AZaz09-_.~");
    }

    #[test]
    fn space_is_percent_twenty() {
        assert_eq!(percent_encode(b"PS 15"), "PS%2015");
    }

    #[test]
    fn star_and_plus_are_encoded() {
        assert_eq!(percent_encode(b"*+"), "%2A%2B");
    }

    #[test]
    fn hex_is_upper_case() {
        assert_eq!(percent_encode("ä".as_bytes()), "%C3%A4");
    }

    #[test]
    fn percent_is_encoded_once() {
        assert_eq!(percent_encode(b"a%20b"), "a%2520b");
    }

    #[test]
    fn control_bytes_are_encoded() {
        assert_eq!(percent_encode(b"\t\n\r\0"), "%09%0A%0D%00");
    }

    #[test]
    fn sort_is_byte_order() {
        let parameters = [
            ("Id.2", "b"),
            ("Id.10", "a"),
            ("Action", "x"),
            ("AWSAccessKeyId", "k"),
        ];
        assert_eq!(
            canonical_query(&parameters),
            "AWSAccessKeyId=k&Action=x&Id.10=a&Id.2=b"
        );
    }

    #[test]
    fn repeated_name_keeps_its_last_value() {
        let parameters = [("5", "first"), ("A", "x"), ("5", "last")];
        assert_eq!(canonical_query(&parameters), "5=last&A=x");
    }

    #[test]
    fn signature_is_left_out() {
        let parameters = [("Signature", "s"), ("SignatureMethod", "HmacSHA256")];
        assert_eq!(canonical_query(&parameters), "SignatureMethod=HmacSHA256");
    }

    #[test]
    fn empty_value_keeps_equals_sign() {
        assert_eq!(canonical_query(&[("Note", "")]), "Note=");
    }

    #[test]
    fn no_parameters_give_empty_query() {
        let parameters: [(&str, &str); 0] = [];
        assert_eq!(canonical_query(&parameters), "");
    }

    #[test]
    fn every_byte_encodes_alone_and_in_runs() {
        for byte in 0..=255u8 {
            let expected = if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            };
            assert_eq!(percent_encode(&[byte]), expected, "byte {byte}");
            assert_eq!(
                percent_encode(&[byte; 9]),
                expected.repeat(9),
                "byte {byte}"
            );
        }
    }

    #[test]
    fn encoding_appends_to_buffer() {
        let mut out = b"a=".to_vec();
        percent_encode_into(b"x y", &mut out);
        percent_encode_into(b"z", &mut out);
        assert_eq!(out, b"a=x%20yz");
    }

    #[test]
    fn names_compare_as_slices() {
        let names: [&[u8]; 12] = [
            b"",
            b"A",
            b"AWSAccessKeyId",
            b"Action",
            b"Id.10",
            b"Id.2",
            b"Id",
            b"Id\0",
            b"OrderStatus.Status.1",
            b"OrderStatus.Status.10",
            b"OrderStatus.Status",
            b"\xFFname",
        ];
        for left in names {
            for right in names {
                assert_eq!(
                    compare_names(left, right),
                    left.cmp(right),
                    "{left:?} {right:?}"
                );
            }
        }
    }
}
