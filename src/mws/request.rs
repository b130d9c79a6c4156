//! Builds a complete signed MWS request from the caller's description of it.
//!
//! Checks run in a fixed order, mirrored by the PHP engine. The keys of the request array come
//! first (each must be one of [`REQUEST_KEYS`]). Then come action, access key id, seller id,
//! secret key, timestamp, method, signature method, region, endpoint, MWSAuthToken, body, and
//! each parameter in array order.

use std::borrow::Cow;

use super::canonical::{compare_names, percent_encode_into, write_sorted_query};
use super::content_md5::content_md5;
use super::endpoint::Endpoint;
use super::error::MwsError;
use super::input::{parameter_value, wrong_type, InputArray, InputValue};
use super::region::{host_of_region, region_codes, DEFAULT_REGION};
use super::section::Section;
use super::signature::{parse_http_method, signature, write_string_to_sign_head, SignatureMethod};
use crate::order::format_utc;

/// Largest timestamp written with a four-digit year: 9999-12-31T23:59:59Z.
const MAX_TIMESTAMP: i64 = 253_402_300_799;

/// Most parameters the builder adds: AWSAccessKeyId, Action, ContentMD5Value, MWSAuthToken,
/// SellerId or Merchant, Signature, SignatureMethod, SignatureVersion, Timestamp and Version.
const FIXED_PARAMETERS: usize = 10;

/// Content type of a form-encoded POST without a feed body.
const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=utf-8";

/// Content type of a feed body.
const FEED_CONTENT_TYPE: &str = "text/xml";

/// Keys of the request array, in the order the API documents them.
///
/// Any other key is rejected, so a misspelled optional key (`mws_auth_tokn`) fails instead of
/// being left out unnoticed.
pub const REQUEST_KEYS: [&str; 11] = [
    "action",
    "parameters",
    "access_key_id",
    "seller_id",
    "mws_auth_token",
    "region",
    "endpoint",
    "timestamp",
    "method",
    "body",
    "signature_method",
];

/// Checks that every key of the request array is one of [`REQUEST_KEYS`].
///
/// `keys` gives each key as bytes; an integer key is given as its decimal digits.
///
/// # Errors
///
/// `InvalidField` naming the first unknown key and listing the accepted ones.
pub fn check_request_keys<'k>(keys: impl IntoIterator<Item = &'k [u8]>) -> Result<(), MwsError> {
    for key in keys {
        if REQUEST_KEYS.iter().any(|known| known.as_bytes() == key) {
            continue;
        }
        let key = String::from_utf8_lossy(key);
        return Err(MwsError::invalid_field(
            &key,
            &key,
            format!(
                "unknown MWS request key \"{key}\": use only {}",
                REQUEST_KEYS.join(", ")
            ),
        ));
    }
    Ok(())
}

/// The request as the caller describes it (the PHP array `$request`), unchecked.
#[derive(Debug, Clone)]
pub struct RequestInput<'a> {
    pub action: InputValue<'a>,
    pub parameters: InputArray<'a>,
    pub access_key_id: InputValue<'a>,
    pub seller_id: InputValue<'a>,
    pub mws_auth_token: InputValue<'a>,
    pub region: InputValue<'a>,
    pub endpoint: InputValue<'a>,
    pub timestamp: InputValue<'a>,
    pub method: InputValue<'a>,
    pub body: InputValue<'a>,
    pub signature_method: InputValue<'a>,
}

/// A signed request, ready to send; field order is the order of the PHP array.
///
/// Parameter names and values borrow the [`RequestInput`] where they come from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedRequest<'a> {
    pub method: &'static str,
    pub url: String,
    pub host: Cow<'static, str>,
    pub path: &'static str,
    pub headers: Vec<(&'static str, Cow<'static, str>)>,
    pub body: Vec<u8>,
    /// Every parameter including `Signature`, sorted by name in byte order.
    pub parameters: Vec<Parameter<'a>>,
    pub string_to_sign: Vec<u8>,
    pub signature: String,
}

/// One parameter of a signed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter<'a> {
    pub name: &'a [u8],
    pub value: Cow<'a, [u8]>,
    /// The origin of the value. The PHP binding uses it to return the caller's own strings.
    pub source: Source,
}

/// The origin of a signed request parameter's name and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The entry at this position of the caller's `parameters` array: name and value.
    Parameters(u32),
    /// The value of this key of the request array.
    RequestKey(RequestKey),
    /// Made by the builder.
    Builder,
}

/// A key of the request array whose value becomes a parameter.
///
/// An enum rather than the key text keeps [`Source`] to eight bytes, and with it a request's
/// parameters under glibc's 1 KiB threshold (see [`merge_by_name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKey {
    Action,
    AccessKeyId,
    SellerId,
    MwsAuthToken,
}

impl<'a> Parameter<'a> {
    fn fixed(name: &'static str, value: Cow<'a, [u8]>) -> Self {
        Parameter {
            name: name.as_bytes(),
            value,
            source: Source::Builder,
        }
    }

    fn from_request_key(name: &'static str, key: RequestKey, value: &'a [u8]) -> Self {
        Parameter {
            name: name.as_bytes(),
            value: Cow::Borrowed(value),
            source: Source::RequestKey(key),
        }
    }
}

/// Value of the `User-Agent` header, the same for both engines.
pub const USER_AGENT: &str = concat!("pwapresta/", env!("CARGO_PKG_VERSION"), " (Language=PHP)");

/// Returns the value of the `User-Agent` header (see [`USER_AGENT`]).
#[must_use]
pub fn user_agent() -> &'static str {
    USER_AGENT
}

/// Whether the caller may not set this parameter because the builder sets it.
#[must_use]
pub fn is_reserved_parameter(name: &[u8]) -> bool {
    // A match compiles to a dispatch on length, where a list of names took a comparison each.
    name.starts_with(b"Signature")
        || matches!(
            name,
            b"AWSAccessKeyId"
                | b"Action"
                | b"ContentMD5Value"
                | b"MWSAuthToken"
                | b"Merchant"
                | b"SellerId"
                | b"Timestamp"
                | b"Version"
        )
}

/// Checks the request, then signs it per Signature Version 2.
///
/// # Errors
///
/// `MissingField`, `InvalidField` or `UnknownAction`, for the first failed check in the order
/// given in the module documentation.
pub fn build_signed_request<'a>(
    input: &'a RequestInput<'a>,
    secret_key: &[u8],
) -> Result<SignedRequest<'a>, MwsError> {
    let action = input.action.required_text("action")?;
    let section = Section::of_action(action).ok_or_else(|| unknown_action(action))?;
    let access_key_id = input.access_key_id.required_text("access_key_id")?;
    let seller_id = input.seller_id.required_text("seller_id")?;
    if secret_key.is_empty() {
        return Err(MwsError::missing_field(
            "secret_key",
            "missing MWS secret key: pass the secret key of the access key id".to_owned(),
        ));
    }
    let timestamp = format_timestamp(input.timestamp)?;
    let method = match input.method {
        InputValue::Absent | InputValue::Null => "POST",
        InputValue::Text(text) => parse_http_method(text)?,
        other => return Err(wrong_type("method", other, "POST or GET")),
    };
    let signature_method = match input.signature_method {
        InputValue::Absent | InputValue::Null => SignatureMethod::HmacSha256,
        InputValue::Text(text) => SignatureMethod::parse(text)?,
        other => {
            return Err(wrong_type(
                "signature_method",
                other,
                "HmacSHA256 or HmacSHA1",
            ))
        }
    };
    let region_host = region_host(input.region)?;
    let endpoint = match input.endpoint.optional_text("endpoint")? {
        Some(endpoint) => Endpoint::parse(endpoint)?,
        None => Endpoint::https(region_host),
    };
    let mws_auth_token = input.mws_auth_token.optional_text("mws_auth_token")?;
    let body = feed_body(input.body, action, method)?;

    // Parameters = action parameters + AWSAccessKeyId, Action, seller, MWSAuthToken,
    //              SignatureMethod, SignatureVersion, Timestamp, Version (+ ContentMD5Value)
    // The builder's own parameters are listed here in byte order of their names. `Signature` keeps
    // its place with an empty value until the signature is known, and the canonical query skips it.
    let md5 = body.map(content_md5);
    let fixed: [Option<Parameter<'a>>; FIXED_PARAMETERS] = [
        Some(Parameter::from_request_key(
            "AWSAccessKeyId",
            RequestKey::AccessKeyId,
            access_key_id,
        )),
        Some(Parameter::from_request_key(
            "Action",
            RequestKey::Action,
            action,
        )),
        md5.as_ref()
            .map(|md5| Parameter::fixed("ContentMD5Value", Cow::Owned(md5.clone().into_bytes()))),
        mws_auth_token.map(|token| {
            Parameter::from_request_key("MWSAuthToken", RequestKey::MwsAuthToken, token)
        }),
        // Merchant and SellerId both sort between MWSAuthToken and Signature.
        Some(Parameter::from_request_key(
            section.seller_parameter(),
            RequestKey::SellerId,
            seller_id,
        )),
        Some(Parameter::fixed("Signature", Cow::Borrowed(b""))),
        Some(Parameter::fixed(
            "SignatureMethod",
            Cow::Borrowed(signature_method.as_str().as_bytes()),
        )),
        Some(Parameter::fixed("SignatureVersion", Cow::Borrowed(b"2"))),
        Some(Parameter::fixed(
            "Timestamp",
            Cow::Owned(timestamp.into_bytes()),
        )),
        Some(Parameter::fixed(
            "Version",
            Cow::Borrowed(section.version().as_bytes()),
        )),
    ];
    let fixed_count = fixed.iter().flatten().count();
    let mut parameters = own_parameters(&input.parameters, fixed_count)?;
    merge_by_name(&mut parameters, fixed);

    let path = section.path();
    // Sized from the parameters, with room for a few escapes: a fixed 1 KiB asked glibc's malloc
    // for a large-bin block, which made it consolidate its free lists on every request.
    let unencoded: usize = parameters
        .iter()
        .map(|parameter| parameter.name.len() + parameter.value.len() + 2)
        .sum();
    let mut string_to_sign = Vec::with_capacity(64 + unencoded + unencoded / 8);
    write_string_to_sign_head(
        method.as_bytes(),
        endpoint.host.as_bytes(),
        path.as_bytes(),
        &mut string_to_sign,
    )?;
    let query_start = string_to_sign.len();
    write_sorted_query(
        parameters
            .iter()
            .map(|parameter| (parameter.name, parameter.value.as_ref())),
        &mut string_to_sign,
    );
    let signature = signature(&string_to_sign, secret_key, signature_method);

    // Room for "&Signature=" and the signature with every byte escaped, so nothing reallocates.
    let mut signed_query =
        Vec::with_capacity(string_to_sign.len() - query_start + 16 + 3 * signature.len());
    signed_query.extend_from_slice(&string_to_sign[query_start..]);
    signed_query.extend_from_slice(b"&Signature=");
    percent_encode_into(signature.as_bytes(), &mut signed_query);

    let mut url = endpoint.origin();
    url.push_str(path);
    let mut headers: Vec<(&'static str, Cow<'static, str>)> = Vec::with_capacity(3);
    let request_body = match (body, &md5) {
        (Some(body), Some(md5)) => {
            headers.push(("Content-Type", Cow::Borrowed(FEED_CONTENT_TYPE)));
            headers.push(("Content-MD5", Cow::Owned(md5.clone())));
            url.push('?');
            url.push_str(&String::from_utf8_lossy(&signed_query));
            body.to_vec()
        }
        _ if method == "GET" => {
            url.push('?');
            url.push_str(&String::from_utf8_lossy(&signed_query));
            Vec::new()
        }
        _ => {
            headers.push(("Content-Type", Cow::Borrowed(FORM_CONTENT_TYPE)));
            signed_query
        }
    };
    headers.push(("User-Agent", Cow::Borrowed(user_agent())));

    if let Some(placeholder) = parameters
        .iter_mut()
        .find(|parameter| parameter.name == b"Signature")
    {
        placeholder.value = Cow::Owned(signature.clone().into_bytes());
    }

    Ok(SignedRequest {
        method,
        url,
        host: endpoint.host,
        path,
        headers,
        body: request_body,
        parameters,
        string_to_sign,
        signature,
    })
}

/// Sorts the caller's parameters by name and merges the builder's, already in name order, into
/// them. The caller's names never equal the builder's: [`is_reserved_parameter`] rejects those.
///
/// A name the caller gave twice keeps its last value, as PHP keeps one key: an array can hold
/// both the string key "5" (from `compact()`) and the int key 5. Each value was checked before,
/// in array order.
///
/// The merge runs backwards in the caller's vector, which [`own_parameters`] sized for the
/// builder's parameters too. A second vector cost an allocation, and one of 21 parameters came
/// to more than 1 KiB, past glibc's per-thread cache: each such request made malloc consolidate
/// its free lists.
fn merge_by_name<'a>(
    parameters: &mut Vec<Parameter<'a>>,
    fixed: [Option<Parameter<'a>>; FIXED_PARAMETERS],
) {
    // Equal names sort the later entry first, which `dedup_by` then keeps. The tie-break costs
    // nothing on distinct names.
    parameters.sort_unstable_by(|left, right| {
        compare_names(left.name, right.name).then_with(|| position(right).cmp(&position(left)))
    });
    parameters.dedup_by(|next, kept| next.name == kept.name);
    let own_count = parameters.len();
    let fixed_count = fixed.iter().flatten().count();
    parameters.resize_with(own_count + fixed_count, || {
        Parameter::fixed("", Cow::Borrowed(b""))
    });
    // Slots read..write contain placeholders, one for each builder parameter still to place.
    let (mut read, mut write) = (own_count, own_count + fixed_count);
    for parameter in fixed.into_iter().rev().flatten() {
        while read > 0 && compare_names(parameters[read - 1].name, parameter.name).is_gt() {
            read -= 1;
            write -= 1;
            parameters.swap(read, write);
        }
        write -= 1;
        parameters[write] = parameter;
    }
}

/// Returns the position of a caller's parameter in the `parameters` array (last for others).
fn position(parameter: &Parameter<'_>) -> u32 {
    match parameter.source {
        Source::Parameters(index) => index,
        Source::RequestKey(_) | Source::Builder => u32::MAX,
    }
}

/// Writes Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` in UTC.
///
/// # Errors
///
/// `MissingField` when absent or null, `InvalidField` for a non-integer or a time outside
/// 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
pub fn format_timestamp(value: InputValue<'_>) -> Result<String, MwsError> {
    let seconds = match value {
        InputValue::Integer(seconds) => seconds,
        InputValue::Absent | InputValue::Null => {
            return Err(MwsError::missing_field(
                "timestamp",
                "missing MWS request key 'timestamp': pass the current Unix time in seconds"
                    .to_owned(),
            ))
        }
        other => return Err(wrong_type("timestamp", other, "Unix seconds as an int")),
    };
    // Timestamp = ISO 8601 in UTC, e.g. 2026-12-04T09:15:02Z, written from integers by the
    // order parser's formatter: chrono's checked conversions took a tenth of the time outside
    // the HMAC.
    let text = (0..=MAX_TIMESTAMP)
        .contains(&seconds)
        .then(|| format_utc(seconds))
        .flatten();
    text.ok_or_else(|| {
        MwsError::invalid_field(
            "timestamp",
            &seconds.to_string(),
            format!("invalid MWS timestamp {seconds}: pass Unix seconds from 0 to {MAX_TIMESTAMP}"),
        )
    })
}

fn unknown_action(action: &[u8]) -> MwsError {
    let action = String::from_utf8_lossy(action);
    MwsError::unknown_action(
        &action,
        format!(
            "unknown MWS action \"{action}\": use an action of the Orders, Reports or Feeds \
             section, e.g. ListOrders"
        ),
    )
}

fn region_host(region: InputValue<'_>) -> Result<&'static str, MwsError> {
    let code = match region {
        InputValue::Absent | InputValue::Null => DEFAULT_REGION.as_bytes(),
        InputValue::Text(code) => code,
        other => return Err(wrong_type("region", other, "a region code such as IN")),
    };
    host_of_region(code).ok_or_else(|| {
        let code = String::from_utf8_lossy(code);
        MwsError::invalid_field(
            "region",
            &code,
            format!(
                "unknown MWS region \"{code}\": use one of {}",
                region_codes()
            ),
        )
    })
}

/// Checks the feed body: required for SubmitFeed, refused elsewhere and with GET.
fn feed_body<'a>(
    body: InputValue<'a>,
    action: &[u8],
    method: &str,
) -> Result<Option<&'a [u8]>, MwsError> {
    let body = match body {
        InputValue::Absent | InputValue::Null => None,
        InputValue::Text(text) => Some(text),
        other => return Err(wrong_type("body", other, "the feed as a string")),
    };
    let submits_feed = action == b"SubmitFeed";
    match body {
        Some(body) if !body.is_empty() && !submits_feed => Err(MwsError::invalid_field(
            "body",
            "",
            "invalid MWS request key 'body': only SubmitFeed sends a body; remove it".to_owned(),
        )),
        _ if !submits_feed => Ok(None),
        Some(body) if !body.is_empty() && method == "POST" => Ok(Some(body)),
        Some(body) if !body.is_empty() => Err(MwsError::invalid_field(
            "method",
            method,
            "invalid HTTP method GET for SubmitFeed: a feed is sent with POST".to_owned(),
        )),
        _ => Err(MwsError::missing_field(
            "body",
            "missing MWS request key 'body': SubmitFeed needs the feed document".to_owned(),
        )),
    }
}

/// Checks the action's own parameters: an array, no reserved name, string or int values.
///
/// Leaves room in the vector for `fixed_count` more, the builder's parameters that
/// [`merge_by_name`] adds.
fn own_parameters<'a>(
    list: &'a InputArray<'a>,
    fixed_count: usize,
) -> Result<Vec<Parameter<'a>>, MwsError> {
    let entries = match list {
        InputArray::Absent => return Ok(Vec::with_capacity(fixed_count)),
        InputArray::List(entries) => entries,
        InputArray::Other(type_name) => {
            return Err(wrong_type(
                "parameters",
                InputValue::Other(type_name),
                "an array",
            ))
        }
    };
    let mut parameters = Vec::with_capacity(entries.len() + fixed_count);
    // A PHP array has fewer than 2^32 entries, so a u32 numbers them all.
    for (index, (name, value)) in (0u32..).zip(entries) {
        if is_reserved_parameter(name) {
            // Only the type is shown: the value of a reserved name such as MWSAuthToken or
            // Signature is a credential.
            let name = String::from_utf8_lossy(name);
            return Err(MwsError::invalid_field(
                &name,
                value.type_name(),
                format!(
                    "invalid MWS parameter '{name}': the request builder sets it; remove it from \
                     'parameters' and use the request keys instead"
                ),
            ));
        }
        parameters.push(Parameter {
            name,
            value: parameter_value(name, *value)?,
            source: Source::Parameters(index),
        });
    }
    Ok(parameters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_written_in_utc() {
        for (seconds, expected) in [
            (0, "1970-01-01T00:00:00Z"),
            (1_796_375_415, "2026-12-04T09:10:15Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (MAX_TIMESTAMP, "9999-12-31T23:59:59Z"),
        ] {
            let text = format_timestamp(InputValue::Integer(seconds));
            assert_eq!(text.as_deref(), Ok(expected), "{seconds}");
        }
    }

    #[test]
    fn timestamps_match_chrono_over_range() {
        // A spread over the whole range, and the last second of each day around the end of
        // February in 2000 (leap), 2100 (not leap) and 9999.
        let mut seconds: Vec<i64> = (0..=MAX_TIMESTAMP).step_by(86_400 * 7 + 3_599).collect();
        for march_first in [951_868_800_i64, 4_107_542_400, 253_375_862_400] {
            seconds.extend((-3..=3).map(|day| march_first + day * 86_400 - 1));
        }
        seconds.push(MAX_TIMESTAMP);
        for second in seconds {
            let expected = chrono::DateTime::from_timestamp(second, 0)
                .map(|time| time.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            let text = format_timestamp(InputValue::Integer(second)).ok();
            assert_eq!(text, expected, "{second}");
        }
    }

    #[test]
    fn timestamps_outside_range_are_rejected() {
        for seconds in [-1, MAX_TIMESTAMP + 1, i64::MIN, i64::MAX] {
            assert!(
                format_timestamp(InputValue::Integer(seconds)).is_err(),
                "{seconds}"
            );
        }
    }

    #[test]
    fn documented_keys_are_accepted() {
        let keys = REQUEST_KEYS.map(str::as_bytes);
        assert!(check_request_keys(keys).is_ok());
    }

    #[test]
    fn misspelled_key_is_named_with_the_accepted_keys() {
        let keys: [&[u8]; 3] = [b"action", b"mws_auth_tokn", b"seler_id"];
        let error = check_request_keys(keys).expect_err("unknown key");
        assert_eq!(error.kind(), super::super::error::ErrorKind::InvalidField);
        assert!(
            error.message().contains("\"mws_auth_tokn\""),
            "{}",
            error.message()
        );
        assert!(
            error.message().contains("mws_auth_token"),
            "{}",
            error.message()
        );
    }

    fn request<'a>(action: &'a str, body: &'a str, parameters: InputArray<'a>) -> RequestInput<'a> {
        RequestInput {
            action: InputValue::Text(action.as_bytes()),
            parameters,
            access_key_id: InputValue::Text(b"AKIAEXAMPLE"),
            seller_id: InputValue::Text(b"A1SELLER"),
            mws_auth_token: InputValue::Text(b"amzn.mws.token"),
            region: InputValue::Absent,
            endpoint: InputValue::Absent,
            timestamp: InputValue::Integer(1_796_375_415),
            method: InputValue::Absent,
            body: if body.is_empty() {
                InputValue::Absent
            } else {
                InputValue::Text(body.as_bytes())
            },
            signature_method: InputValue::Absent,
        }
    }

    #[test]
    fn signed_parameters_sorted_per_section() {
        let own = || {
            InputArray::List(
                ["Zeta", "Id.2", "Id.10", "MarketplaceId", "A"]
                    .map(|name| (Cow::Borrowed(name.as_bytes()), InputValue::Text(b"v")))
                    .to_vec(),
            )
        };
        for (action, body, seller) in [
            ("ListOrders", "", "SellerId"),
            ("GetReportList", "", "Merchant"),
            ("SubmitFeed", "<AmazonEnvelope/>", "Merchant"),
        ] {
            let input = request(action, body, own());
            let signed = build_signed_request(&input, b"secret").expect("valid request");
            let names: Vec<&[u8]> = signed
                .parameters
                .iter()
                .map(|parameter| parameter.name)
                .collect();
            assert!(names.is_sorted(), "{action}: {names:?}");
            assert!(names.contains(&seller.as_bytes()), "{action}: {names:?}");
            assert_eq!(
                names.contains(&&b"ContentMD5Value"[..]),
                !body.is_empty(),
                "{action}"
            );
            let signature = signed
                .parameters
                .iter()
                .find(|parameter| parameter.name == b"Signature");
            assert_eq!(
                signature.map(|parameter| parameter.value.as_ref()),
                Some(signed.signature.as_bytes()),
                "{action}"
            );
            let own_count = signed
                .parameters
                .iter()
                .filter(|p| matches!(p.source, Source::Parameters(_)))
                .count();
            assert_eq!(own_count, 5, "{action}");
        }
    }

    #[test]
    fn merge_keeps_byte_order() {
        let own = ["Id.2", "Id.10", "BuyerEmail", "Zeta", "SellerOrderId"]
            .into_iter()
            .zip(0..)
            .map(|(name, index)| Parameter {
                name: name.as_bytes(),
                value: Cow::Borrowed(b"v"),
                source: Source::Parameters(index),
            })
            .collect::<Vec<_>>();
        let mut fixed: [Option<Parameter>; FIXED_PARAMETERS] = Default::default();
        for (slot, name) in fixed.iter_mut().step_by(2).zip([
            "AWSAccessKeyId",
            "Action",
            "SellerId",
            "Signature",
            "Version",
        ]) {
            *slot = Some(Parameter::fixed(name, Cow::Borrowed(b"f")));
        }
        let mut merged = own;
        merge_by_name(&mut merged, fixed);
        let names: Vec<&[u8]> = merged.iter().map(|parameter| parameter.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        assert_eq!(merged.len(), 10);
    }

    #[test]
    fn integer_key_is_unknown() {
        let keys: [&[u8]; 1] = [b"0"];
        assert!(check_request_keys(keys).is_err());
    }
}
