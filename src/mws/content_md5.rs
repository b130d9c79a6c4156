//! Content-MD5 of a feed body (RFC 1864): base64 of the raw 16-byte MD5 digest.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use md5::{Digest, Md5};

/// Computes base64(MD5(body)) over the exact bytes sent, not base64 of the hex digest.
#[must_use]
pub fn content_md5(body: &[u8]) -> String {
    // Content-MD5 = Base64(MD5(body)), the 16 raw digest bytes
    STANDARD.encode(Md5::digest(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_body() {
        // MD5("") = d41d8cd98f00b204e9800998ecf8427e
        assert_eq!(content_md5(b""), "1B2M2Y8AsgTpgAmY7PhCfg==");
    }
}
