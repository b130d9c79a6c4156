//! A small XML element tree read with quick-xml, and the stream of events it is built from.
//!
//! MWS answers are small, so they are read whole into an [`Element`] tree. Order reports can be
//! large, so [`XmlStream`] lets a caller walk the document and build a tree for one subtree at a
//! time. Names are local names (the prefix and namespace are dropped), text is unescaped and
//! concatenated per element, comments and processing instructions are skipped.
//!
//! The checks follow what libxml (the PHP engine's parser) rejects, so both engines fail on the
//! same documents: a DOCTYPE, a declared encoding other than UTF-8, bytes that are not UTF-8,
//! characters that XML 1.0 forbids, mismatched or missing end tags, and content outside the root.
//! Elements nested deeper than [`MAX_DEPTH`] are rejected too, which also bounds the recursion
//! of dropping an [`Element`] tree, and so are tags and names over the limits of
//! [`crate::xml::read`] and namespace prefixes that no enclosing element declares.
//!
//! NOTE: quick-xml buffers a whole tag before its length is checked, so a report file with one
//! tag of many megabytes is held in memory once before it is rejected.

use std::borrow::Cow;
use std::io::BufRead;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::error::ParseError;
use crate::xml::read::first_control_character;
use crate::xml::read::{check_tag_length, has_attributes, PrefixScope, MAX_DEPTH};

/// One element: its local name, attributes (local names, namespace declarations left out), its
/// own text (the text nodes directly inside it, unescaped) and its child elements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The first child element with this local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|child| child.name == name)
    }

    /// Every child element with this local name, in document order.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |child| child.name == name)
    }

    /// The element's text without surrounding XML whitespace, or `None` when that is empty.
    pub fn trimmed_text(&self) -> Option<&str> {
        let trimmed = trim_xml_whitespace(&self.text);
        (!trimmed.is_empty()).then_some(trimmed)
    }

    /// The trimmed, non-empty text of the first child with this name.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).and_then(Element::trimmed_text)
    }

    /// The value of the attribute with this local name.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Strips the four XML whitespace characters (space, tab, line feed, carriage return).
pub fn trim_xml_whitespace(text: &str) -> &str {
    text.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
}

/// A node returned by [`XmlStream::next_node`].
pub enum Node {
    /// A start tag; its children and text are not read yet.
    Start(Element),
    /// The end tag of the innermost open element.
    End,
    /// Text directly inside the innermost open element.
    Text(String),
}

/// A checked stream of element starts, ends and texts over any buffered reader.
pub struct XmlStream<R: BufRead> {
    reader: Reader<R>,
    buffer: Vec<u8>,
    depth: usize,
    prefixes: PrefixScope,
    root_seen: bool,
    /// Whether any event (even whitespace) was read, after which an XML declaration is malformed.
    started: bool,
    /// Emptied elements given back with [`XmlStream::recycle`], reused with their capacity.
    spare: Vec<Element>,
}

/// Maximum number of spare elements kept for reuse. An order report has well under a hundred.
const MAX_SPARE_ELEMENTS: usize = 4096;

/// A node read by [`XmlStream::read_raw`]: the name, text and attributes went to the caller's
/// buffers and visitor.
pub(crate) enum RawNode {
    Start,
    End,
    Text,
}

/// A node read by [`XmlStream::read_node`]. For `Text`, the text is in the caller's buffer.
enum RawElementNode {
    Start(Element),
    End,
    Text,
}

impl<R: BufRead> XmlStream<R> {
    /// Wraps a reader; nothing is read yet.
    pub fn new(source: R) -> Self {
        let mut reader = Reader::from_reader(source);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.trim_text(false);
        Self {
            reader,
            buffer: Vec::with_capacity(4096),
            depth: 0,
            prefixes: PrefixScope::default(),
            root_seen: false,
            started: false,
            spare: Vec::new(),
        }
    }

    /// Number of elements open at this point (0 before the root and after it closes).
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Reads the next start tag, end tag or text inside the root; `None` at the end of a
    /// complete document.
    ///
    /// # Errors
    ///
    /// [`ParseError::DtdNotAllowed`] on a DOCTYPE, [`ParseError::Malformed`] when the document is
    /// not well-formed UTF-8 XML.
    pub fn next_node(&mut self) -> Result<Option<Node>, ParseError> {
        let mut text = String::new();
        let node = match self.read_node(&mut text)? {
            Some(RawElementNode::Start(element)) => Node::Start(element),
            Some(RawElementNode::End) => Node::End,
            Some(RawElementNode::Text) => Node::Text(text),
            None => return Ok(None),
        };
        Ok(Some(node))
    }

    /// Gives an element tree back once the caller is done with it: its elements are emptied and
    /// reused by later start tags, so a stream of similar subtrees stops allocating.
    pub fn recycle(&mut self, element: Element) {
        let mut index = self.spare.len();
        self.spare.push(element);
        while index < self.spare.len() {
            let mut children = std::mem::take(&mut self.spare[index].children);
            self.spare.append(&mut children);
            let emptied = &mut self.spare[index];
            emptied.children = children;
            emptied.name.clear();
            emptied.text.clear();
            emptied.attributes.clear();
            index += 1;
        }
        self.spare.truncate(MAX_SPARE_ELEMENTS);
    }

    /// As [`XmlStream::next_node`], but fills a spare element and appends text to `text_sink`.
    fn read_node(&mut self, text_sink: &mut String) -> Result<Option<RawElementNode>, ParseError> {
        let mut element = self.spare.pop().unwrap_or_default();
        let attributes = &mut element.attributes;
        let read = self.read_raw(&mut element.name, text_sink, |key, value| {
            attributes.push((key.to_owned(), value.into_owned()));
        });
        let node = match read {
            Ok(Some(RawNode::Start)) => return Ok(Some(RawElementNode::Start(element))),
            Ok(Some(RawNode::End)) => Ok(Some(RawElementNode::End)),
            Ok(Some(RawNode::Text)) => Ok(Some(RawElementNode::Text)),
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        };
        // A failed start tag may have left part of its name or attributes behind.
        element.name.clear();
        element.attributes.clear();
        self.spare.push(element);
        node
    }

    /// Reads the next checked node without building an element: a start tag's local name
    /// replaces the contents of `name`, each of its attributes other than namespace declarations
    /// goes to `on_attribute` as (local name, unescaped value), and text is appended to
    /// `text_sink`.
    ///
    /// Every attribute is unescaped and checked even when the caller ignores it, so a caller
    /// that keeps nothing rejects the same documents as one that builds the tree.
    ///
    /// # Errors
    ///
    /// As [`XmlStream::next_node`].
    pub(crate) fn read_raw(
        &mut self,
        name: &mut String,
        text_sink: &mut String,
        mut on_attribute: impl FnMut(&str, Cow<'_, str>),
    ) -> Result<Option<RawNode>, ParseError> {
        loop {
            self.buffer.clear();
            let position = self.reader.buffer_position();
            let event = self
                .reader
                .read_event_into(&mut self.buffer)
                .map_err(|error| malformed(position, &error.to_string()))?;
            let first_event = !std::mem::replace(&mut self.started, true);
            match event {
                Event::Start(start) => {
                    check_element_start(self.depth, self.root_seen, position)?;
                    // Before the attributes are read: their duplicate check is quadratic.
                    let length = self.reader.buffer_position().saturating_sub(position);
                    self.prefixes
                        .enter(&start, length, self.depth + 1)
                        .map_err(|message| malformed(position, &message))?;
                    read_start(&start, position, name, &mut on_attribute)?;
                    self.depth += 1;
                    self.root_seen = true;
                    return Ok(Some(RawNode::Start));
                }
                Event::End(_) => {
                    let length = self.reader.buffer_position().saturating_sub(position);
                    check_tag_length(length).map_err(|message| malformed(position, &message))?;
                    self.prefixes.leave(self.depth);
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(Some(RawNode::End));
                }
                Event::Text(text) => {
                    let text = text
                        .unescape()
                        .map_err(|e| malformed(position, &e.to_string()))?;
                    check_characters(&text, position)?;
                    if self.depth > 0 {
                        text_sink.push_str(&text);
                        return Ok(Some(RawNode::Text));
                    }
                    if !trim_xml_whitespace(&text).is_empty() {
                        return Err(malformed(position, "text outside the root element"));
                    }
                }
                Event::CData(data) => {
                    let text = std::str::from_utf8(&data)
                        .map_err(|_| malformed(position, "bytes that are not UTF-8"))?;
                    check_characters(text, position)?;
                    if self.depth == 0 {
                        return Err(malformed(position, "CDATA outside the root element"));
                    }
                    text_sink.push_str(text);
                    return Ok(Some(RawNode::Text));
                }
                Event::Decl(_) if !first_event => {
                    return Err(malformed(
                        position,
                        "an XML declaration that is not at the start of the document",
                    ));
                }
                Event::Decl(declaration) => check_declaration(&declaration, position)?,
                Event::DocType(_) => return Err(ParseError::DtdNotAllowed),
                Event::Comment(_) | Event::PI(_) | Event::Empty(_) => {}
                Event::Eof => {
                    if !self.root_seen {
                        return Err(malformed(position, "no root element"));
                    }
                    if self.depth > 0 {
                        return Err(malformed(position, "an element that is never closed"));
                    }
                    return Ok(None);
                }
            }
        }
    }

    /// Reads the children and text of `element`, whose start tag was just returned, up to and
    /// including its end tag.
    ///
    /// # Errors
    ///
    /// As [`XmlStream::next_node`]; reaching the end of the document first is malformed.
    pub fn read_subtree(&mut self, mut element: Element) -> Result<Element, ParseError> {
        let mut open: Vec<Element> = Vec::new();
        loop {
            let position = self.reader.buffer_position();
            // Text goes straight into the element, whose buffer may be reused from a spare one.
            match self.read_node(&mut element.text)? {
                Some(RawElementNode::Start(child)) => {
                    open.push(std::mem::replace(&mut element, child));
                }
                Some(RawElementNode::End) => match open.pop() {
                    Some(mut parent) => {
                        parent.children.push(std::mem::take(&mut element));
                        element = parent;
                    }
                    None => return Ok(element),
                },
                Some(RawElementNode::Text) => {}
                None => return Err(malformed(position, "an element that is never closed")),
            }
        }
    }
}

/// Parses a whole document held in memory into its root element.
///
/// # Errors
///
/// [`ParseError::DtdNotAllowed`] or [`ParseError::Malformed`], as [`XmlStream::next_node`].
pub fn parse_document(xml: &[u8]) -> Result<Element, ParseError> {
    let mut stream = XmlStream::new(xml);
    let root = loop {
        match stream.next_node()? {
            Some(Node::Start(root)) => break stream.read_subtree(root)?,
            Some(_) => continue,
            None => return Err(ParseError::Malformed("no root element".to_owned())),
        }
    };
    while stream.next_node()?.is_some() {}
    Ok(root)
}

/// Copies a start tag's local name into `name` and passes each attribute other than namespace
/// declarations to `on_attribute`, unescaped and checked.
fn read_start(
    start: &BytesStart<'_>,
    position: u64,
    name: &mut String,
    on_attribute: &mut impl FnMut(&str, Cow<'_, str>),
) -> Result<(), ParseError> {
    name.clear();
    name.push_str(utf8(start.local_name().into_inner(), position)?);
    if !has_attributes(start) {
        return Ok(());
    }
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|error| malformed(position, &error.to_string()))?;
        let key = attribute.key;
        if key.as_ref() == b"xmlns" || key.prefix().is_some_and(|p| p.as_ref() == b"xmlns") {
            continue;
        }
        let value = attribute
            .unescape_value()
            .map_err(|e| malformed(position, &e.to_string()))?;
        check_characters(&value, position)?;
        let local = utf8(key.local_name().into_inner(), position)?;
        on_attribute(local, value);
    }
    Ok(())
}

/// Rejects a declared encoding other than UTF-8.
pub(crate) fn check_declaration(
    declaration: &quick_xml::events::BytesDecl<'_>,
    position: u64,
) -> Result<(), ParseError> {
    let Some(encoding) = declaration.encoding() else {
        return Ok(());
    };
    let encoding = encoding.map_err(|error| malformed(position, &error.to_string()))?;
    if encoding.eq_ignore_ascii_case(b"utf-8") {
        return Ok(());
    }
    let declared = String::from_utf8_lossy(&encoding).into_owned();
    Err(ParseError::Malformed(format!(
        "the document declares encoding \"{declared}\": only UTF-8 is accepted"
    )))
}

/// Checks that an element may start at `position`, given the depth of the open elements and
/// whether the root element was seen: not a second root, and not deeper than [`MAX_DEPTH`].
pub(crate) fn check_element_start(
    depth: usize,
    root_seen: bool,
    position: u64,
) -> Result<(), ParseError> {
    if depth == 0 && root_seen {
        return Err(malformed(position, "a second root element"));
    }
    if depth >= MAX_DEPTH {
        return Err(malformed(
            position,
            &format!("elements are nested deeper than {MAX_DEPTH} levels"),
        ));
    }
    Ok(())
}

/// Rejects the characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return, and U+FFFE, U+FFFF), as libxml does.
pub(crate) fn check_characters(text: &str, position: u64) -> Result<(), ParseError> {
    // U+FFFE and U+FFFF are not ASCII: the word-wise ASCII test skips the search by character.
    let forbidden = first_control_character(text.as_bytes()).is_some()
        || (!text.is_ascii() && text.contains(['\u{fffe}', '\u{ffff}']));
    if forbidden {
        return Err(malformed(
            position,
            "a character that XML 1.0 does not allow",
        ));
    }
    Ok(())
}

fn utf8(bytes: &[u8], position: u64) -> Result<&str, ParseError> {
    std::str::from_utf8(bytes).map_err(|_| malformed(position, "bytes that are not UTF-8"))
}

/// Builds the error for a document that is not well-formed at byte `position`.
pub(crate) fn malformed(position: u64, detail: &str) -> ParseError {
    ParseError::Malformed(format!("{detail} near byte {position}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::read::{MAX_NAME_BYTES, MAX_TAG_BYTES};

    fn nested(depth: usize) -> Vec<u8> {
        let mut xml = "<a>".repeat(depth);
        xml.push_str(&"</a>".repeat(depth));
        xml.into_bytes()
    }

    fn next_start(stream: &mut XmlStream<&[u8]>) -> Element {
        loop {
            if let Some(Node::Start(element)) = stream.next_node().expect("node") {
                return element;
            }
        }
    }

    #[test]
    fn recycled_elements_come_back_empty() {
        let xml = b"<r><a x=\"1\">t1<b>u</b></a><a>t2</a></r>";
        let mut stream = XmlStream::new(xml.as_slice());
        next_start(&mut stream);
        let first = next_start(&mut stream);
        let first = stream.read_subtree(first).expect("first a");
        assert_eq!(first.attribute("x"), Some("1"));
        assert_eq!(first.child_text("b"), Some("u"));
        stream.recycle(first);

        let second = next_start(&mut stream);
        let second = stream.read_subtree(second).expect("second a");
        assert_eq!(second.name, "a");
        assert_eq!(second.text, "t2");
        assert!(second.attributes.is_empty());
        assert!(second.children.is_empty());
    }

    #[test]
    fn nesting_at_the_limit_is_read() {
        let root = parse_document(&nested(MAX_DEPTH)).expect("document");
        assert_eq!(root.name, "a");
    }

    #[test]
    fn nesting_over_the_limit_is_malformed() {
        let error = parse_document(&nested(MAX_DEPTH + 1)).expect_err("too deep");
        assert!(
            matches!(&error, ParseError::Malformed(message) if message.contains("deeper than 256")),
            "{error:?}"
        );
    }

    #[test]
    fn declaration_after_whitespace_is_malformed() {
        let error = parse_document(b" <?xml version=\"1.0\"?><r/>").expect_err("late declaration");
        assert!(matches!(error, ParseError::Malformed(_)), "{error:?}");
    }

    #[test]
    fn declaration_after_byte_order_mark_is_read() {
        let root = parse_document(b"\xEF\xBB\xBF<?xml version=\"1.0\"?><r/>").expect("document");
        assert_eq!(root.name, "r");
    }

    #[test]
    fn very_deep_nesting_fails_without_overflow() {
        let error = parse_document(&nested(200_000)).expect_err("too deep");
        assert!(matches!(error, ParseError::Malformed(_)), "{error:?}");
    }

    fn malformed_message(xml: &[u8]) -> String {
        match parse_document(xml) {
            Err(ParseError::Malformed(message)) => message,
            other => panic!("expected a malformed document, got {other:?}"),
        }
    }

    #[test]
    fn many_attributes_are_rejected_quickly() {
        let attributes: String = (0..100_000).map(|i| format!(" a{i}=\"1\"")).collect();
        let started = std::time::Instant::now();
        let message = malformed_message(format!("<r><x{attributes}/></r>").as_bytes());
        assert_eq!(
            message,
            "a tag is longer than the limit of 8192 bytes near byte 3"
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn tag_at_the_limit_is_read() {
        let padding = "v".repeat(MAX_TAG_BYTES - "<x a=\"\"/>".len());
        let root = parse_document(format!("<r><x a=\"{padding}\"/></r>").as_bytes());
        assert_eq!(root.expect("document").children[0].name, "x");
    }

    #[test]
    fn long_end_tag_is_malformed() {
        let message = malformed_message(format!("<r></r{}>", " ".repeat(MAX_TAG_BYTES)).as_bytes());
        assert!(message.ends_with("near byte 3"), "{message}");
    }

    #[test]
    fn long_name_is_malformed() {
        let name = "n".repeat(MAX_NAME_BYTES + 1);
        let message = malformed_message(format!("<r><{name}/></r>").as_bytes());
        assert_eq!(
            message,
            "an element name is longer than the limit of 1024 bytes near byte 3"
        );
    }

    #[test]
    fn undeclared_prefix_is_malformed() {
        let message = malformed_message(b"<r><a:x xmlns:a=\"u\"/><a:y/></r>");
        assert!(message.contains("prefix a of element a:y"), "{message}");
    }

    #[test]
    fn declared_prefix_gives_the_local_name() {
        let root = parse_document(b"<a:r xmlns:a=\"u\"><a:x xml:lang=\"hi\"/></a:r>");
        assert_eq!(root.expect("document").children[0].name, "x");
    }

    #[test]
    fn offsets_start_after_the_byte_order_mark() {
        let message = malformed_message(b"\xEF\xBB\xBF<r><a:x/></r>");
        assert!(message.ends_with("near byte 3"), "{message}");
    }
}
