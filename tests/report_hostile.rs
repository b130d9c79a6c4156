//! Reports built to slip past a check: another root over invalid bytes, content after an
//! ErrorResponse, long tags and undeclared prefixes inside an order.

use pwapresta::mws::response::ParseError;
use pwapresta::report::{each_order, parse_orders, StreamError};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("fixture {path}: {error}"))
}

fn is_malformed(result: Result<Vec<pwapresta::order::Order>, ParseError>) -> bool {
    matches!(result, Err(ParseError::Malformed(_)))
}

/// The report fixture with `element` inserted right after its first `<OrderReport>`.
fn report_with(element: &str) -> Vec<u8> {
    let xml = String::from_utf8(fixture("report-orders-xml-in-constructed.xml")).expect("UTF-8");
    let at = xml.find("<OrderReport>").expect("an OrderReport") + "<OrderReport>".len();
    format!("{}{element}{}", &xml[..at], &xml[at..]).into_bytes()
}

#[test]
fn invalid_bytes_under_another_root_are_malformed() {
    assert!(is_malformed(parse_orders(b"<x>\xff\xfe</x>")));
}

#[test]
fn streamed_invalid_bytes_are_malformed() {
    let result = each_order(b"<x>\xff\xfe</x>".as_slice(), |_| Ok::<(), ()>(()));
    assert!(matches!(
        result,
        Err(StreamError::Parse(ParseError::Malformed(_)))
    ));
}

#[test]
fn well_formed_other_root_is_an_invalid_document() {
    let result = parse_orders(b"<x><y/></x>");
    assert!(matches!(result, Err(ParseError::InvalidDocument { .. })));
}

#[test]
fn content_after_an_error_response_is_malformed() {
    let mut xml = fixture("mws-error-throttled.xml");
    xml.extend_from_slice(b"<extra/>");
    assert!(is_malformed(parse_orders(&xml)));
}

#[test]
fn error_response_is_still_raised() {
    let result = parse_orders(&fixture("mws-error-throttled.xml"));
    assert!(matches!(result, Err(ParseError::Mws(_))));
}

#[test]
fn many_attributes_in_an_order_are_malformed() {
    let attributes: String = (0..100_000).map(|i| format!(" a{i}=\"1\"")).collect();
    let result = parse_orders(&report_with(&format!("<x{attributes}/>")));
    // The tag-length limit must reject the tag before its attributes are compared with each
    // other, which takes time quadratic in their number.
    let Err(ParseError::Malformed(error)) = result else {
        panic!("expected a malformed report, got {result:?}");
    };
    assert!(
        error.to_string().contains("longer than the limit"),
        "{error}"
    );
}

#[test]
fn long_name_in_an_order_is_malformed() {
    let name = "n".repeat(50_000);
    assert!(is_malformed(parse_orders(&report_with(&format!(
        "<{name}/>"
    )))));
}

#[test]
fn undeclared_prefix_in_an_order_is_malformed() {
    assert!(is_malformed(parse_orders(&report_with("<a:x/>"))));
}

#[test]
fn declared_prefix_in_an_order_is_read() {
    let orders = parse_orders(&report_with("<a:x xmlns:a=\"urn:a\"><a:y/></a:x>"));
    assert_eq!(orders.expect("orders").len(), 1);
}
