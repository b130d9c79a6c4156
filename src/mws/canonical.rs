//! Canonical query of Signature Version 2: RFC 3986 percent-encoding and byte-order sorting.
//!
//! Names and values are byte strings (PHP strings are bytes), so nothing here assumes UTF-8:
//! a UTF-8 value is encoded byte by byte, which is what RFC 3986 asks for.

/// Upper-case hexadecimal digits of a `%XX` escape.
const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// `true` for the RFC 3986 unreserved bytes `A-Z a-z 0-9 - _ . ~`, which stay as they are.
const UNRESERVED: [bool; 256] = unreserved_table();

const fn unreserved_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' || b == b'~';
        byte += 1;
    }
    table
}

/// Appends `bytes` to `out`, percent-encoded per RFC 3986 with upper-case hex.
///
/// Space becomes `%20` (never `+`), `~` stays literal and `*` becomes `%2A`. Runs of unreserved
/// bytes are copied in one piece.
pub fn percent_encode_into(bytes: &[u8], out: &mut Vec<u8>) {
    out.reserve(bytes.len());
    let mut run_start = 0;
    for (index, &byte) in bytes.iter().enumerate() {
        if !UNRESERVED[usize::from(byte)] {
            out.extend_from_slice(&bytes[run_start..index]);
            let escape = [
                b'%',
                HEX_DIGITS[usize::from(byte >> 4)],
                HEX_DIGITS[usize::from(byte & 0x0F)],
            ];
            out.extend_from_slice(&escape);
            run_start = index + 1;
        }
    }
    out.extend_from_slice(&bytes[run_start..]);
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
/// percent-encoded. Sorting happens on the raw names, before encoding. Names are expected to be
/// unique, as the keys of a PHP array are.
#[must_use]
pub fn canonical_query<N, V>(parameters: &[(N, V)]) -> String
where
    N: AsRef<[u8]>,
    V: AsRef<[u8]>,
{
    let mut sorted: Vec<(&[u8], &[u8])> = parameters
        .iter()
        .map(|(name, value)| (name.as_ref(), value.as_ref()))
        .filter(|(name, _)| *name != b"Signature")
        .collect();
    // CanonicalizedQueryString = join("&", sort_by_bytes(encode(name) "=" encode(value)))
    // The request builder passes its parameters already sorted, so check before sorting.
    if !sorted.is_sorted_by(|left, right| left.0 <= right.0) {
        sorted.sort_unstable_by(|left, right| left.0.cmp(right.0));
    }

    let length: usize = sorted
        .iter()
        .map(|(name, value)| name.len() + value.len() + 2)
        .sum();
    let mut query = Vec::with_capacity(length + length / 2);
    for (index, (name, value)) in sorted.iter().enumerate() {
        if index > 0 {
            query.push(b'&');
        }
        percent_encode_into(name, &mut query);
        query.push(b'=');
        percent_encode_into(value, &mut query);
    }
    ascii_string(query)
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
}
