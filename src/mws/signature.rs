//! Signature Version 2: the string to sign and its HMAC.
//!
//! StringToSign = HTTPMethod "\n" lower(Host) "\n" Path "\n" CanonicalizedQueryString, and
//! Signature = base64(HMAC(SecretKey, StringToSign)), as the MWS Developer Guide ("Signing a
//! query request") and the AWS Signature Version 2 documentation define them.

use std::borrow::Cow;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use super::canonical::canonical_query;
use super::error::MwsError;
use super::keyed_mac::hmac_sha256;

/// The HMAC a request is signed with, as named in its `SignatureMethod` parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureMethod {
    HmacSha256,
    HmacSha1,
}

impl SignatureMethod {
    /// Parses `HmacSHA256` or `HmacSHA1` (exact spelling).
    ///
    /// # Errors
    ///
    /// Another name gives an `InvalidField` error on `signature_method`.
    pub fn parse(name: &[u8]) -> Result<Self, MwsError> {
        match name {
            b"HmacSHA256" => Ok(SignatureMethod::HmacSha256),
            b"HmacSHA1" => Ok(SignatureMethod::HmacSha1),
            _ => {
                let value = String::from_utf8_lossy(name);
                Err(MwsError::invalid_field(
                    "signature_method",
                    &value,
                    format!(
                        "invalid MWS signature method \"{value}\": use HmacSHA256 (or HmacSHA1)"
                    ),
                ))
            }
        }
    }

    /// The parameter value, `HmacSHA256` or `HmacSHA1`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureMethod::HmacSha256 => "HmacSHA256",
            SignatureMethod::HmacSha1 => "HmacSHA1",
        }
    }
}

/// Parses the HTTP method of a signed request: `GET` or `POST`, in any letter case.
///
/// # Errors
///
/// Another method gives an `InvalidField` error on `method`.
pub fn parse_http_method(method: &[u8]) -> Result<&'static str, MwsError> {
    if method.eq_ignore_ascii_case(b"POST") {
        return Ok("POST");
    }
    if method.eq_ignore_ascii_case(b"GET") {
        return Ok("GET");
    }
    let value = String::from_utf8_lossy(method);
    Err(MwsError::invalid_field(
        "method",
        &value,
        format!("invalid HTTP method \"{value}\" for MWS: use POST or GET"),
    ))
}

/// Returns the host as signed: lower case, without a trailing `:443` or `:80`.
///
/// # Errors
///
/// An empty host gives an `InvalidField` error on `host`.
pub fn signed_host(host: &[u8]) -> Result<Cow<'_, [u8]>, MwsError> {
    let host = host
        .strip_suffix(b":443")
        .or_else(|| host.strip_suffix(b":80"))
        .unwrap_or(host);
    if host.is_empty() {
        return Err(MwsError::invalid_field(
            "host",
            "",
            "missing MWS host: pass the endpoint's host, e.g. mws.amazonservices.in".to_owned(),
        ));
    }
    // A region host or a parsed endpoint is lower case already, and needs no copy.
    if host.iter().any(u8::is_ascii_uppercase) {
        Ok(Cow::Owned(host.to_ascii_lowercase()))
    } else {
        Ok(Cow::Borrowed(host))
    }
}

/// Builds the string to sign from an already built canonical query.
///
/// An empty path is signed as `/`. Lines are joined by `\n` only.
///
/// # Errors
///
/// An invalid method or an empty host (see [`parse_http_method`], [`signed_host`]).
pub fn string_to_sign_from_query(
    method: &[u8],
    host: &[u8],
    path: &[u8],
    canonical_query: &str,
) -> Result<Vec<u8>, MwsError> {
    let mut text = Vec::with_capacity(host.len() + path.len() + canonical_query.len() + 8);
    write_string_to_sign_head(method, host, path, &mut text)?;
    text.extend_from_slice(canonical_query.as_bytes());
    Ok(text)
}

/// Appends the three lines that precede the canonical query in the string to sign, each ended by
/// `\n`, so that the caller can write the query straight after them.
///
/// # Errors
///
/// An invalid method or an empty host (see [`parse_http_method`], [`signed_host`]).
pub fn write_string_to_sign_head(
    method: &[u8],
    host: &[u8],
    path: &[u8],
    text: &mut Vec<u8>,
) -> Result<(), MwsError> {
    let method = parse_http_method(method)?;
    let host = signed_host(host)?;
    let path: &[u8] = if path.is_empty() { b"/" } else { path };

    // StringToSign = HTTPMethod "\n" ValueOfHostHeaderInLowercase "\n" HTTPRequestURI "\n"
    //                CanonicalizedQueryString
    for line in [method.as_bytes(), &host, path] {
        text.extend_from_slice(line);
        text.push(b'\n');
    }
    Ok(())
}

/// Builds the string to sign of (name, value) parameters; `Signature` among them is ignored.
///
/// # Errors
///
/// See [`string_to_sign_from_query`].
pub fn string_to_sign<N, V>(
    method: &[u8],
    host: &[u8],
    path: &[u8],
    parameters: &[(N, V)],
) -> Result<Vec<u8>, MwsError>
where
    N: AsRef<[u8]>,
    V: AsRef<[u8]>,
{
    string_to_sign_from_query(method, host, path, &canonical_query(parameters))
}

/// Computes base64(HMAC(secret key, string to sign)) with the method's hash.
#[must_use]
pub fn signature(string_to_sign: &[u8], secret_key: &[u8], method: SignatureMethod) -> String {
    // Signature = Base64(HMAC-SHA256(SecretKey, StringToSign)), or HMAC-SHA1 for HmacSHA1
    match method {
        SignatureMethod::HmacSha256 => STANDARD.encode(hmac_sha256(secret_key, string_to_sign)),
        SignatureMethod::HmacSha1 => {
            let mut mac = Hmac::<Sha1>::new_from_slice(secret_key)
                .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
            mac.update(string_to_sign);
            STANDARD.encode(mac.finalize().into_bytes())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_drops_default_ports_and_lowers() {
        let host = signed_host(b"MWS.AmazonServices.IN:443");
        assert_eq!(host.as_deref(), Ok(&b"mws.amazonservices.in"[..]));
        assert_eq!(
            signed_host(b"example.com:80").as_deref(),
            Ok(&b"example.com"[..])
        );
    }

    #[test]
    fn host_keeps_other_ports() {
        assert_eq!(
            signed_host(b"127.0.0.1:8125").as_deref(),
            Ok(&b"127.0.0.1:8125"[..])
        );
    }

    #[test]
    fn empty_host_is_rejected() {
        assert!(signed_host(b"").is_err());
    }

    #[test]
    fn lines_joined_by_line_feed() {
        let text = string_to_sign_from_query(b"post", b"h", b"", "a=b");
        assert_eq!(text.as_deref(), Ok(&b"POST\nh\n/\na=b"[..]));
    }

    #[test]
    fn unknown_http_method_is_rejected() {
        assert!(parse_http_method(b"PUT").is_err());
    }

    #[test]
    fn unknown_signature_method_is_rejected() {
        assert!(SignatureMethod::parse(b"HmacSHA512").is_err());
    }

    #[test]
    fn hmac_sha256_of_empty_key() {
        // HMAC-SHA256("", "") = b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad
        let expected = "thNnmggU2ex3L5XXeMNfxf8Wl8STcVZTxscSFEKSxa0=";
        assert_eq!(signature(b"", b"", SignatureMethod::HmacSha256), expected);
    }
}
