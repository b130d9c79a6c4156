//! PHP bindings of `crate::mws`: signing, signed requests, Content-MD5 and sending.
//!
//! Input arrays are read into `InputValue`s without judging them (see `super::input`); every
//! check happens in `crate::mws`, in the same order as the PHP engine.

use ext_php_rs::binary::Binary;
use ext_php_rs::binary_slice::BinarySlice;
use ext_php_rs::boxed::ZBox;
use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ArrayKey, ZendHashTable, ZendStr, Zval};

use super::exception::{exception, ContextValue};
use super::input::{for_each_entry, read_value, EntryKey, RawArray};
use super::keys::{self, Key};
use crate::mws::canonical::canonical_query;
use crate::mws::content_md5::content_md5 as compute_content_md5;
use crate::mws::error::MwsError;
use crate::mws::http::{send, OptionsInput, SendInput};
use crate::mws::input::{parameter_bytes, InputArray, InputValue};
use crate::mws::request::{
    build_signed_request, check_request_keys, Parameter, RequestInput, RequestKey, Source,
};
use crate::mws::signature::{signature, string_to_sign_from_query, SignatureMethod};

/// Canonical query of Signature Version 2 (see `Engine::mwsCanonicalQuery`).
///
/// # Errors
///
/// `InvalidFieldException` for a parameter value that is neither a string nor an int.
#[php_function]
#[php(name = "PwaPresta\\Native\\mws_canonical_query")]
pub fn mws_canonical_query(parameters: &ZendHashTable) -> PhpResult<String> {
    let raw = RawArray::of_table(parameters);
    let entries = raw.input_entries();
    let pairs = parameter_bytes(&entries).map_err(throw)?;
    Ok(canonical_query(&pairs))
}

/// String to sign (see `Engine::mwsStringToSign`).
///
/// # Errors
///
/// `InvalidFieldException` for a bad method, an empty host or a bad parameter value.
#[php_function]
#[php(name = "PwaPresta\\Native\\mws_string_to_sign")]
pub fn mws_string_to_sign(
    method: Binary<u8>,
    host: Binary<u8>,
    path: Binary<u8>,
    parameters: &ZendHashTable,
) -> PhpResult<Binary<u8>> {
    let raw = RawArray::of_table(parameters);
    let entries = raw.input_entries();
    let pairs = parameter_bytes(&entries).map_err(throw)?;
    let query = canonical_query(&pairs);
    let text = string_to_sign_from_query(&method, &host, &path, &query).map_err(throw)?;
    Ok(Binary::new(text))
}

/// base64(HMAC(secret key, string to sign)) (see `Engine::mwsSignature`).
///
/// # Errors
///
/// `InvalidFieldException` for a method other than HmacSHA256 and HmacSHA1.
#[php_function]
#[php(name = "PwaPresta\\Native\\mws_signature")]
pub fn mws_signature(
    string_to_sign: Binary<u8>,
    secret_key: Binary<u8>,
    signature_method: Binary<u8>,
) -> PhpResult<String> {
    let method = SignatureMethod::parse(&signature_method).map_err(throw)?;
    Ok(signature(&string_to_sign, &secret_key, method))
}

/// Builds a complete signed MWS request (see `Engine::mwsSignedRequest`).
///
/// # Errors
///
/// `MissingFieldException`, `InvalidFieldException` or `UnknownActionException`.
#[php_function]
#[php(name = "PwaPresta\\Native\\mws_signed_request")]
pub fn mws_signed_request(
    request: &ZendHashTable,
    secret_key: BinarySlice<u8>,
) -> PhpResult<ZBox<ZendHashTable>> {
    let (mut input, zvals) = read_request(request).map_err(throw)?;
    let raw_parameters = RawArray::read(zvals.parameters);
    input.parameters = raw_parameters.input();
    let signed = build_signed_request(&input, &secret_key).map_err(throw)?;

    let mut headers = ZendHashTable::with_capacity(len_u32(signed.headers.len()));
    for (name, value) in &signed.headers {
        insert_bytes_key(&mut headers, name.as_bytes(), bytes_zval(value.as_bytes()))?;
    }
    let mut parameters = ZendHashTable::with_capacity(len_u32(signed.parameters.len()));
    for parameter in &signed.parameters {
        insert_parameter(&mut parameters, parameter, &raw_parameters, &zvals)?;
    }

    let mut result = ZendHashTable::with_capacity(9);
    let entries = [
        (Key::Method, bytes_zval(signed.method.as_bytes())),
        (Key::Url, bytes_zval(signed.url.as_bytes())),
        (Key::Host, bytes_zval(signed.host.as_bytes())),
        (Key::Path, bytes_zval(signed.path.as_bytes())),
        (Key::Headers, keys::array_zval(headers)),
        (Key::Body, bytes_zval(&signed.body)),
        (Key::Parameters, keys::array_zval(parameters)),
        (Key::StringToSign, bytes_zval(&signed.string_to_sign)),
        (Key::Signature, bytes_zval(signed.signature.as_bytes())),
    ];
    for (key, value) in entries {
        keys::insert_zval(&mut result, key, value).map_err(convert)?;
    }
    Ok(result)
}

/// Computes base64 of the raw MD5 of the body (see `Engine::contentMd5`).
#[php_function]
#[php(name = "PwaPresta\\Native\\content_md5")]
pub fn content_md5(body: Binary<u8>) -> String {
    compute_content_md5(&body)
}

/// Sends a signed request (see `Engine::mwsSend`).
///
/// # Errors
///
/// `MissingFieldException` or `InvalidFieldException` for bad input, `TransportException` for a
/// network failure or a timeout.
#[php_function]
#[php(name = "PwaPresta\\Native\\mws_send")]
pub fn mws_send(
    signed_request: &ZendHashTable,
    options: &ZendHashTable,
) -> PhpResult<ZBox<ZendHashTable>> {
    let raw_headers = RawArray::read(signed_request.get("headers"));
    let request = SendInput {
        method: read_value(signed_request.get("method")),
        url: read_value(signed_request.get("url")),
        headers: raw_headers.input(),
        body: read_value(signed_request.get("body")),
    };
    let options = OptionsInput {
        timeout: read_value(options.get("timeout")),
        connect_timeout: read_value(options.get("connect_timeout")),
        sink: read_value(options.get("sink")),
    };
    let response = send(&request, &options).map_err(throw)?;

    let mut headers = ZendHashTable::with_capacity(len_u32(response.headers.len()));
    for (name, value) in response.headers {
        headers
            .insert(name.as_str(), Binary::new(value))
            .map_err(convert)?;
    }
    let mut result = ZendHashTable::with_capacity(3);
    result
        .insert("status", i64::from(response.status))
        .map_err(convert)?;
    result.insert("headers", headers).map_err(convert)?;
    result
        .insert("body", Binary::new(response.body))
        .map_err(convert)?;
    Ok(result)
}

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(mws_canonical_query))
        .function(wrap_function!(mws_string_to_sign))
        .function(wrap_function!(mws_signature))
        .function(wrap_function!(mws_signed_request))
        .function(wrap_function!(content_md5))
        .function(wrap_function!(mws_send))
}

/// Reads the request array in one pass, in array order: each key must be one of
/// `REQUEST_KEYS` (checked before anything else, as `check_request_keys` does), and its value
/// goes to the field of that name. One pass instead of a lookup per key saves about a tenth of
/// the binding's own work per signed request.
///
/// The `parameters` value is returned apart, because its entries are read into storage that the
/// caller owns (see [`RawArray`]). The returned input leaves that field absent. The zvals of the
/// keys whose values become parameters are returned with it, for the result to reuse.
///
/// # Errors
///
/// `InvalidField` for the first key that is not a request key; an integer key is named by its
/// decimal digits.
fn read_request(request: &ZendHashTable) -> Result<(RequestInput<'_>, RequestZvals<'_>), MwsError> {
    let mut input = RequestInput {
        action: InputValue::Absent,
        parameters: InputArray::Absent,
        access_key_id: InputValue::Absent,
        seller_id: InputValue::Absent,
        mws_auth_token: InputValue::Absent,
        region: InputValue::Absent,
        endpoint: InputValue::Absent,
        timestamp: InputValue::Absent,
        method: InputValue::Absent,
        body: InputValue::Absent,
        signature_method: InputValue::Absent,
    };
    let mut zvals = RequestZvals::default();
    for_each_entry(request, |key, value| {
        let EntryKey::Name(name) = key else {
            return check_request_keys([key.bytes().as_ref()]);
        };
        // The arms are the names of REQUEST_KEYS; any other name fails the key check.
        let field = match name.as_bytes() {
            b"action" => {
                zvals.action = Some(value);
                &mut input.action
            }
            b"parameters" => {
                zvals.parameters = Some(value);
                return Ok(());
            }
            b"access_key_id" => {
                zvals.access_key_id = Some(value);
                &mut input.access_key_id
            }
            b"seller_id" => {
                zvals.seller_id = Some(value);
                &mut input.seller_id
            }
            b"mws_auth_token" => {
                zvals.mws_auth_token = Some(value);
                &mut input.mws_auth_token
            }
            b"region" => &mut input.region,
            b"endpoint" => &mut input.endpoint,
            b"timestamp" => &mut input.timestamp,
            b"method" => &mut input.method,
            b"body" => &mut input.body,
            b"signature_method" => &mut input.signature_method,
            other => return check_request_keys([other]),
        };
        *field = read_value(Some(value));
        Ok(())
    })?;
    Ok((input, zvals))
}

/// The zvals of the request keys that the result reuses.
#[derive(Default)]
struct RequestZvals<'a> {
    parameters: Option<&'a Zval>,
    action: Option<&'a Zval>,
    access_key_id: Option<&'a Zval>,
    seller_id: Option<&'a Zval>,
    mws_auth_token: Option<&'a Zval>,
}

impl<'a> RequestZvals<'a> {
    fn of_key(&self, key: RequestKey) -> Option<&'a Zval> {
        match key {
            RequestKey::Action => self.action,
            RequestKey::AccessKeyId => self.access_key_id,
            RequestKey::SellerId => self.seller_id,
            RequestKey::MwsAuthToken => self.mws_auth_token,
        }
    }
}

/// Inserts one parameter of a signed request into the result's `parameters` array.
///
/// A parameter the caller passed reuses the caller's key string, and its value string when the
/// value was a string. PHP then counts one more reference to each, where a copy would cost an
/// allocation, a copy and a hash of the key per parameter.
fn insert_parameter(
    table: &mut ZendHashTable,
    parameter: &Parameter<'_>,
    raw_parameters: &RawArray<'_>,
    zvals: &RequestZvals<'_>,
) -> PhpResult<()> {
    let entry = match parameter.source {
        Source::Parameters(index) => raw_parameters.entry(index as usize),
        Source::RequestKey(key) => {
            let value = zvals.of_key(key).map_or_else(
                || bytes_zval(&parameter.value),
                |value| reused_string(value, &parameter.value),
            );
            return insert_bytes_key(table, parameter.name, value);
        }
        Source::Builder => None,
    };
    let Some((key, value)) = entry else {
        return insert_bytes_key(table, parameter.name, bytes_zval(&parameter.value));
    };
    let value = reused_string(value, &parameter.value);
    match key {
        EntryKey::Name(name) => {
            keys::put(table, name, value);
            Ok(())
        }
        EntryKey::Index(index) => table.insert(ArrayKey::Long(index), value).map_err(convert),
    }
}

/// Returns the caller's own string when `value` is one, with one more reference, else a new
/// string of `bytes` (an int parameter is returned in decimal).
fn reused_string(value: &Zval, bytes: &[u8]) -> Zval {
    keys::shared_string(value).unwrap_or_else(|| bytes_zval(bytes))
}

/// Returns a PHP string of `bytes` (see `keys::string_zval`).
fn bytes_zval(bytes: &[u8]) -> Zval {
    keys::string_zval(bytes)
}

/// Inserts with a byte-string key; a numeric key becomes an integer key, as PHP does.
fn insert_bytes_key(table: &mut ZendHashTable, key: &[u8], value: Zval) -> PhpResult<()> {
    if let Some(fixed) = Key::of_name(key) {
        return keys::insert_zval(table, fixed, value).map_err(convert);
    }
    match std::str::from_utf8(key) {
        Ok(text) => table.insert(text, value).map_err(convert),
        Err(_) => {
            let key = ZendStr::new(key, false);
            table.insert(&*key, value).map_err(convert)
        }
    }
}

fn len_u32(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}

fn throw(error: MwsError) -> PhpException {
    let context = error
        .context()
        .iter()
        .map(|(key, value)| (*key, ContextValue::from(value.clone())))
        .collect();
    exception(error.kind().exception_class(), error.message(), context)
}

fn convert(error: ext_php_rs::error::Error) -> PhpException {
    PhpException::from_message(format!("cannot build the PHP result array: {error:?}"))
}
