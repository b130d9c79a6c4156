//! Checks that the streaming reader gives the orders and errors of the element-tree conversion on
//! generated reports, valid and broken.

use super::{each_order, order_from_report, StreamError};
use crate::mws::response::element::{Node, XmlStream};
use crate::mws::response::{check_error_response, ParseError};
use crate::order::Order;

/// Orders streamed before the end or the first error, and that error.
type Outcome = (Vec<Order>, Option<ParseError>);

/// Reads each OrderReport into an element tree and converts it: the reference outcome.
fn tree_outcome(xml: &[u8]) -> Outcome {
    let mut orders = Vec::new();
    let error = tree_orders(xml, &mut orders).err();
    (orders, error)
}

fn tree_orders(xml: &[u8], orders: &mut Vec<Order>) -> Result<(), ParseError> {
    let mut stream = XmlStream::new(xml);
    let root = loop {
        if let Some(Node::Start(root)) = stream.next_node()? {
            break root;
        }
    };
    if root.name == "ErrorResponse" {
        let answer = stream.read_subtree(root)?;
        while stream.next_node()?.is_some() {}
        return check_error_response(&answer);
    }
    if root.name != "AmazonEnvelope" {
        while stream.next_node()?.is_some() {}
        let message = format!(
            "the report's root element is {}, expected AmazonEnvelope: pass a _GET_ORDERS_DATA_ \
             XML report",
            root.name
        );
        return Err(ParseError::invalid(&root.name, message));
    }
    while let Some(node) = stream.next_node()? {
        if let Node::Start(element) = node {
            if element.name == "OrderReport" {
                let report = stream.read_subtree(element)?;
                orders.push(order_from_report(&report)?);
            }
        }
    }
    Ok(())
}

fn stream_outcome(xml: &[u8]) -> Outcome {
    let mut orders = Vec::new();
    let result = each_order(xml, |order| {
        orders.push(order);
        Ok::<(), ()>(())
    });
    let error = match result {
        Ok(_) => None,
        Err(StreamError::Parse(error)) => Some(error),
        Err(StreamError::Callback(())) => None,
    };
    (orders, error)
}

/// A small deterministic generator (64-bit linear congruential), so failures reproduce.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound
    }

    /// The first choice (a valid value) nine times in ten, otherwise any.
    fn pick<'a>(&mut self, choices: &[&'a str]) -> &'a str {
        if self.below(10) > 0 {
            return choices[0];
        }
        choices[self.below(choices.len())]
    }

    /// 0, 1 or 2 copies, mostly 1.
    fn copies(&mut self) -> usize {
        [1, 1, 1, 1, 1, 1, 1, 1, 0, 2][self.below(10)]
    }
}

fn element(random: &mut Random, name: &str, values: &[&str]) -> String {
    let mut xml = String::new();
    for _ in 0..random.copies() {
        let value = random.pick(values);
        let split = random.pick(&["", "<!--c-->", "<Extra>x</Extra>", "<![CDATA[]]>"]);
        xml.push_str(&format!("<{name}>{value}{split}</{name}>"));
    }
    xml
}

fn component(random: &mut Random) -> String {
    let kind = element(
        random,
        "Type",
        &[
            "Principal",
            "Shipping",
            "Tax",
            "PrincipalPromo",
            "Custom",
            " ",
            "Other",
        ],
    );
    let mut amounts = String::new();
    for _ in 0..random.copies() {
        let attributes = random.pick(&[
            " currency=\"INR\"",
            " currency=\"INR\"",
            " currency=\" INR \"",
            " x:currency=\"INR\" xmlns:x=\"urn:x\"",
            " currency=\"USD\"",
            " currency=\"\"",
            "",
            " unit=\"1\" currency=\"INR\"",
        ]);
        let text = random.pick(&[
            "10.00",
            "-5.50",
            " 1.5 ",
            "abc",
            "",
            "99999999999999999",
            "0",
        ]);
        amounts.push_str(&format!("<Amount{attributes}>{text}</Amount>"));
    }
    let mut parts = [kind, amounts];
    if random.below(4) == 0 {
        parts.reverse();
    }
    format!("<Component>{}{}</Component>", parts[0], parts[1])
}

fn item(random: &mut Random) -> String {
    let mut parts = vec![
        element(random, "AmazonOrderItemCode", &["111", "222", " ", ""]),
        element(random, "SKU", &["sku-1", "sku &amp; 2", ""]),
        element(random, "Quantity", &["1", "2", "x", "-1", ""]),
        element(random, "Title", &["Mug", "नमस्ते", ""]),
        element(
            random,
            "CustomizationInfo",
            &[
                "<Type>url</Type><Data>ClientRequestId=42,x=y</Data>",
                "<Data>a=b</Data><Data>ClientRequestId=7</Data>",
                "<Data> ClientRequestId = 9 </Data>",
                "",
            ],
        ),
    ];
    for list in ["ItemPrice", "Promotion"] {
        for _ in 0..random.copies() {
            let components: String = (0..random.copies()).map(|_| component(random)).collect();
            parts.push(format!("<{list}>{components}</{list}>"));
        }
    }
    shuffle(random, &mut parts);
    format!("<Item>{}</Item>", parts.concat())
}

fn order_report(random: &mut Random) -> String {
    let address: String = [
        "Name",
        "AddressFieldOne",
        "AddressFieldTwo",
        "City",
        "StateOrRegion",
        "State",
        "PostalCode",
        "CountryCode",
        "PhoneNumber",
    ]
    .iter()
    .map(|name| element(random, name, &["A", " ", "B &lt;c&gt;"]))
    .collect();
    let mut parts = vec![
        element(random, "AmazonOrderID", &["403-1", "403-2", " "]),
        element(
            random,
            "OrderDate",
            &["2015-06-01T10:15:30+05:30", "2015-06-01", "yesterday", "2015-06-01T10%3A15%3A30Z"],
        ),
        element(
            random,
            "BillingData",
            &[
                "<BuyerName>Asha</BuyerName><BuyerEmailAddress>a@example.com</BuyerEmailAddress>",
                "<BuyerPhoneNumber>99</BuyerPhoneNumber><BuyerName/>",
                "",
            ],
        ),
        element(
            random,
            "FulfillmentData",
            &[
                &format!("<FulfillmentServiceLevel>Standard</FulfillmentServiceLevel><Address>{address}</Address>"),
                "<Address/><Address><City>Pune</City></Address>",
                "<FulfillmentServiceLevel> </FulfillmentServiceLevel>",
            ],
        ),
        element(random, "Unknown", &["<Item>1</Item>", "text"]),
    ];
    for _ in 0..random.copies() {
        parts.push(item(random));
    }
    shuffle(random, &mut parts);
    format!("<OrderReport>{}</OrderReport>", parts.concat())
}

fn shuffle(random: &mut Random, parts: &mut [String]) {
    for index in (1..parts.len()).rev() {
        parts.swap(index, random.below(index + 1));
    }
}

fn report(random: &mut Random) -> String {
    let mut xml = String::from("<AmazonEnvelope><MessageType>OrderReport</MessageType>");
    for _ in 0..random.below(4) {
        let wrapped = match random.below(3) {
            0 => order_report(random),
            1 => format!(
                "<Message><MessageID>1</MessageID>{}</Message>",
                order_report(random)
            ),
            _ => format!(
                "<Message><Deeper>{}</Deeper></Message>",
                order_report(random)
            ),
        };
        xml.push_str(&wrapped);
    }
    xml.push_str("</AmazonEnvelope>");
    xml
}

#[test]
fn generated_reports_match_the_tree() {
    let mut random = Random(20_261_204);
    let mut orders = 0;
    let mut errors = 0;
    for case in 0..4000 {
        let xml = report(&mut random);
        let expected = tree_outcome(xml.as_bytes());
        orders += expected.0.len();
        errors += usize::from(expected.1.is_some());
        assert_eq!(
            stream_outcome(xml.as_bytes()),
            expected,
            "case {case}: {xml}"
        );
    }
    // The generator must produce both kinds of outcome for the comparison to mean anything.
    assert!(orders > 100, "{orders} orders");
    assert!(errors > 100, "{errors} errors");
}

#[test]
fn broken_documents_match_the_tree() {
    let mut random = Random(7);
    for case in 0..1500 {
        let mut xml = report(&mut random).into_bytes();
        // Cut the document or overwrite one byte with a character that breaks XML.
        let at = random.below(xml.len());
        match random.below(3) {
            0 => xml.truncate(at),
            1 => xml[at] = b'<',
            _ => xml[at] = 0x01,
        }
        let expected = tree_outcome(&xml);
        let text = String::from_utf8_lossy(&xml);
        assert_eq!(stream_outcome(&xml), expected, "case {case}: {text}");
    }
}
