//! Checks that the streaming reader gives the orders and errors of the element-tree conversion on
//! generated reports, valid and broken.

use std::io::{self, Read};

use super::stream::{NodeVisitor, ReportStream};
use super::{each_order, order_from_report, stream_orders, StreamError};
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
    outcome(orders, result)
}

/// Streams through a buffer of `chunk_bytes`, from a reader that returns at most `read_bytes`
/// per call and is interrupted before every other read.
fn chunked_outcome(xml: &[u8], chunk_bytes: usize, read_bytes: usize) -> Outcome {
    let source = Trickle {
        rest: xml,
        read_bytes,
        interrupt: false,
    };
    let mut orders = Vec::new();
    let result = stream_orders(ReportStream::new(source, chunk_bytes), |order| {
        orders.push(order);
        Ok::<(), ()>(())
    });
    outcome(orders, result)
}

fn outcome(orders: Vec<Order>, result: Result<usize, StreamError<()>>) -> Outcome {
    let error = match result {
        Ok(_) => None,
        Err(StreamError::Parse(error)) => Some(error),
        Err(StreamError::Callback(())) => None,
    };
    (orders, error)
}

/// A reader that hands out a document a few bytes at a time.
struct Trickle<'a> {
    rest: &'a [u8],
    read_bytes: usize,
    interrupt: bool,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        self.interrupt = !self.interrupt;
        if self.interrupt {
            return Err(io::ErrorKind::Interrupted.into());
        }
        let count = self.read_bytes.min(buffer.len()).min(self.rest.len());
        buffer[..count].copy_from_slice(&self.rest[..count]);
        self.rest = &self.rest[count..];
        Ok(count)
    }
}

/// Buffer sizes from the smallest up, and how many bytes the reader returns per call for each,
/// so that events start and end at many offsets of a chunk.
const CHUNKINGS: [(usize, usize); 8] = [
    (1, 1),
    (2, 1),
    (3, 2),
    (5, 5),
    (16, 3),
    (17, 17),
    (64, 7),
    (257, 300),
];

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
            " currency='INR'",
            "\tcurrency=\"I&#78;R\"\n",
            " currency=\"&bogus;\"",
            " currency=\"INR\" currency=\"INR\"",
            " currency=\"INR\"unit=\"2\"",
            " currency = \"INR\"",
            " xmlns=\"urn:x\" currency=\"INR\"",
            " currency=\"IN\u{7f}R\"",
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
        element(
            random,
            "Title",
            &[
                "Mug",
                "नमस्ते",
                "",
                "a\tb\r\nc",
                "&#2350;&#x41;",
                "&bogus;",
                "x\u{7f}y",
            ],
        ),
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

#[test]
fn small_chunks_match_the_tree() {
    let mut random = Random(4_096);
    for case in 0..600 {
        let xml = report(&mut random);
        let expected = tree_outcome(xml.as_bytes());
        for (chunk_bytes, read_bytes) in CHUNKINGS {
            assert_eq!(
                chunked_outcome(xml.as_bytes(), chunk_bytes, read_bytes),
                expected,
                "case {case}, chunks of {chunk_bytes}, reads of {read_bytes}: {xml}"
            );
        }
    }
}

#[test]
fn broken_small_chunks_match_the_tree() {
    let mut random = Random(11);
    for case in 0..400 {
        let mut xml = report(&mut random).into_bytes();
        let at = random.below(xml.len());
        match random.below(4) {
            0 => xml.truncate(at),
            1 => xml[at] = b'<',
            2 => xml[at] = 0x01,
            // A byte that is never valid UTF-8.
            _ => xml[at] = 0xFF,
        }
        let expected = tree_outcome(&xml);
        let text = String::from_utf8_lossy(&xml);
        for (chunk_bytes, read_bytes) in CHUNKINGS {
            assert_eq!(
                chunked_outcome(&xml, chunk_bytes, read_bytes),
                expected,
                "case {case}, chunks of {chunk_bytes}, reads of {read_bytes}: {text}"
            );
        }
    }
}

/// What may come before, around and after the envelope: the stream reads most of it with
/// quick-xml's reader rather than its own, and must reject the same documents.
const PROLOGS: [&str; 12] = [
    "",
    "\u{feff}",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
    "\u{feff}<?xml version=\"1.0\"?>",
    " <?xml version=\"1.0\"?>",
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
    "<!-- report -->\n<?pi data?>",
    "<!DOCTYPE AmazonEnvelope>",
    "text",
    "</AmazonEnvelope>",
    "<!-- unclosed",
    "<![CDATA[x]]>",
];

const ROOT_TAGS: [&str; 6] = [
    "<AmazonEnvelope>",
    "<AmazonEnvelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
     xsi:noNamespaceSchemaLocation=\"amzn-envelope.xsd\">",
    "<a:AmazonEnvelope xmlns:a=\"urn:a\">",
    "<AmazonEnvelope xmlns=\"\">",
    "<AmazonEnvelope a=\"1\" a=\"2\">",
    "<AmazonEnvelope a=1>",
];

const EPILOGS: [&str; 6] = [
    "",
    "\n",
    "<!-- done -->",
    "<AmazonEnvelope/>",
    "x",
    "<?xml version=\"1.0\"?>",
];

#[test]
fn prologs_and_epilogs_match_the_tree() {
    let mut random = Random(3);
    let mut cases = 0;
    for prolog in PROLOGS {
        for root in ROOT_TAGS {
            for epilog in EPILOGS {
                let body = report(&mut random);
                let body = body
                    .strip_prefix("<AmazonEnvelope>")
                    .expect("the generated envelope");
                let end = if root.starts_with("<a:") {
                    body.replace("</AmazonEnvelope>", "</a:AmazonEnvelope>")
                } else {
                    body.to_owned()
                };
                let xml = format!("{prolog}{root}{end}{epilog}");
                let expected = tree_outcome(xml.as_bytes());
                assert_eq!(stream_outcome(xml.as_bytes()), expected, "{xml}");
                for (chunk_bytes, read_bytes) in [(1, 1), (7, 3)] {
                    assert_eq!(
                        chunked_outcome(xml.as_bytes(), chunk_bytes, read_bytes),
                        expected,
                        "chunks of {chunk_bytes}: {xml}"
                    );
                }
                cases += 1;
            }
        }
    }
    assert_eq!(cases, PROLOGS.len() * ROOT_TAGS.len() * EPILOGS.len());
}

#[test]
fn long_events_across_chunks() {
    let title = "नमस्ते &amp; ".repeat(5_000);
    let attribute = "v".repeat(3_000);
    let comment = "-".repeat(20_000);
    let xml = format!(
        "<AmazonEnvelope><!-- {comment} --><Message><OrderReport>\
         <AmazonOrderID>403-1</AmazonOrderID><OrderDate>2015-06-01</OrderDate>\
         <Item><AmazonOrderItemCode>1</AmazonOrderItemCode><SKU>s</SKU><Quantity>1</Quantity>\
         <Title>{title}</Title><ItemPrice><Component><Type>Principal</Type>\
         <Amount note=\"{attribute}\" currency=\"INR\">1.00</Amount></Component></ItemPrice>\
         </Item></OrderReport></Message></AmazonEnvelope>"
    );
    let expected = tree_outcome(xml.as_bytes());
    assert_eq!(expected.0.len(), 1, "{:?}", expected.1);
    let decoded = "नमस्ते & ".repeat(5_000);
    assert_eq!(expected.0[0].items[0].title, decoded.trim_end());
    for (chunk_bytes, read_bytes) in [(16, 5), (1_000, 999), (4_096, 4_096)] {
        assert_eq!(
            chunked_outcome(xml.as_bytes(), chunk_bytes, read_bytes),
            expected,
            "chunks of {chunk_bytes}"
        );
    }
}

/// A reader that fails after handing out some bytes.
struct Failing<'a>(&'a [u8]);

impl Read for Failing<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::Error::other("disk gone"));
        }
        let count = buffer.len().min(self.0.len());
        buffer[..count].copy_from_slice(&self.0[..count]);
        self.0 = &self.0[count..];
        Ok(count)
    }
}

#[test]
fn read_error_is_malformed() {
    let result = each_order(Failing(b"<AmazonEnvelope><Message>"), |_| Ok::<(), ()>(()));
    let Err(StreamError::Parse(ParseError::Malformed(message))) = result else {
        panic!("expected a malformed document, got {result:?}");
    };
    assert_eq!(message, "I/O error: disk gone near byte 25");
}

/// Counts the start tags and texts it receives.
struct NodeCounter(usize);

impl NodeVisitor for NodeCounter {
    fn attribute(&mut self, _name: &str, _value: std::borrow::Cow<'_, str>) {}

    fn start(&mut self, _name: &str) {
        self.0 += 1;
    }

    fn text(&mut self, _text: &str) {
        self.0 += 1;
    }
}

#[test]
fn buffer_stays_at_chunk_size() {
    let message = "<Message><OrderReport><AmazonOrderID>403-1</AmazonOrderID>\
                   <Item><Title>नमस्ते &amp; more</Title><Amount currency=\"INR\">1.00</Amount>\
                   <Empty/></Item></OrderReport></Message>\n";
    let xml = format!(
        "<?xml version=\"1.0\"?><AmazonEnvelope>{}</AmazonEnvelope>",
        message.repeat(1_000)
    );
    let mut stream = ReportStream::new(xml.as_bytes(), 512);
    let mut counter = NodeCounter(0);
    let mut nodes = 0;
    while stream.read_node(&mut counter).expect("node").is_some() {
        nodes += 1;
    }
    // Per message: 7 starts, 7 ends and 4 texts (three values and the line break).
    assert_eq!(nodes, 2 + 1_000 * 18);
    assert_eq!(counter.0, 1 + 1_000 * 11);
    assert_eq!(stream.buffer_bytes(), 512);
}
