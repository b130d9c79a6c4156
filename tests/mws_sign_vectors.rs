//! Known-answer tests of Signature Version 2 and Content-MD5 against tests/fixtures.

use std::path::PathBuf;

use pwapresta::mws::canonical::canonical_query;
use pwapresta::mws::content_md5::content_md5;
use pwapresta::mws::signature::{signature, string_to_sign, SignatureMethod};
use serde_json::Value;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("key {key} missing in {value}"))
}

/// Parameters in document order (serde_json keeps it sorted; order does not matter to signing).
fn parameters(value: &Value) -> Vec<(String, String)> {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("parameters are not an object"));
    object
        .iter()
        .map(|(name, value)| (name.clone(), value.as_str().unwrap_or_default().to_owned()))
        .collect()
}

fn method_of(parameters: &[(String, String)]) -> SignatureMethod {
    let name = parameters
        .iter()
        .find(|(name, _)| name == "SignatureMethod")
        .map_or("HmacSHA256", |(_, value)| value);
    SignatureMethod::parse(name.as_bytes()).unwrap_or(SignatureMethod::HmacSha256)
}

fn sign(vector: &Value, secret: &str) -> (String, String, String) {
    let parameters = parameters(&vector["params_unencoded"]);
    let query = canonical_query(&parameters);
    let method = text(vector, "method").as_bytes();
    let host = text(vector, "host").as_bytes();
    let path = text(vector, "path").as_bytes();
    let to_sign =
        string_to_sign(method, host, path, &parameters).unwrap_or_else(|error| panic!("{error}"));
    let signed = signature(&to_sign, secret.as_bytes(), method_of(&parameters));
    (
        query,
        String::from_utf8_lossy(&to_sign).into_owned(),
        signed,
    )
}

#[test]
fn generated_vectors_match() {
    for line in fixture("mws-sigv2-vectors.jsonl").lines() {
        let vector: Value = serde_json::from_str(line).unwrap_or_else(|error| panic!("{error}"));
        let parameters = parameters(&vector["params"]);
        assert_eq!(
            canonical_query(&parameters),
            text(&vector, "canonical"),
            "{line}"
        );
        let to_sign = string_to_sign(
            text(&vector, "method").as_bytes(),
            text(&vector, "host").as_bytes(),
            text(&vector, "path").as_bytes(),
            &parameters,
        )
        .unwrap_or_else(|error| panic!("{error}"));
        let signed = signature(
            &to_sign,
            text(&vector, "secret").as_bytes(),
            method_of(&parameters),
        );
        assert_eq!(signed, text(&vector, "signature"), "{line}");
    }
}

#[test]
fn published_vectors_match() {
    let document: Value =
        serde_json::from_str(&fixture("mws-sigv2-published-vectors.json")).unwrap_or_default();
    for vector in document["published"].as_array().into_iter().flatten() {
        let id = text(vector, "id");
        let parameters = parameters(&vector["params_unencoded"]);
        if let Some(expected) = vector["expected_canonical_query"].as_str() {
            assert_eq!(canonical_query(&parameters), expected, "{id}");
        }
        let Some(secret) = vector["secret_key"]
            .as_str()
            .or(vector["secret_key_used_for_signature"].as_str())
        else {
            continue;
        };
        let (_, to_sign, signed) = sign(vector, secret);
        assert_eq!(to_sign, text(vector, "expected_string_to_sign"), "{id}");
        let expected = vector["expected_signature_base64"]
            .as_str()
            .or(vector["computed_signature_base64"].as_str());
        assert_eq!(Some(signed.as_str()), expected, "{id}");
    }
}

#[test]
fn computed_vectors_match() {
    let document: Value =
        serde_json::from_str(&fixture("mws-sigv2-published-vectors.json")).unwrap_or_default();
    let vectors = document["computed"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    assert_eq!(vectors.len(), 12);
    for vector in vectors {
        let id = text(vector, "id");
        let (query, to_sign, signed) = sign(vector, text(vector, "secret_key"));
        assert_eq!(query, text(vector, "expected_canonical_query"), "{id}");
        assert_eq!(to_sign, text(vector, "expected_string_to_sign"), "{id}");
        assert_eq!(signed, text(vector, "expected_signature_base64"), "{id}");
    }
}

#[test]
fn negative_vectors_differ() {
    let document: Value =
        serde_json::from_str(&fixture("mws-sigv2-published-vectors.json")).unwrap_or_default();
    let computed = document["computed"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let negatives = document["negative"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    assert_eq!(negatives.len(), 10);
    for negative in negatives {
        let id = text(negative, "id");
        let based_on = text(negative, "based_on");
        let vector = computed
            .iter()
            .find(|vector| text(vector, "id") == based_on);
        let vector = vector.unwrap_or_else(|| panic!("{id}: no vector {based_on}"));
        let (query, to_sign, signed) = sign(vector, text(vector, "secret_key"));
        if let Some(wrong) = negative["wrong_canonical_query"].as_str() {
            assert_ne!(query, wrong, "{id}");
        }
        if let Some(wrong) = negative["wrong_string_to_sign"].as_str() {
            assert_ne!(to_sign, wrong, "{id}");
        }
        assert_ne!(signed, text(negative, "wrong_signature_base64"), "{id}");
    }
}

#[test]
fn content_md5_published_values() {
    let document: Value =
        serde_json::from_str(&fixture("mws-content-md5-vectors.json")).unwrap_or_default();
    let inputs: [&[u8]; 2] = [b"abc\tdef", b"mws"];
    let published = document["published"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    for (input, vector) in inputs.iter().zip(published) {
        assert_eq!(content_md5(input), text(vector, "expected"));
    }
}

/// Decodes lower-case hex, e.g. an `md5_hex` value.
fn from_hex(hex: &str) -> Vec<u8> {
    let digit = |byte: u8| char::from(byte).to_digit(16).map_or(0, |digit| digit as u8);
    hex.as_bytes()
        .chunks(2)
        .map(|pair| digit(pair[0]) << 4 | digit(pair[1]))
        .collect()
}

#[test]
fn content_md5_is_base64_of_raw_digest() {
    use base64::Engine as _;

    let document: Value =
        serde_json::from_str(&fixture("mws-content-md5-vectors.json")).unwrap_or_default();
    for vector in document["computed"].as_array().into_iter().flatten() {
        let raw =
            base64::engine::general_purpose::STANDARD.encode(from_hex(text(vector, "md5_hex")));
        assert_eq!(
            raw,
            text(vector, "expected_content_md5"),
            "{}",
            text(vector, "file")
        );
        assert_ne!(
            raw,
            text(vector, "wrong_base64_of_hex_text"),
            "{}",
            text(vector, "file")
        );
    }
}

#[test]
fn content_md5_of_feed_files() {
    let document: Value =
        serde_json::from_str(&fixture("mws-content-md5-vectors.json")).unwrap_or_default();
    let mut checked = 0;
    for vector in document["computed"].as_array().into_iter().flatten() {
        // NOTE: most feed fixtures here are shorter than the files these values were computed
        // from, so only a file of the recorded length is hashed.
        let bytes = std::fs::read(fixture_path(text(vector, "file"))).unwrap_or_default();
        if Some(bytes.len() as u64) != vector["length_bytes"].as_u64() {
            continue;
        }
        let md5 = content_md5(&bytes);
        assert_eq!(
            md5,
            text(vector, "expected_content_md5"),
            "{}",
            text(vector, "file")
        );
        assert_ne!(
            md5,
            text(vector, "wrong_base64_of_hex_text"),
            "{}",
            text(vector, "file")
        );
        checked += 1;
    }
    assert!(
        checked >= 2,
        "only {checked} feed files of the recorded length found"
    );
}
