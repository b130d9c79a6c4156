//! The `endpoint` override of a signed request: `http(s)://host[:port]`, nothing more.
//!
//! It points requests at a local sandbox such as `http://127.0.0.1:8125`. The section fixes the
//! path, so an endpoint with a path, query, fragment or user info is rejected. A single trailing
//! slash is accepted and dropped.

use std::borrow::Cow;

use super::error::MwsError;

/// A parsed endpoint: scheme and the host as signed (lower case, port kept unless default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub scheme: &'static str,
    /// A region's host is borrowed from the region table; a parsed one is built.
    pub host: Cow<'static, str>,
}

impl Endpoint {
    /// The HTTPS endpoint of a region host.
    #[must_use]
    pub fn https(host: &'static str) -> Self {
        Self {
            scheme: "https",
            host: Cow::Borrowed(host),
        }
    }

    /// Parses `http://host[:port]` or `https://host[:port]`, with an optional trailing `/`.
    ///
    /// The scheme is matched in any letter case. A port equal to the scheme's default (80 or
    /// 443) is dropped, so it never reaches the string to sign.
    ///
    /// # Errors
    ///
    /// `InvalidField` on `endpoint` for another scheme, an empty or malformed host, a port that
    /// is not 1 to 65535, or any path, query, fragment or user info.
    pub fn parse(endpoint: &[u8]) -> Result<Self, MwsError> {
        let (scheme, rest) = if starts_with_ignore_case(endpoint, b"https://") {
            ("https", &endpoint[8..])
        } else if starts_with_ignore_case(endpoint, b"http://") {
            ("http", &endpoint[7..])
        } else {
            return Err(invalid(endpoint, "it must start with http:// or https://"));
        };
        let authority = rest.strip_suffix(b"/").unwrap_or(rest);
        if authority
            .iter()
            .any(|byte| matches!(byte, b'/' | b'?' | b'#' | b'@'))
        {
            return Err(invalid(
                endpoint,
                "it must not contain a path, query or user info",
            ));
        }

        let (host, port) = split_port(authority)
            .ok_or_else(|| invalid(endpoint, "its port must be 1 to 65535"))?;
        if !is_host(host) {
            return Err(invalid(
                endpoint,
                "its host must be a name or an IP address",
            ));
        }

        let default_port = if scheme == "https" { 443 } else { 80 };
        let mut signed_host = String::from_utf8_lossy(&host.to_ascii_lowercase()).into_owned();
        if let Some(port) = port.filter(|port| *port != default_port) {
            signed_host.push(':');
            signed_host.push_str(&port.to_string());
        }
        Ok(Self {
            scheme,
            host: Cow::Owned(signed_host),
        })
    }

    /// `scheme://host` without a trailing slash.
    #[must_use]
    pub fn origin(&self) -> String {
        let mut origin = String::with_capacity(self.scheme.len() + 3 + self.host.len());
        origin.push_str(self.scheme);
        origin.push_str("://");
        origin.push_str(&self.host);
        origin
    }
}

fn starts_with_ignore_case(text: &[u8], prefix: &[u8]) -> bool {
    text.len() >= prefix.len() && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn is_host(host: &[u8]) -> bool {
    match host {
        // An IPv6 literal: hex digits, colons and dots (an embedded IPv4), inside brackets.
        [b'[', literal @ .., b']'] => {
            !literal.is_empty()
                && literal
                    .iter()
                    .all(|byte| byte.is_ascii_hexdigit() || matches!(byte, b':' | b'.'))
        }
        // A name or an IPv4 address; brackets and colons belong to IPv6 literals only.
        _ => {
            !host.is_empty()
                && host
                    .iter()
                    .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.'))
        }
    }
}

/// Splits `host[:port]`; an IPv6 literal keeps its colons inside brackets.
/// Returns `None` when the port is present but not 1 to 65535.
fn split_port(authority: &[u8]) -> Option<(&[u8], Option<u16>)> {
    let host_end = if authority.first() == Some(&b'[') {
        authority
            .iter()
            .position(|byte| *byte == b']')
            .map_or(authority.len(), |index| index + 1)
    } else {
        authority
            .iter()
            .position(|byte| *byte == b':')
            .unwrap_or(authority.len())
    };
    let (host, port) = authority.split_at(host_end);
    let Some(digits) = port.strip_prefix(b":") else {
        return if port.is_empty() {
            Some((host, None))
        } else {
            None
        };
    };
    if digits.is_empty() || digits.len() > 5 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number: u32 = digits
        .iter()
        .fold(0, |total, digit| total * 10 + u32::from(digit - b'0'));
    let port = u16::try_from(number).ok().filter(|port| *port > 0)?;
    Some((host, Some(port)))
}

fn invalid(endpoint: &[u8], reason: &str) -> MwsError {
    let value = String::from_utf8_lossy(endpoint);
    MwsError::invalid_field(
        "endpoint",
        &value,
        format!("invalid MWS endpoint \"{value}\": {reason}, e.g. http://127.0.0.1:8125"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_sandbox_keeps_port() {
        let endpoint = Endpoint::parse(b"http://127.0.0.1:8125");
        assert_eq!(
            endpoint.map(|endpoint| endpoint.origin()).as_deref(),
            Ok("http://127.0.0.1:8125")
        );
    }

    #[test]
    fn default_port_and_trailing_slash_dropped() {
        let endpoint = Endpoint::parse(b"HTTPS://MWS.AmazonServices.IN:443/");
        assert_eq!(
            endpoint.map(|endpoint| endpoint.origin()).as_deref(),
            Ok("https://mws.amazonservices.in")
        );
    }

    #[test]
    fn ipv6_literal_is_a_host() {
        let endpoint = Endpoint::parse(b"http://[::1]:8125");
        assert_eq!(
            endpoint.map(|endpoint| endpoint.host),
            Ok(Cow::from("[::1]:8125"))
        );
    }

    #[test]
    fn stray_brackets_and_colons_are_rejected() {
        for endpoint in [
            "http://[::1",
            "http://a]:5",
            "http://]]]",
            "http://[]",
            "http://a[b]",
        ] {
            assert!(Endpoint::parse(endpoint.as_bytes()).is_err(), "{endpoint}");
        }
    }

    #[test]
    fn path_is_rejected() {
        assert!(Endpoint::parse(b"https://mws.amazonservices.in/Orders/2013-09-01").is_err());
    }

    #[test]
    fn query_is_rejected() {
        assert!(Endpoint::parse(b"http://127.0.0.1:8125?a=b").is_err());
    }

    #[test]
    fn port_zero_is_rejected() {
        assert!(Endpoint::parse(b"http://127.0.0.1:0").is_err());
    }

    #[test]
    fn other_scheme_is_rejected() {
        assert!(Endpoint::parse(b"ftp://127.0.0.1").is_err());
    }

    #[test]
    fn ipv6_literal_keeps_brackets() {
        let endpoint = Endpoint::parse(b"http://[::1]:8125");
        assert_eq!(
            endpoint.as_ref().map(|endpoint| endpoint.host.as_ref()),
            Ok("[::1]:8125")
        );
    }
}
