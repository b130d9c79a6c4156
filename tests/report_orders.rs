//! Known-answer tests of the _GET_ORDERS_DATA_ XML report parser.

use pwapresta::mws::response::ParseError;
use pwapresta::order::Order;
use pwapresta::report::{each_order, parse_orders, StreamError};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("fixture {path}: {error}"))
}

fn components(entries: &[(&str, i64)]) -> Vec<(String, i64)> {
    entries
        .iter()
        .map(|(name, amount)| ((*name).to_owned(), *amount))
        .collect()
}

fn only_order(name: &str) -> Order {
    let mut orders = parse_orders(&fixture(name)).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(orders.len(), 1, "{name}");
    orders.remove(0)
}

#[test]
fn amazon_example_report() {
    let order = only_order("report-orders-xml-amazon-doc.xml");
    assert_eq!(order.notification_type, None);
    assert_eq!(order.amazon_order_id, "104-2391705-5555555");
    assert_eq!(order.order_date, "2008-12-30T16:23:23Z");
    assert_eq!(order.buyer.name, "Example Buyer Ltd");
    assert_eq!(order.buyer.email, "buyer-us@example.com");
    assert_eq!(order.buyer.phone.as_deref(), Some("000-0000000"));
    assert_eq!(order.billing_address, None);
    let address = order.shipping_address.as_ref().expect("shipping address");
    assert_eq!(address.state.as_deref(), Some("FL"));
    assert_eq!(address.address_field_three, None);
    assert_eq!(order.shipping_service_level.as_deref(), Some("Standard"));
    assert_eq!(order.currency, "USD");
    let item = &order.items[0];
    assert_eq!(item.amazon_order_item_code, "55995643055555");
    assert_eq!(item.sku, "414070");
    assert_eq!(item.quantity, 2);
    assert_eq!(item.client_request_id, None);
    assert_eq!(
        item.components.entries(),
        components(&[
            ("Principal", 10000),
            ("Shipping", 500),
            ("Tax", 2000),
            ("ShippingTax", 100),
            ("PrincipalPromo", 0),
            ("ShippingPromo", 0),
        ])
    );
    assert_eq!(item.total, 12600);
    assert_eq!(order.totals.total, 12600);
}

#[test]
fn india_report_with_promotion() {
    let order = only_order("report-orders-xml-in-constructed.xml");
    assert_eq!(order.order_date, "2015-06-01T10:15:30Z");
    assert_eq!(order.currency, "INR");
    assert_eq!(order.items.len(), 2);
    let shirt = &order.items[0];
    assert_eq!(shirt.title, "Cotton T-shirt (M) — सूती टी-शर्ट");
    assert_eq!(shirt.client_request_id.as_deref(), Some("4711"));
    assert_eq!(shirt.components.get("PrincipalPromo"), Some(10000));
    assert_eq!(shirt.total, 99800 + 5000 - 10000);
    assert_eq!(order.items[1].sku, "wrapping_fee");
    assert_eq!(order.totals.charges, 99800 + 5000 + 2500);
    assert_eq!(order.totals.promotions, 10000);
    assert_eq!(order.totals.total, 97300);
}

#[test]
fn streams_orders_in_document_order() {
    let mut xml = String::from("<AmazonEnvelope><MessageType>OrderReport</MessageType>");
    for index in 1..=3 {
        xml.push_str(&format!(
            "<Message><MessageID>{index}</MessageID><OrderReport>\
             <AmazonOrderID>403-{index}</AmazonOrderID><OrderDate>2015-06-01</OrderDate>\
             <Item><AmazonOrderItemCode>{index}</AmazonOrderItemCode><SKU>S</SKU>\
             <Quantity>1</Quantity><ItemPrice><Component><Type>Principal</Type>\
             <Amount currency=\"INR\">1.00</Amount></Component></ItemPrice></Item>\
             </OrderReport></Message>"
        ));
    }
    xml.push_str("</AmazonEnvelope>");
    let mut seen = Vec::new();
    let count = each_order(xml.as_bytes(), |order| {
        seen.push(order.amazon_order_id);
        Ok::<(), ()>(())
    })
    .expect("streams");
    assert_eq!(count, 3);
    assert_eq!(seen, ["403-1", "403-2", "403-3"]);
}

#[test]
fn callback_error_stops_the_stream() {
    let xml = fixture("report-orders-xml-in-constructed.xml");
    let result = each_order(xml.as_slice(), |_| Err("stop"));
    assert!(matches!(result, Err(StreamError::Callback("stop"))));
}

#[test]
fn empty_report_has_no_orders() {
    let xml = b"<AmazonEnvelope><MessageType>OrderReport</MessageType></AmazonEnvelope>";
    assert_eq!(parse_orders(xml), Ok(Vec::new()));
}

fn class_of(xml: &str) -> &'static str {
    match parse_orders(xml.as_bytes()) {
        Ok(orders) => panic!("expected an error, parsed {orders:?}"),
        Err(error) => error.exception_class(),
    }
}

#[test]
fn rejects_bad_reports() {
    let item = "<Item><AmazonOrderItemCode>1</AmazonOrderItemCode><SKU>S</SKU>\
                <Quantity>1</Quantity><ItemPrice><Component><Type>Principal</Type>\
                <Amount currency=\"INR\">1.00</Amount></Component></ItemPrice></Item>";
    let order = |body: &str| {
        format!(
            "<AmazonEnvelope><Message><OrderReport>{body}</OrderReport></Message></AmazonEnvelope>"
        )
    };
    let dated = |body: &str| {
        order(&format!(
            "<AmazonOrderID>1</AmazonOrderID><OrderDate>2015-06-01</OrderDate>{body}"
        ))
    };
    let cases = [
        (
            "<!DOCTYPE a><AmazonEnvelope/>".to_owned(),
            "DtdNotAllowedException",
        ),
        (
            "<AmazonEnvelope><Message>".to_owned(),
            "MalformedXmlException",
        ),
        ("<Report/>".to_owned(), "InvalidDocumentException"),
        (
            String::from_utf8_lossy(&fixture("mws-error-throttled.xml")).into_owned(),
            "MwsThrottledException",
        ),
        (
            order(&format!("<OrderDate>2015-06-01</OrderDate>{item}")),
            "InvalidDocumentException",
        ),
        (
            order(&format!("<AmazonOrderID>1</AmazonOrderID>{item}")),
            "InvalidDocumentException",
        ),
        (
            order("<AmazonOrderID>1</AmazonOrderID><OrderDate>2015-06-01</OrderDate>"),
            "InvalidDocumentException",
        ),
        (
            dated(&item.replace("<SKU>S</SKU>", "")),
            "InvalidDocumentException",
        ),
        (
            dated(&item.replace("<Quantity>1</Quantity>", "<Quantity>one</Quantity>")),
            "InvalidDocumentException",
        ),
        (
            dated(&item.replace(" currency=\"INR\"", "")),
            "InvalidDocumentException",
        ),
        (
            dated(&item.replace("<Type>Principal</Type>", "")),
            "InvalidDocumentException",
        ),
        (
            dated(&item.replace("1.00", "1.005")),
            "InvalidAmountException",
        ),
        (
            dated(&format!("{item}{}", item.replace("INR", "USD"))),
            "InvalidAmountException",
        ),
        (
            order(&format!(
                "<AmazonOrderID>1</AmazonOrderID><OrderDate>30/12/2008</OrderDate>{item}"
            )),
            "InvalidDocumentException",
        ),
    ];
    for (xml, class) in cases {
        assert_eq!(class_of(&xml), class, "{xml}");
    }
}

#[test]
fn error_response_instead_of_report() {
    let error = parse_orders(&fixture("mws-error-invalidclienttokenid.xml")).unwrap_err();
    assert!(matches!(error, ParseError::Mws(ref mws) if mws.code == "InvalidClientTokenId"));
}

fn deeply_nested(depth: usize) -> String {
    let mut inner = "<a>".repeat(depth);
    inner.push_str(&"</a>".repeat(depth));
    inner
}

#[test]
fn deep_nesting_inside_order_report_is_malformed() {
    let xml = format!(
        "<AmazonEnvelope><Message><OrderReport>{}</OrderReport></Message></AmazonEnvelope>",
        deeply_nested(200_000)
    );
    let error = parse_orders(xml.as_bytes()).expect_err("too deep");
    assert!(matches!(error, ParseError::Malformed(_)), "{error:?}");
}

#[test]
fn deep_nesting_outside_message_is_malformed() {
    let xml = format!(
        "<AmazonEnvelope>{}</AmazonEnvelope>",
        deeply_nested(200_000)
    );
    let error = parse_orders(xml.as_bytes()).expect_err("too deep");
    assert!(matches!(error, ParseError::Malformed(_)), "{error:?}");
}

#[test]
fn nesting_just_over_the_limit_is_malformed() {
    // The root counts as one level, so 256 more elements inside it make 257.
    let xml = format!("<AmazonEnvelope>{}</AmazonEnvelope>", deeply_nested(256));
    let error = parse_orders(xml.as_bytes()).expect_err("too deep");
    assert!(matches!(error, ParseError::Malformed(_)), "{error:?}");
}
