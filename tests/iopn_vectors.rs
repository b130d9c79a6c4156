//! Known-answer tests of IOPN verification and parsing against tests/fixtures.

use pwapresta::iopn::signature::calculate_signature;
use pwapresta::iopn::{parse_notification, verify, FieldValue, ParseError, VerifyError};
use pwapresta::xml::read::XmlError;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn json(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name)).expect("fixture is JSON")
}

/// Decodes an application/x-www-form-urlencoded body once, as PHP's parse_str does.
fn form_fields(body: &str) -> Vec<(String, Vec<u8>)> {
    let decode = |text: &str| {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut index = 0;
        while index < bytes.len() {
            match bytes[index] {
                b'+' => out.push(b' '),
                b'%' if index + 2 < bytes.len() => {
                    let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).expect("ascii");
                    out.push(u8::from_str_radix(hex, 16).expect("hex"));
                    index += 2;
                }
                byte => out.push(byte),
            }
            index += 1;
        }
        out
    };
    body.trim_end()
        .split('&')
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (
                String::from_utf8(decode(name)).expect("utf-8 name"),
                decode(value),
            )
        })
        .collect()
}

fn lookup<'a>(fields: &'a [(String, Vec<u8>)]) -> impl Fn(&str) -> FieldValue<'a> {
    move |name| match fields.iter().find(|(key, _)| key == name) {
        Some((_, value)) => FieldValue::Text(value),
        None => FieldValue::Missing,
    }
}

#[test]
fn computed_signature_vectors() {
    for case in json("iopn-signature-vectors.json")["cases"]
        .as_array()
        .expect("cases")
    {
        let signature = calculate_signature(
            case["secret"].as_str().expect("secret").as_bytes(),
            case["UUID"].as_str().expect("uuid").as_bytes(),
            case["Timestamp"].as_str().expect("timestamp").as_bytes(),
        );
        assert_eq!(
            signature,
            case["expected_signature"].as_str().expect("signature"),
            "{}",
            case["name"]
        );
    }
}

#[test]
fn lifecycle_posts_verify_and_parse() {
    let expected = json("iopn-lifecycle/expected.json");
    let secret = expected["secret_key"].as_str().expect("secret").as_bytes();
    let key_id = expected["access_key_id"].as_str().expect("key").as_bytes();
    for notification in expected["notifications"].as_array().expect("notifications") {
        let file = notification["file"].as_str().expect("file");
        let fields = form_fields(&fixture(&format!("iopn-lifecycle/{file}")));
        let timestamp = notification["timestamp"].as_str().expect("timestamp");
        let now = pwapresta::order::parse_instant(timestamp)
            .expect("timestamp")
            .unix
            + 5;

        let verified = verify(lookup(&fields), secret, key_id, now, 900).expect(file);
        assert_eq!(
            verified.notification_type,
            notification["type"].as_str().expect("type")
        );

        let data = &fields
            .iter()
            .find(|(name, _)| name == "NotificationData")
            .expect("data")
            .1;
        let order = parse_notification(data).expect(file);
        assert_eq!(
            order.amazon_order_id,
            notification["amazon_order_id"].as_str().expect("id")
        );
        assert_eq!(
            order.totals.total,
            notification["grand_total_minor"].as_i64().expect("total")
        );
        assert_eq!(
            order.items.len(),
            notification["items"].as_array().expect("items").len()
        );
        assert_eq!(order.buyer.phone, None);
    }
}

#[test]
fn window_edges_are_inclusive() {
    let fields = vec![
        (
            "NotificationType".to_owned(),
            b"NewOrderNotification".to_vec(),
        ),
        ("NotificationData".to_owned(), b"<x/>".to_vec()),
        (
            "UUID".to_owned(),
            b"0b6f3c1e-4c2a-4f55-9d7e-000000000019".to_vec(),
        ),
        ("Timestamp".to_owned(), b"2015-06-01T10:15:31.250Z".to_vec()),
        (
            "Signature".to_owned(),
            b"YU+unJBQsKz0/KeHHFgsDo1KVBw=".to_vec(),
        ),
        (
            "AWSAccessKeyId".to_owned(),
            b"AKIAEXAMPLEPWAIN0001".to_vec(),
        ),
    ];
    let secret = b"pwaExampleSecret/Key+0123456789abcdefghij";
    let check = |now| verify(lookup(&fields), secret, b"AKIAEXAMPLEPWAIN0001", now, 900);
    let timestamp = 1_433_153_731;
    assert!(check(timestamp + 900).is_ok());
    assert!(check(timestamp - 900).is_ok());
    assert!(matches!(
        check(timestamp + 901),
        Err(VerifyError::Stale { .. })
    ));
    assert!(matches!(
        check(timestamp - 901),
        Err(VerifyError::Future { .. })
    ));
}

#[test]
fn amazon_sample_parses() {
    let order =
        parse_notification(fixture("iopn-new-order-cba-sample.xml").as_bytes()).expect("sample");
    assert_eq!(order.order_date, "2009-08-31T00:00:00Z");
    assert_eq!(order.displayable_shipping_label, None);
    assert_eq!(order.currency, "USD");
}

#[test]
fn doctype_is_rejected_before_expansion() {
    let xml = b"<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><NewOrderNotification>&b;</NewOrderNotification>";
    assert_eq!(
        parse_notification(xml),
        Err(ParseError::Xml(XmlError::DtdNotAllowed))
    );
}
