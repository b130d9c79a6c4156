//! Known-answer tests of the cart: the builder reproduces `cba-cart-in-constructed.xml` byte for
//! byte, and the order-input of each entry of `cba-signed-cart-vectors.json` matches.

use pwapresta::cart::{cart_xml, order_input};
use pwapresta::feeds::input::Value;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn vectors() -> serde_json::Value {
    serde_json::from_slice(&fixture("cba-signed-cart-vectors.json")).expect("vectors are JSON")
}

/// Builds the input that describes `cba-cart-in-constructed.xml`.
fn india_cart() -> Value {
    let attribute = Value::map(vec![
        ("Attribute_name", Value::text("Size")),
        ("Attribute_val", Value::text("M")),
    ]);
    let shirt = Value::map(vec![
        ("sku", Value::text("DEMO-TSHIRT-M")),
        ("title", Value::text("Cotton T-shirt (M) — सूती टी-शर्ट")),
        ("description", Value::text("Demo product")),
        ("price", Value::Int(49900)),
        ("quantity", Value::Int(2)),
        (
            "weight",
            Value::map(vec![
                ("amount", Value::text("0.25")),
                ("unit", Value::text("kg")),
            ]),
        ),
        (
            "item_custom_data",
            Value::map(vec![
                ("Item_product_id", Value::Int(12)),
                ("Item_attr_product_id", Value::Int(34)),
                ("Item_price_excl_tax", Value::text("422.88")),
                ("Item_attribute", attribute),
            ]),
        ),
    ]);
    let wrapping = Value::map(vec![
        ("sku", Value::text("wrapping_fee")),
        ("title", Value::text("Wrapping-fee")),
        ("description", Value::text("Happy birthday!")),
        ("price", Value::Int(2500)),
        ("quantity", Value::Int(1)),
    ]);
    let promotion = Value::map(vec![
        ("promotion_id", Value::text("Total_Discount")),
        ("description", Value::text("Total discount at cart level")),
        ("fixed_amount_discount", Value::Int(10000)),
    ]);
    Value::map(vec![
        ("merchant_id", Value::text("A1EXAMPLEPWASELLER")),
        ("currency", Value::text("INR")),
        ("client_request_id", Value::Int(4711)),
        ("items", Value::list(vec![shirt, wrapping])),
        ("cart_promotion_id", Value::text("Total_Discount")),
        ("promotions", Value::list(vec![promotion])),
        (
            "return_url",
            Value::text(
                "https://shop.example.in/module/pwapresta/pwaorder?action=pwa_order&CartId=4711",
            ),
        ),
        ("cancel_url", Value::text("https://shop.example.in/order")),
    ])
}

#[test]
fn cart_reproduces_fixture_bytes() {
    let built = cart_xml(&india_cart()).expect("valid cart");
    let expected = String::from_utf8(fixture("cba-cart-in-constructed.xml")).expect("UTF-8");
    assert_eq!(built, expected);
}

#[test]
fn built_cart_signs_to_known_answer() {
    let vectors = vectors();
    let entry = &vectors["computed"][0];
    let built = cart_xml(&india_cart()).expect("valid cart");
    let secret = entry["secret_key"].as_str().expect("secret");
    let key = entry["aws_access_key_id"].as_str().expect("key");
    let signed = order_input(built.as_bytes(), secret.as_bytes(), key.as_bytes()).expect("signed");
    assert_eq!(
        signed,
        entry["expected_order_input"].as_str().expect("order input")
    );
}

#[test]
fn every_computed_vector_matches() {
    let vectors = vectors();
    for entry in vectors["computed"].as_array().expect("computed list") {
        let id = entry["id"].as_str().expect("id");
        let xml = match entry["cart_file"].as_str() {
            Some(file) => fixture(file),
            None => entry["cart_xml"]
                .as_str()
                .expect("cart_xml")
                .as_bytes()
                .to_vec(),
        };
        let secret = entry["secret_key"].as_str().expect("secret").as_bytes();
        let key = entry["aws_access_key_id"].as_str().expect("key").as_bytes();
        let signed = order_input(&xml, secret, key).expect("signed");
        let signature = entry["expected_signature_base64"]
            .as_str()
            .expect("signature");
        let order = entry["expected_order_base64"].as_str().expect("order");
        assert!(signed.contains(&format!(";signature:{signature};")), "{id}");
        assert!(signed.contains(&format!(";order:{order};")), "{id}");
        assert_eq!(
            signed,
            entry["expected_order_input"].as_str().expect("order input"),
            "{id}"
        );
    }
}

#[test]
fn wrong_variants_differ() {
    let vectors = vectors();
    for entry in vectors["negative"].as_array().expect("negative list") {
        let id = entry["id"].as_str().expect("id");
        let based_on = entry["based_on"].as_str().expect("based_on");
        let base = vectors["computed"]
            .as_array()
            .expect("computed list")
            .iter()
            .find(|computed| computed["id"] == based_on)
            .expect("base vector");
        let wrong = entry["value"].as_str().expect("value");
        assert_ne!(
            base["expected_signature_base64"].as_str(),
            Some(wrong),
            "{id}"
        );
        let xml = match base["cart_file"].as_str() {
            Some(file) => fixture(file),
            None => base["cart_xml"]
                .as_str()
                .expect("cart_xml")
                .as_bytes()
                .to_vec(),
        };
        let secret = base["secret_key"].as_str().expect("secret").as_bytes();
        let signed = order_input(&xml, secret, b"AKIAEXAMPLEPWAIN0001").expect("signed");
        assert!(!signed.contains(wrong), "{id}");
    }
}

#[test]
fn crlf_cart_signs_differently() {
    let vectors = vectors();
    let entry = &vectors["computed"][0];
    let xml = String::from_utf8(fixture("cba-cart-in-constructed.xml")).expect("UTF-8");
    let crlf = xml.replace('\n', "\r\n");
    let secret = entry["secret_key"].as_str().expect("secret").as_bytes();
    let signed = order_input(crlf.as_bytes(), secret, b"AKIAEXAMPLEPWAIN0001").expect("signed");
    let wrong = vectors["negative"][2]["value"]
        .as_str()
        .expect("crlf value");
    assert!(signed.contains(&format!(";signature:{wrong};")));
}

#[test]
fn long_sku_is_rejected() {
    let mut cart = india_cart();
    if let Value::Array(entries) = &mut cart {
        let items = Value::list(vec![Value::map(vec![
            ("sku", Value::text(&"S".repeat(41))),
            ("title", Value::text("t")),
            ("price", Value::Int(1)),
            ("quantity", Value::Int(1)),
        ])]);
        std::rc::Rc::make_mut(entries)[3].1 = items;
    }
    let error = cart_xml(&cart).unwrap_err();
    assert_eq!(error.class(), "InvalidFieldException");
    assert_eq!(error.field(), "cart.items[0].sku");
}

#[test]
fn hindi_title_is_cut_on_characters() {
    let title = "सूती".repeat(30);
    let cart = Value::map(vec![
        ("merchant_id", Value::text("M")),
        ("currency", Value::text("INR")),
        (
            "items",
            Value::list(vec![Value::map(vec![
                ("sku", Value::text("S")),
                ("title", Value::text(&title)),
                ("price", Value::Int(1)),
                ("quantity", Value::Int(1)),
            ])]),
        ),
    ]);
    let built = cart_xml(&cart).expect("valid cart");
    let expected: String = title.chars().take(80).collect();
    assert!(
        built.contains(&format!("<Title>{expected}</Title>")),
        "{built}"
    );
}
