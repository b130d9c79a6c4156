//! Searches of report bytes eight at a time (SWAR: SIMD within a register).
//!
//! Text between tags is mostly a few ASCII bytes, too short for `memchr`'s vector loop to pay
//! for its set-up. Each function here reads a `u64` per eight bytes and marks the bytes it
//! looks for in their high bit. The lowest marked byte of a word is always a real match; marks
//! above it may be false, so only the lowest is used.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Marks the bytes of `word` equal to `byte`: a byte is zero after XOR exactly when it was
/// equal, and subtracting one from a zero byte borrows into its high bit.
fn equal_bytes(word: u64, byte: u8) -> u64 {
    let difference = word ^ (ONES * u64::from(byte));
    difference.wrapping_sub(ONES) & !difference & HIGH_BITS
}

/// Marks the bytes of `word` that keep text from being plain: 0x80 and above (not ASCII),
/// below 0x20 (control characters, and tab and line breaks), and `&` (a reference).
fn special_bytes(word: u64) -> u64 {
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    (word | below_space) & HIGH_BITS | equal_bytes(word, b'&')
}

fn is_plain_byte(byte: u8) -> bool {
    (0x20..0x80).contains(&byte) && byte != b'&'
}

fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at + 8)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// Byte index of the lowest marked byte of a non-zero mask.
fn lowest(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// Finds the end of the text at the start of `bytes`: returns the index of the first `<`, or
/// `None` when there is none, and whether every byte before it is plain (printable ASCII, 0x20
/// to 0x7F, other than `&`).
pub(super) fn scan_text(bytes: &[u8]) -> (Option<usize>, bool) {
    let mut plain = true;
    let mut at = 0;
    while let Some(word) = word_at(bytes, at) {
        let markup = equal_bytes(word, b'<');
        let special = special_bytes(word);
        if special != 0 && (markup == 0 || lowest(special) < lowest(markup)) {
            plain = false;
        }
        if markup != 0 {
            return (Some(at + lowest(markup)), plain);
        }
        at += 8;
    }
    for (offset, &byte) in bytes[at..].iter().enumerate() {
        if byte == b'<' {
            return (Some(at + offset), plain);
        }
        plain &= is_plain_byte(byte);
    }
    (None, plain)
}

/// Returns true when every byte is plain (see [`scan_text`]).
pub(super) fn is_plain(bytes: &[u8]) -> bool {
    let mut at = 0;
    while let Some(word) = word_at(bytes, at) {
        if special_bytes(word) != 0 {
            return false;
        }
        at += 8;
    }
    bytes[at..].iter().all(|byte| is_plain_byte(*byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Computes the results of [`scan_text`] byte by byte.
    fn scan_text_slowly(bytes: &[u8]) -> (Option<usize>, bool) {
        let end = bytes.iter().position(|byte| *byte == b'<');
        let text = &bytes[..end.unwrap_or(bytes.len())];
        (end, text.iter().all(|byte| is_plain_byte(*byte)))
    }

    #[test]
    fn every_byte_at_every_offset() {
        for length in [1, 7, 8, 9, 16, 17, 24] {
            for at in 0..length {
                for byte in 0..=255u8 {
                    let mut bytes = vec![b'a'; length];
                    bytes[at] = byte;
                    assert_eq!(
                        scan_text(&bytes),
                        scan_text_slowly(&bytes),
                        "{length}/{at}/{byte:#x}"
                    );
                    assert_eq!(
                        is_plain(&bytes),
                        is_plain_byte(byte),
                        "{length}/{at}/{byte:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn random_mixes_of_marked_bytes() {
        const ALPHABET: [u8; 12] = [
            b'<', b'&', b'=', b';', 0x00, 0x01, 0x1F, 0x20, 0x7F, 0x80, 0xFF, b'a',
        ];
        let mut state: u64 = 1;
        for case in 0..20_000 {
            let mut bytes = Vec::new();
            for _ in 0..case % 29 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                bytes.push(ALPHABET[(state >> 33) as usize % ALPHABET.len()]);
            }
            assert_eq!(scan_text(&bytes), scan_text_slowly(&bytes), "{bytes:?}");
            let plain = bytes.iter().all(|byte| is_plain_byte(*byte));
            assert_eq!(is_plain(&bytes), plain, "{bytes:?}");
        }
    }

    #[test]
    fn special_byte_before_or_after_markup() {
        assert_eq!(scan_text(b"abcdefg&<ijklmno"), (Some(8), false));
        assert_eq!(scan_text(b"abcdefgh<&jklmno"), (Some(8), true));
        assert_eq!(scan_text(b"ab\x01<\x01\x01\x01\x01\x01"), (Some(3), false));
        assert_eq!(scan_text(b"ab<\x01\x01\x01\x01\x01\x01"), (Some(2), true));
        assert_eq!(scan_text("नमस्ते<".as_bytes()), (Some(18), false));
        assert_eq!(scan_text(b""), (None, true));
    }

    #[test]
    fn two_marked_bytes_in_a_word() {
        // A match below a second one: the borrow from the first may mark the second falsely.
        assert_eq!(scan_text(b"\x00<aaaaaa"), (Some(1), false));
        assert_eq!(scan_text(b"a<<aaaaa"), (Some(1), true));
        assert_eq!(scan_text(b"&&<aaaaa"), (Some(2), false));
        assert_eq!(scan_text(b"=<aaaaaa"), (Some(1), true));
    }
}
