//! HMAC-SHA256 with the key blocks computed once per secret key and thread.
//!
//! HMAC hashes one block derived from the key before the message and one after it. A signed
//! request of twenty parameters hashes about fourteen blocks, so those two are a seventh of the
//! hashing, and with it a twentieth of the whole request. The state after them depends on the
//! key alone, so it is kept for the last key used on the thread, as AWS SDKs keep their derived
//! signing keys.
//!
//! The cached key is compared in constant time, so how long a call takes does not tell how much
//! of a different key matches it. The key stays in this thread's memory until another key
//! replaces it, as it stays in the caller's configuration.

use std::cell::RefCell;

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// The keyed state and the key it was made from.
struct Keyed {
    key: Vec<u8>,
    mac: Hmac<Sha256>,
}

thread_local! {
    static LAST_KEY: RefCell<Option<Keyed>> = const { RefCell::new(None) };
}

/// Returns HMAC-SHA256(key, message).
#[must_use]
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac = keyed(key);
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// Returns a fresh HMAC-SHA256 state keyed with `key`, from the cache when it contains that key.
fn keyed(key: &[u8]) -> Hmac<Sha256> {
    LAST_KEY.with_borrow_mut(|last| {
        if let Some(keyed) = last.as_ref() {
            if bool::from(keyed.key.as_slice().ct_eq(key)) {
                return keyed.mac.clone();
            }
        }
        let mac = Hmac::<Sha256>::new_from_slice(key)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        *last = Some(Keyed {
            key: key.to_vec(),
            mac: mac.clone(),
        });
        mac
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uncached(key: &[u8], message: &[u8]) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
        mac.update(message);
        mac.finalize().into_bytes().into()
    }

    #[test]
    fn alternating_keys_give_each_key_its_own_mac() {
        let keys: [&[u8]; 5] = [b"first", b"second", b"", &[7; 64], &[9; 100]];
        for round in 0..3 {
            for key in keys {
                for message in [&b""[..], b"POST\nhost\n/\nA=1", &[0xFF; 200]] {
                    assert_eq!(
                        hmac_sha256(key, message),
                        uncached(key, message),
                        "round {round}, key of {} bytes",
                        key.len()
                    );
                }
            }
        }
    }

    #[test]
    fn longer_or_shorter_key_misses_cache() {
        assert_eq!(hmac_sha256(b"secret", b"m"), uncached(b"secret", b"m"));
        assert_eq!(hmac_sha256(b"secret2", b"m"), uncached(b"secret2", b"m"));
        assert_eq!(hmac_sha256(b"secre", b"m"), uncached(b"secre", b"m"));
    }

    #[test]
    fn rfc_4231_case_2() {
        // Key "Jefe", data "what do ya want for nothing?"
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        let hex: String = mac.iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(hex, expected);
    }
}
