//! Feed builders against the `feed-*` fixtures: same elements, attributes and text in the same
//! order, ignoring the fixture's comment and indentation, plus negative paths.

use pwapresta::feeds::input::Value;
use pwapresta::feeds::{
    order_acknowledgement_feed, order_fulfillment_feed, payment_adjustment_feed,
};
use quick_xml::events::Event;
use quick_xml::Reader;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Lists one line per start tag (with attributes), text node and end tag, dropping comments and
/// whitespace-only text. `FulfillmentDate` text is replaced by `date_override` when given, because the
/// builder writes UTC while a fixture may carry an offset.
fn structure(xml: &str, date_override: Option<&str>) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut lines = Vec::new();
    let mut in_date = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(start) => {
                let mut line = format!("<{}", String::from_utf8_lossy(start.name().as_ref()));
                for attribute in start.attributes() {
                    let attribute = attribute.expect("attribute");
                    let value = attribute.unescape_value().expect("attribute value");
                    line.push_str(&format!(
                        " {}={value}",
                        String::from_utf8_lossy(attribute.key.as_ref())
                    ));
                }
                in_date = start.name().as_ref() == b"FulfillmentDate";
                lines.push(line);
            }
            Event::End(end) => {
                in_date = false;
                lines.push(format!(
                    "</{}",
                    String::from_utf8_lossy(end.name().as_ref())
                ));
            }
            Event::Text(text) => {
                let text = text.unescape().expect("text").into_owned();
                if text.trim().is_empty() {
                    continue;
                }
                match (in_date, date_override) {
                    (true, Some(date)) => lines.push(date.to_owned()),
                    _ => lines.push(text),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    lines
}

fn list(values: Vec<Value>) -> Value {
    Value::list(values)
}

fn map(entries: Vec<(&str, Value)>) -> Value {
    Value::map(entries)
}

fn text(value: &str) -> Value {
    Value::text(value)
}

fn seller() -> Value {
    text("A1EXAMPLEPWASELLER")
}

fn india_fulfillment() -> Value {
    list(vec![map(vec![
        ("amazon_order_id", text("403-0000001-0000001")),
        ("merchant_fulfillment_id", text("15-1")),
        ("fulfillment_date", Value::Int(1_433_226_600)),
        ("carrier_name", text("Example Couriers & Logistics")),
        ("shipping_method", text("Standard")),
        ("tracking_number", text("EXTRK000000001IN")),
        (
            "items",
            list(vec![map(vec![
                ("amazon_order_item_code", text("10000000000001")),
                ("quantity", Value::Int(1)),
            ])]),
        ),
    ])])
}

#[test]
fn fulfillment_matches_india_fixture() {
    let built = order_fulfillment_feed(&seller(), &india_fulfillment()).expect("valid");
    let expected = fixture("feed-order-fulfillment-in-constructed.xml");
    // 2015-06-02T12:00:00+05:30 is 06:30:00 UTC.
    assert_eq!(
        structure(&built, None),
        structure(&expected, Some("2015-06-02T06:30:00Z"))
    );
    assert!(built.contains("<CarrierName>Example Couriers &amp; Logistics</CarrierName>"));
}

#[test]
fn fulfillment_matches_amazon_example() {
    let fulfillments = list(vec![map(vec![
        ("merchant_order_id", Value::Int(1_234_567)),
        ("merchant_fulfillment_id", text("1234567")),
        ("fulfillment_date", Value::Int(1_020_296_193)),
        ("carrier_code", text("UPS")),
        ("shipping_method", text("Second Day")),
        ("tracking_number", text("1234567890")),
        (
            "items",
            list(vec![map(vec![
                ("merchant_order_item_id", text("1234567")),
                ("merchant_fulfillment_item_id", text("1234567")),
                ("quantity", Value::Int(2)),
            ])]),
        ),
    ])]);
    let built = order_fulfillment_feed(&text("My Store"), &fulfillments).expect("valid");
    let expected = fixture("feed-order-fulfillment-amazon-doc.xml");
    // 2002-05-01T15:36:33-08:00 is 23:36:33 UTC.
    assert_eq!(
        structure(&built, None),
        structure(&expected, Some("2002-05-01T23:36:33Z"))
    );
}

fn adjusted_item(
    code: &str,
    slip: &str,
    components: Vec<(&str, i64)>,
    promotion: Option<i64>,
) -> Value {
    let components = map(components
        .into_iter()
        .map(|(k, v)| (k, Value::Int(v)))
        .collect());
    let mut entries = vec![
        ("amazon_order_item_code", text(code)),
        ("merchant_adjustment_item_id", text(slip)),
        ("reason", text("CustomerReturn")),
        ("components", components),
    ];
    if let Some(amount) = promotion {
        entries.push((
            "promotions",
            list(vec![map(vec![
                ("merchant_promotion_id", text("Total_Discount")),
                ("components", map(vec![("Principal", Value::Int(amount))])),
            ])]),
        ));
    }
    map(entries)
}

#[test]
fn adjustment_matches_full_refund_fixture() {
    let adjustments = list(vec![map(vec![
        ("amazon_order_id", text("403-0000001-0000001")),
        ("currency", text("INR")),
        (
            "items",
            list(vec![
                adjusted_item(
                    "10000000000001",
                    "slip-7-line-31",
                    vec![
                        ("Principal", 99800),
                        ("Shipping", 5000),
                        ("Tax", 0),
                        ("ShippingTax", 0),
                    ],
                    Some(-10000),
                ),
                adjusted_item(
                    "10000000000002",
                    "slip-7-line-32",
                    vec![("Principal", 2500)],
                    None,
                ),
            ]),
        ),
    ])]);
    let built = payment_adjustment_feed(&seller(), &adjustments).expect("valid");
    let expected = fixture("feed-payment-adjustment-full-constructed.xml");
    assert_eq!(structure(&built, None), structure(&expected, None));
}

#[test]
fn adjustment_matches_partial_refund_fixture() {
    let adjustments = list(vec![map(vec![
        ("amazon_order_id", text("403-0000001-0000001")),
        ("currency", text("INR")),
        (
            "items",
            list(vec![adjusted_item(
                "10000000000001",
                "slip-8-line-31",
                vec![("Principal", 49900), ("Tax", 0)],
                Some(-5000),
            )]),
        ),
    ])]);
    let built = payment_adjustment_feed(&seller(), &adjustments).expect("valid");
    let expected = fixture("feed-payment-adjustment-partial-constructed.xml");
    assert_eq!(structure(&built, None), structure(&expected, None));
}

fn acknowledgement(status: &str, item_key: &str, values: [&str; 2]) -> Value {
    let items = values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            map(vec![
                (
                    "amazon_order_item_code",
                    text(&format!("1000000000000{}", i + 1)),
                ),
                (item_key, text(value)),
            ])
        })
        .collect();
    list(vec![map(vec![
        ("amazon_order_id", text("403-0000001-0000001")),
        ("merchant_order_id", Value::Int(15)),
        ("status_code", text(status)),
        ("items", list(items)),
    ])])
}

#[test]
fn acknowledgement_matches_success_fixture() {
    let input = acknowledgement("Success", "merchant_order_item_id", ["31", "32"]);
    let built = order_acknowledgement_feed(&seller(), &input).expect("valid");
    let expected = fixture("feed-order-acknowledgement-success-constructed.xml");
    assert_eq!(structure(&built, None), structure(&expected, None));
}

#[test]
fn acknowledgement_matches_cancel_fixture() {
    let input = acknowledgement(
        "Failure",
        "cancel_reason",
        ["BuyerCanceled", "BuyerCanceled"],
    );
    let built = order_acknowledgement_feed(&seller(), &input).expect("valid");
    let expected = fixture("feed-order-acknowledgement-cancel-constructed.xml");
    assert_eq!(structure(&built, None), structure(&expected, None));
}

#[test]
fn cancel_reason_needs_failure() {
    let input = acknowledgement(
        "Success",
        "cancel_reason",
        ["BuyerCanceled", "BuyerCanceled"],
    );
    let error = order_acknowledgement_feed(&seller(), &input).unwrap_err();
    assert_eq!(error.class(), "InvalidFieldException");
    assert_eq!(error.field(), "acknowledgements[0].items[0].cancel_reason");
}

#[test]
fn unknown_cancel_reason_is_rejected() {
    let input = acknowledgement("Failure", "cancel_reason", ["BuyerCanceled", "Whim"]);
    let error = order_acknowledgement_feed(&seller(), &input).unwrap_err();
    assert_eq!(error.field(), "acknowledgements[0].items[1].cancel_reason");
}

#[test]
fn zero_quantity_names_its_path() {
    let input = list(vec![map(vec![
        ("amazon_order_id", text("1")),
        ("fulfillment_date", Value::Int(0)),
        (
            "items",
            list(vec![
                map(vec![("amazon_order_item_code", text("a"))]),
                map(vec![
                    ("amazon_order_item_code", text("b")),
                    ("quantity", Value::Int(0)),
                ]),
            ]),
        ),
    ])]);
    let error = order_fulfillment_feed(&seller(), &input).unwrap_err();
    assert_eq!(error.class(), "InvalidFieldException");
    assert_eq!(error.field(), "fulfillments[0].items[1].quantity");
}

#[test]
fn float_amount_is_rejected() {
    let input = list(vec![map(vec![
        ("amazon_order_id", text("1")),
        ("currency", text("INR")),
        (
            "items",
            list(vec![map(vec![
                ("amazon_order_item_code", text("a")),
                ("reason", text("CustomerReturn")),
                ("components", map(vec![("Principal", Value::Float(9.99))])),
            ])]),
        ),
    ])]);
    let error = payment_adjustment_feed(&seller(), &input).unwrap_err();
    assert_eq!(error.class(), "InvalidAmountException");
    assert_eq!(
        error.field(),
        "adjustments[0].items[0].components.Principal"
    );
}

#[test]
fn unknown_reason_is_rejected() {
    let input = list(vec![map(vec![
        ("amazon_order_id", text("1")),
        ("currency", text("INR")),
        (
            "items",
            list(vec![map(vec![
                ("amazon_order_item_code", text("a")),
                ("reason", text("Refund")),
                ("components", map(vec![("Principal", Value::Int(1))])),
            ])]),
        ),
    ])]);
    let error = payment_adjustment_feed(&seller(), &input).unwrap_err();
    assert_eq!(error.field(), "adjustments[0].items[0].reason");
}

#[test]
fn empty_merchant_and_list_are_missing() {
    let error = order_fulfillment_feed(&text(""), &india_fulfillment()).unwrap_err();
    assert_eq!(error.field(), "merchant_identifier");
    let error = order_fulfillment_feed(&seller(), &list(vec![])).unwrap_err();
    assert_eq!(error.class(), "MissingFieldException");
    assert_eq!(error.field(), "fulfillments");
}

#[test]
fn tracking_without_carrier_is_rejected() {
    let input = list(vec![map(vec![
        ("amazon_order_id", text("1")),
        ("fulfillment_date", Value::Int(0)),
        ("tracking_number", text("T")),
    ])]);
    let error = order_fulfillment_feed(&seller(), &input).unwrap_err();
    assert_eq!(error.class(), "MissingFieldException");
    assert_eq!(error.field(), "fulfillments[0].carrier_name");
}
