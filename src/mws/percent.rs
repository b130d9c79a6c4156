//! RFC 3986 percent-encoding of one name or value, sixteen bytes at a time.
//!
//! Bytes `A-Z a-z 0-9 - _ . ~` (unreserved) stay as they are; every other byte becomes `%XX`
//! with upper-case hex. Space is `%20` (never `+`) and `*` is `%2A`.
//!
//! Most names and values of a signed request are unreserved throughout. On x86_64 the encoder
//! classifies sixteen bytes in about fifteen SSE2 instructions, which every x86_64 processor
//! has, and stores them in one, copying up to the first byte that needs an escape. A byte-wise
//! table lookup followed by a `memcpy` call had cost about ten instructions per byte of a short
//! value. Other targets go byte by byte through the table.

/// 1 for the RFC 3986 unreserved bytes `A-Z a-z 0-9 - _ . ~`, else 0. The SSE2 encoder computes
/// the same classes; the tests hold it to this table.
#[cfg(any(test, not(target_arch = "x86_64")))]
const UNRESERVED: [u8; 256] = unreserved_table();

#[cfg(any(test, not(target_arch = "x86_64")))]
const fn unreserved_table() -> [u8; 256] {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        // Unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" (RFC 3986, section 2.3)
        let unreserved =
            b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' || b == b'~';
        table[byte] = unreserved as u8;
        byte += 1;
    }
    table
}

/// Upper-case hexadecimal digits of a `%XX` escape.
const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// The `%XX` escape of every byte.
const ESCAPES: [[u8; 3]; 256] = escape_table();

const fn escape_table() -> [[u8; 3]; 256] {
    let mut table = [[0; 3]; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = [b'%', HEX_DIGITS[byte >> 4], HEX_DIGITS[byte & 0x0F]];
        byte += 1;
    }
    table
}

/// Appends `bytes` to `out`, percent-encoded.
#[inline]
pub fn append_encoded(bytes: &[u8], out: &mut Vec<u8>) {
    #[cfg(target_arch = "x86_64")]
    {
        sse2::append_encoded(bytes, out);
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        for &byte in bytes {
            if UNRESERVED[usize::from(byte)] == 1 {
                out.push(byte);
            } else {
                out.extend_from_slice(&ESCAPES[usize::from(byte)]);
            }
        }
    }
}

/// Appends `name=value` pairs joined by `&`, names and values percent-encoded.
///
/// One call for the whole query, rather than one per name and value, lets the compiler keep the
/// encoder's constants in registers from one string to the next.
pub fn append_encoded_pairs<'p>(
    pairs: impl Iterator<Item = (&'p [u8], &'p [u8])>,
    out: &mut Vec<u8>,
) {
    #[cfg(target_arch = "x86_64")]
    {
        sse2::append_pairs(pairs, out);
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        append_pairs_with(pairs, out, append_encoded);
    }
}

/// Writes the pairs with `encode` for each name and value.
#[inline]
fn append_pairs_with<'p>(
    pairs: impl Iterator<Item = (&'p [u8], &'p [u8])>,
    out: &mut Vec<u8>,
    mut encode: impl FnMut(&[u8], &mut Vec<u8>),
) {
    // The buffer is moved into a local for the loop, which lets the compiler keep its length in
    // a register in place of reloading it through the reference after every write.
    let mut local = std::mem::take(out);
    for (index, (name, value)) in pairs.enumerate() {
        if index > 0 {
            local.push(b'&');
        }
        encode(name, &mut local);
        local.push(b'=');
        encode(value, &mut local);
    }
    *out = local;
}

/// The x86_64 encoder.
///
/// The SSE2 intrinsics are `unsafe` to call from functions without `#[target_feature]`, but SSE2
/// is part of the x86_64 baseline, so every x86_64 processor runs them and every call below is
/// sound. The functions do without `#[target_feature]` so that they can be inlined into the
/// query loop, which keeps the classifier's constants in registers from one string to the next.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_set_epi64x, _mm_storeu_si128,
        _mm_sub_epi8,
    };

    use super::{append_pairs_with, ESCAPES};

    /// Bytes per block.
    const BLOCK: usize = 16;

    #[inline]
    pub fn append_encoded(bytes: &[u8], out: &mut Vec<u8>) {
        append_blocks(bytes, out);
    }

    pub fn append_pairs<'p>(pairs: impl Iterator<Item = (&'p [u8], &'p [u8])>, out: &mut Vec<u8>) {
        append_pairs_with(pairs, out, append_blocks);
    }

    /// Appends `bytes` percent-encoded. Each step stores a whole block into the spare capacity,
    /// keeps the bytes before the first one that needs an escape, and writes that escape.
    #[inline(always)]
    fn append_blocks(bytes: &[u8], out: &mut Vec<u8>) {
        // Invariant at the top of the loop: at least `rest.len() + BLOCK` bytes of spare
        // capacity, room for every remaining byte, a whole last block, and one escape.
        out.reserve(bytes.len() + BLOCK);
        let mut rest = bytes;
        while !rest.is_empty() {
            let block_length = rest.len().min(BLOCK);
            let block = if block_length == BLOCK {
                // SAFETY: `rest` has at least BLOCK bytes, and SSE2 is baseline (see the module).
                unsafe { _mm_loadu_si128(rest.as_ptr().cast()) }
            } else {
                gather(rest)
            };
            // A gathered block is padded with zeros, which are reserved, so only the string's
            // bytes are judged.
            let reserved = reserved_mask(block) & ((1u32 << block_length) - 1);
            let start = out.len();
            let end = out.as_mut_ptr().wrapping_add(start);
            // SAFETY: by the invariant the block fits in the spare capacity after `start`.
            unsafe { _mm_storeu_si128(end.cast(), block) };
            if reserved == 0 {
                // SAFETY: the `block_length` bytes after `start` were just stored.
                unsafe { out.set_len(start + block_length) };
                rest = &rest[block_length..];
                continue;
            }
            let plain = reserved.trailing_zeros() as usize;
            let escape = &ESCAPES[usize::from(rest[plain])];
            // SAFETY: plain < block_length <= rest.len(), so by the invariant the escape fits
            // after the `plain` stored bytes, which are `rest`'s.
            unsafe {
                end.add(plain).copy_from_nonoverlapping(escape.as_ptr(), 3);
                out.set_len(start + plain + 3);
            }
            rest = &rest[plain + 1..];
            // The escape took two bytes more than its byte: restore the invariant.
            out.reserve(rest.len() + BLOCK);
        }
    }

    /// Loads a string of at most sixteen bytes into a block padded with zeros.
    ///
    /// It reads with two overlapping loads of a fixed width, as `memcpy` does for small sizes,
    /// and joins them in registers. Writing the bytes to a stack buffer and loading that as one
    /// block stalled the load for as long as the check took, because the processor cannot
    /// forward several narrow stores into one wide load.
    #[inline(always)]
    fn gather(bytes: &[u8]) -> __m128i {
        let length = bytes.len();
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default());
        let half = |at: usize| {
            u64::from(u32::from_le_bytes(
                bytes[at..at + 4].try_into().unwrap_or_default(),
            ))
        };
        // The second load ends at the last byte and overlaps the first. Shifting out the
        // overlapped bytes puts the rest in place and fills the padding with zeros.
        let (low, high) = match length {
            9..=BLOCK => (word(0), word(length - 8) >> (8 * (BLOCK - length))),
            8 => (word(0), 0),
            5..=7 => (half(0) | (half(length - 4) >> (8 * (8 - length))) << 32, 0),
            4 => (half(0), 0),
            1..=3 => {
                // First, middle and last byte cover every length from one to three.
                let byte = |at: usize| u64::from(bytes[at]) << (8 * at);
                (byte(0) | byte(length / 2) | byte(length - 1), 0)
            }
            _ => (0, 0),
        };
        // SAFETY: SSE2 is baseline (see the module).
        unsafe { _mm_set_epi64x(high as i64, low as i64) }
    }

    /// Returns a bit mask with bit `i` set when byte `i` of the block is reserved.
    #[inline(always)]
    fn reserved_mask(block: __m128i) -> u32 {
        // SAFETY: SSE2 is baseline (see the module).
        unsafe {
            // Setting bit 5 folds A-Z onto a-z and moves no other byte into a-z.
            let letter = in_range(_mm_or_si128(block, splat(0x20)), b'a', b'z');
            // '-' and '.' sit just before '/' and the digits: one range, minus '/'.
            let digit_dash_dot = _mm_andnot_si128(equal(block, b'/'), in_range(block, b'-', b'9'));
            let unreserved = _mm_or_si128(
                _mm_or_si128(letter, digit_dash_dot),
                _mm_or_si128(equal(block, b'_'), equal(block, b'~')),
            );
            // One bit per byte, so the mask fits in 16 bits.
            (!_mm_movemask_epi8(unreserved) & 0xFFFF) as u32
        }
    }

    /// 0xFF in each byte lane whose byte lies in `low..=high`, else 0.
    #[inline(always)]
    fn in_range(block: __m128i, low: u8, high: u8) -> __m128i {
        // b in low..=high  <=>  (b - low) mod 256 <= high - low, an unsigned comparison that
        // SSE2 spells min(b - low, high - low) == b - low.
        // SAFETY: SSE2 is baseline (see the module).
        unsafe {
            let shifted = _mm_sub_epi8(block, splat(low));
            _mm_cmpeq_epi8(_mm_min_epu8(shifted, splat(high - low)), shifted)
        }
    }

    /// 0xFF in each byte lane equal to `byte`, else 0.
    #[inline(always)]
    fn equal(block: __m128i, byte: u8) -> __m128i {
        // SAFETY: SSE2 is baseline (see the module).
        unsafe { _mm_cmpeq_epi8(block, splat(byte)) }
    }

    #[inline(always)]
    fn splat(byte: u8) -> __m128i {
        // SAFETY: SSE2 is baseline (see the module).
        unsafe { _mm_set1_epi8(byte as i8) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-wise definition the block encoder must match.
    fn encoded_bytewise(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for &byte in bytes {
            if UNRESERVED[usize::from(byte)] == 1 {
                out.push(byte);
            } else {
                out.extend_from_slice(&ESCAPES[usize::from(byte)]);
            }
        }
        out
    }

    #[test]
    fn every_byte_at_every_position() {
        for length in 1..=40 {
            for position in 0..length {
                for byte in 0..=255u8 {
                    let mut bytes = vec![b'a'; length];
                    bytes[position] = byte;
                    let mut out = b"head".to_vec();
                    append_encoded(&bytes, &mut out);
                    let mut want = b"head".to_vec();
                    want.extend_from_slice(&encoded_bytewise(&bytes));
                    assert_eq!(out, want, "byte {byte} at {position} of {length}");
                }
            }
        }
    }

    #[test]
    fn runs_of_escapes_across_block_edges() {
        for length in 0..=50 {
            let bytes: Vec<u8> = (0..length).map(|index| (index * 37 % 256) as u8).collect();
            let mut out = Vec::new();
            append_encoded(&bytes, &mut out);
            assert_eq!(out, encoded_bytewise(&bytes), "length {length}");
        }
    }

    #[test]
    fn table_matches_rfc_3986() {
        for byte in 0..=255u8 {
            let unreserved = byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte);
            assert_eq!(
                UNRESERVED[usize::from(byte)] == 1,
                unreserved,
                "byte {byte}"
            );
        }
    }
}
