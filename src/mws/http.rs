//! Sends a signed MWS request over HTTPS with reqwest (blocking, rustls).
//!
//! The client is created on first use, never at module start-up, and cached per process id.
//! A child forked by PHP-FPM or `pcntl_fork` finds the parent's id in the cache and builds its
//! own client, because the parent's connection pool and runtime thread do not survive a fork.
//! TLS peer verification stays on and redirects are not followed.

use std::borrow::Cow;
use std::fs::File;
use std::io::Write as _;
use std::sync::Mutex;
use std::time::Duration;

use once_cell::sync::Lazy;
use reqwest::blocking::Client;
use reqwest::redirect::Policy;

use super::error::MwsError;
use super::float_text::php_float_text;
use super::input::{wrong_type, InputArray, InputValue};
use super::signature::parse_http_method;

/// Total time allowed for a request, connection and body included, when none is given.
pub const DEFAULT_TIMEOUT_SECONDS: f64 = 60.0;

/// Time allowed to open the connection when none is given.
pub const DEFAULT_CONNECT_TIMEOUT_SECONDS: f64 = 10.0;

/// Largest timeout accepted, one day, so a typo cannot hang a worker for ever.
const MAX_TIMEOUT_SECONDS: f64 = 86_400.0;

/// The request to send: the keys of `mwsSignedRequest`'s result that `mwsSend` reads.
#[derive(Debug, Clone)]
pub struct SendInput<'a> {
    pub method: InputValue<'a>,
    pub url: InputValue<'a>,
    pub headers: InputArray<'a>,
    pub body: InputValue<'a>,
}

/// `$options` of `mwsSend`.
#[derive(Debug, Clone)]
pub struct OptionsInput<'a> {
    pub timeout: InputValue<'a>,
    pub connect_timeout: InputValue<'a>,
    pub sink: InputValue<'a>,
}

/// The HTTP response: status, lower-case header names (repeated headers joined by ", "), body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
}

/// Clients of this process, one per connect timeout (reqwest sets it per client).
struct ClientCache {
    process_id: u32,
    clients: Vec<(Duration, Client)>,
}

static CLIENTS: Lazy<Mutex<ClientCache>> = Lazy::new(|| {
    Mutex::new(ClientCache {
        process_id: 0,
        clients: Vec::new(),
    })
});

/// Checks the request and options, sends the request and reads the response.
///
/// # Errors
///
/// `MissingField` or `InvalidField` for a bad request or option (checked in the order method,
/// url, headers, body, timeout, connect_timeout, sink); `Transport` for a network failure,
/// a timeout or a sink that cannot be written.
pub fn send(request: &SendInput<'_>, options: &OptionsInput<'_>) -> Result<HttpResponse, MwsError> {
    let method = parse_http_method(request.method.required_text("method")?)?;
    let url = checked_url(request.url.required_text("url")?)?;
    let headers = header_pairs(&request.headers)?;
    let body = request.body.optional_text("body")?.unwrap_or_default();
    let timeout = seconds(options.timeout, "timeout", DEFAULT_TIMEOUT_SECONDS)?;
    let connect_timeout = seconds(
        options.connect_timeout,
        "connect_timeout",
        DEFAULT_CONNECT_TIMEOUT_SECONDS,
    )?;
    let sink = options.sink.optional_text("sink")?;
    let safe_url = url_without_query(url);

    let client = client(connect_timeout).map_err(|reason| transport(safe_url, &reason))?;
    let mut builder = if method == "GET" {
        client.get(url)
    } else {
        client.post(url).body(body.to_vec())
    };
    builder = builder.timeout(timeout);
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    let mut response = builder
        .send()
        .map_err(|error| transport(safe_url, &describe(error)))?;

    let status = response.status().as_u16();
    let response_headers = merged_headers(response.headers());
    let body = match sink {
        Some(path) => {
            let path = String::from_utf8_lossy(path).into_owned();
            let mut file = File::create(&path).map_err(|error| {
                transport(
                    safe_url,
                    &format!("cannot create sink file {path}: {error}"),
                )
            })?;
            response
                .copy_to(&mut file)
                .map_err(|error| transport(safe_url, &describe(error)))?;
            file.flush().map_err(|error| {
                transport(safe_url, &format!("cannot write sink file {path}: {error}"))
            })?;
            Vec::new()
        }
        None => response
            .bytes()
            .map_err(|error| transport(safe_url, &describe(error)))?
            .to_vec(),
    };
    Ok(HttpResponse {
        status,
        headers: response_headers,
        body,
    })
}

/// Returns the URL without its query and fragment: the query carries the signature.
#[must_use]
pub fn url_without_query(url: &str) -> &str {
    url.find(['?', '#']).map_or(url, |end| &url[..end])
}

/// Returns this process's client for a connect timeout, building it on first use.
fn client(connect_timeout: Duration) -> Result<Client, String> {
    let mut cache = CLIENTS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let process_id = std::process::id();
    if cache.process_id != process_id {
        // A forked child: the parent's clients own a runtime thread that does not exist here, so
        // dropping them could block on it. Leak them instead (once per fork).
        std::mem::forget(std::mem::take(&mut cache.clients));
        cache.process_id = process_id;
    }
    if let Some((_, client)) = cache
        .clients
        .iter()
        .find(|(timeout, _)| *timeout == connect_timeout)
    {
        return Ok(client.clone());
    }
    let client = Client::builder()
        .connect_timeout(connect_timeout)
        .redirect(Policy::none())
        .https_only(false)
        .build()
        .map_err(|error| format!("cannot create the HTTP client: {}", describe(error)))?;
    cache.clients.push((connect_timeout, client.clone()));
    Ok(client)
}

fn checked_url(url: &[u8]) -> Result<&str, MwsError> {
    let text = std::str::from_utf8(url).ok().filter(|text| {
        let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    });
    text.ok_or_else(|| {
        let value = String::from_utf8_lossy(url);
        let shown = url_without_query(&value);
        MwsError::invalid_field(
            "url",
            shown,
            format!(
                "invalid MWS request URL \"{shown}\": pass the url of mwsSignedRequest's result"
            ),
        )
    })
}

fn header_pairs<'a>(headers: &'a InputArray<'a>) -> Result<Vec<(&'a [u8], &'a [u8])>, MwsError> {
    let entries = match headers {
        InputArray::Absent => return Ok(Vec::new()),
        InputArray::List(entries) => entries,
        InputArray::Other(type_name) => {
            return Err(wrong_type(
                "headers",
                InputValue::Other(type_name),
                "an array of strings",
            ))
        }
    };
    let mut pairs = Vec::with_capacity(entries.len());
    for (name, value) in entries {
        let InputValue::Text(value) = value else {
            return Err(wrong_type("headers", *value, "an array of strings"));
        };
        let valid_name = reqwest::header::HeaderName::from_bytes(name).is_ok();
        let valid_value = reqwest::header::HeaderValue::from_bytes(value).is_ok();
        if !valid_name || !valid_value {
            let name = String::from_utf8_lossy(name);
            return Err(MwsError::invalid_field(
                "headers",
                &name,
                format!("invalid HTTP header \"{name}\": names are tokens and values one line"),
            ));
        }
        pairs.push((name.as_ref(), *value));
    }
    Ok(pairs)
}

fn seconds(value: InputValue<'_>, field: &str, default: f64) -> Result<Duration, MwsError> {
    let seconds = match value {
        InputValue::Absent | InputValue::Null => default,
        #[expect(
            clippy::cast_precision_loss,
            reason = "timeouts are far below 2^52 seconds"
        )]
        InputValue::Integer(number) => number as f64,
        InputValue::Float(number) => number,
        other => return Err(wrong_type(field, other, "seconds as an int or a float")),
    };
    if !(seconds > 0.0 && seconds <= MAX_TIMEOUT_SECONDS) {
        // Written as PHP writes floats, so that both engines name the value alike.
        let text = php_float_text(seconds);
        return Err(MwsError::invalid_field(
            field,
            &text,
            format!("invalid MWS option '{field}' {text}: pass seconds above 0, at most 86400"),
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Collects headers with lower-case names, in order of first appearance, joining repeats.
fn merged_headers(map: &reqwest::header::HeaderMap) -> Vec<(String, Vec<u8>)> {
    let mut headers: Vec<(String, Vec<u8>)> = Vec::with_capacity(map.keys_len());
    for (name, value) in map {
        let name = name.as_str();
        let value: Cow<'_, [u8]> = Cow::Borrowed(value.as_bytes());
        match headers.iter_mut().find(|(known, _)| known == name) {
            Some((_, joined)) => {
                joined.extend_from_slice(b", ");
                joined.extend_from_slice(&value);
            }
            None => headers.push((name.to_owned(), value.into_owned())),
        }
    }
    headers
}

/// Describes a reqwest error with its causes, e.g. "error sending request: connection refused".
fn describe(error: reqwest::Error) -> String {
    let mut reason = if error.is_timeout() {
        "timed out: ".to_owned()
    } else {
        String::new()
    };
    let error = error.without_url();
    reason.push_str(&error.to_string());
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        reason.push_str(": ");
        reason.push_str(&cause.to_string());
        source = cause.source();
    }
    reason
}

fn transport(safe_url: &str, reason: &str) -> MwsError {
    MwsError::transport(
        safe_url,
        reason,
        format!("MWS request to {safe_url} failed: {reason}; check the network and retry later"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_is_cut_from_url() {
        let url = "https://mws.amazonservices.in/?Signature=abc&Timestamp=x";
        assert_eq!(url_without_query(url), "https://mws.amazonservices.in/");
    }

    #[test]
    fn zero_timeout_is_rejected() {
        assert!(seconds(InputValue::Float(0.0), "timeout", 60.0).is_err());
    }

    #[test]
    fn nan_timeout_is_rejected() {
        assert!(seconds(InputValue::Float(f64::NAN), "timeout", 60.0).is_err());
    }

    #[test]
    fn default_timeout_applies() {
        assert_eq!(
            seconds(InputValue::Absent, "timeout", 60.0),
            Ok(Duration::from_secs(60))
        );
    }
}
