//! Element trees read from a report stream, for what is not an order: the root's start tag, an
//! MWS ErrorResponse in place of the report, and the rest of a document that is only checked.

use std::borrow::Cow;
use std::io::Read;

use super::checks::malformed;
use super::stream::{Node, NodeVisitor, ReportStream};
use crate::mws::response::element::Element;
use crate::mws::response::ParseError;

/// Builds elements from the nodes read, as `XmlStream::read_subtree` does: local names,
/// attributes other than namespace declarations, and each element's own text joined.
#[derive(Default)]
struct TreeBuilder {
    /// The element being read.
    current: Element,
    /// Its open ancestors below the subtree's root, outermost first.
    ancestors: Vec<Element>,
    /// The attributes of the start tag being read.
    attributes: Vec<(String, String)>,
}

impl NodeVisitor for TreeBuilder {
    fn attribute(&mut self, name: &str, value: Cow<'_, str>) {
        self.attributes.push((name.to_owned(), value.into_owned()));
    }

    fn start(&mut self, name: &str) {
        let child = Element {
            name: name.to_owned(),
            attributes: std::mem::take(&mut self.attributes),
            ..Element::default()
        };
        self.ancestors
            .push(std::mem::replace(&mut self.current, child));
    }

    fn text(&mut self, text: &str) {
        self.current.text.push_str(text);
    }
}

/// Ignores what is read, which the stream still checks.
struct Discard;

impl NodeVisitor for Discard {
    fn attribute(&mut self, _name: &str, _value: Cow<'_, str>) {}

    fn start(&mut self, _name: &str) {}

    fn text(&mut self, _text: &str) {}
}

impl<R: Read> ReportStream<R> {
    /// Reads up to the start tag of the root element and returns that element, with no
    /// children yet.
    ///
    /// # Errors
    ///
    /// As [`ReportStream::read_node`].
    pub(super) fn read_root(&mut self) -> Result<Element, ParseError> {
        let mut builder = TreeBuilder::default();
        loop {
            match self.read_node(&mut builder)? {
                Some(Node::Start) => return Ok(builder.current),
                // Before the root, the stream returns nothing else: text and end tags there
                // are errors, and so is the end of the document.
                Some(Node::End | Node::Text) => {}
                None => return Err(ParseError::Malformed("no root element".to_owned())),
            }
        }
    }

    /// Reads the children and text of `element`, whose start tag was just read, up to and
    /// including its end tag.
    ///
    /// # Errors
    ///
    /// As [`ReportStream::read_node`].
    pub(super) fn read_subtree(&mut self, element: Element) -> Result<Element, ParseError> {
        let mut builder = TreeBuilder {
            current: element,
            ..TreeBuilder::default()
        };
        loop {
            let position = self.offset();
            match self.read_node(&mut builder)? {
                Some(Node::Start | Node::Text) => {}
                Some(Node::End) => match builder.ancestors.pop() {
                    Some(mut parent) => {
                        parent.children.push(std::mem::take(&mut builder.current));
                        builder.current = parent;
                    }
                    None => return Ok(builder.current),
                },
                None => return Err(malformed(position, "an element that is never closed")),
            }
        }
    }

    /// Reads and checks the rest of the document.
    ///
    /// # Errors
    ///
    /// As [`ReportStream::read_node`].
    pub(super) fn read_to_end(&mut self) -> Result<(), ParseError> {
        while self.read_node(&mut Discard)?.is_some() {}
        Ok(())
    }
}
