//! IOPN request signature: base64(HMAC-SHA1(secret key, UUID followed directly by Timestamp)).

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// Computes the signature Amazon sends for this UUID and Timestamp, over their exact bytes.
pub fn calculate_signature(secret_key: &[u8], uuid: &[u8], timestamp: &[u8]) -> String {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    let mut mac = match Hmac::<Sha1>::new_from_slice(secret_key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    };
    // string to sign = UUID + Timestamp, with no separator
    mac.update(uuid);
    mac.update(timestamp);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `signature` equals the expected one, compared in constant time for equal lengths.
pub fn signature_matches(
    secret_key: &[u8],
    uuid: &[u8],
    timestamp: &[u8],
    signature: &[u8],
) -> bool {
    let expected = calculate_signature(secret_key, uuid, timestamp);
    bool::from(expected.as_bytes().ct_eq(signature))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_uuid_then_timestamp() {
        let signature = calculate_signature(
            b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            b"5d1769d2-b217-4981-a499-fbad1b9acf15",
            b"2009-01-20T06:41:20.471Z",
        );
        assert_eq!(signature, "8ZuTztTtg71YTvL5QJiSqMbdqNA=");
    }

    #[test]
    fn space_for_plus_does_not_match() {
        let secret = b"pwaExampleSecret/Key+0123456789abcdefghij";
        let uuid = b"0b6f3c1e-4c2a-4f55-9d7e-000000000019";
        let timestamp = b"2015-06-01T10:15:31.250Z";
        assert!(signature_matches(
            secret,
            uuid,
            timestamp,
            b"YU+unJBQsKz0/KeHHFgsDo1KVBw="
        ));
        assert!(!signature_matches(
            secret,
            uuid,
            timestamp,
            b"YU unJBQsKz0/KeHHFgsDo1KVBw="
        ));
    }
}
