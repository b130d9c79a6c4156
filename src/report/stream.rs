//! A checked stream of element starts, ends and texts over a report read in chunks.
//!
//! The stream applies the checks of `XmlStream` in `crate::mws::response::element`, in the same
//! order and with the same messages and byte offsets, so a report is rejected exactly as the
//! element tree of an MWS response would reject it. It differs in how it reads: events are parsed
//! in place in a [`ChunkBuffer`], and text, start tags and end tags are read without quick-xml's
//! reader, which copies every event into a buffer of its own. The rest of the markup still goes
//! through quick-xml (see [`super::token`]).

use std::borrow::Cow;
use std::io::Read;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::attributes::{plain_attributes, AttributeSpan};
use super::checks::{check_characters, check_declaration, malformed, read_characters, utf8};
use super::chunks::ChunkBuffer;
use super::open::OpenElements;
use super::scan::is_plain;
use super::token::{next_token, StartTag, Token};
use crate::mws::response::element::trim_xml_whitespace;
use crate::mws::response::ParseError;
use crate::xml::read::{has_attributes, MAX_TAG_BYTES};

/// Bytes that must be available before quick-xml reads markup, unless the document ends sooner.
/// quick-xml distinguishes `<!` markup by the byte after `!`, and rejects it when that byte is
/// missing without reading to the end of the bytes, which would look like a complete error.
const MARKUP_LOOKAHEAD: usize = 16;

/// Receives the start tags and text that [`ReportStream::read_node`] reads, borrowed from the
/// read buffer.
pub(super) trait NodeVisitor {
    /// Receives an attribute of the start tag being read, other than a namespace declaration,
    /// as its local name and unescaped value. Every attribute comes before [`Self::start`].
    fn attribute(&mut self, name: &str, value: Cow<'_, str>);

    /// Receives the local name of a start tag, after its attributes.
    fn start(&mut self, name: &str);

    /// Receives unescaped text inside the root element. The text of one element can come in
    /// several parts, split by child elements, comments or CDATA sections.
    fn text(&mut self, text: &str);
}

/// A node read by [`ReportStream::read_node`], whose name, attributes and text went to the
/// visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Node {
    Start,
    End,
    Text,
}

/// Outcome of reading one piece of markup with quick-xml.
enum Markup {
    Node(Node),
    /// Markup the stream does not return, such as a comment.
    Skipped,
    /// The markup runs past the available bytes: read more and try again.
    Incomplete,
    EndOfDocument,
}

/// A checked stream of element starts, ends and texts over any reader.
pub(super) struct ReportStream<R> {
    chunks: ChunkBuffer<R>,
    open: OpenElements,
    /// Whether the last start tag was an empty-element tag (`<a/>`), whose end comes next.
    pending_end: bool,
    /// The attributes of the start tag being read, reused from tag to tag.
    attribute_spans: Vec<AttributeSpan>,
    /// Whether any event (even whitespace) was read, after which an XML declaration is malformed.
    started: bool,
}

impl<R: Read> ReportStream<R> {
    /// Wraps a reader, to be read into a buffer of `chunk_bytes`; nothing is read yet.
    pub(super) fn new(source: R, chunk_bytes: usize) -> Self {
        Self {
            chunks: ChunkBuffer::new(source, chunk_bytes),
            open: OpenElements::default(),
            pending_end: false,
            attribute_spans: Vec::new(),
            started: false,
        }
    }

    /// Document offset of the next byte to read, where `XmlStream` places an error in the next
    /// node.
    pub(super) fn offset(&self) -> u64 {
        self.chunks.offset()
    }

    /// Reads the next checked node and passes a start tag's attributes and local name, or text,
    /// to `visitor`. Returns `None` at the end of a complete document.
    ///
    /// Every attribute is unescaped and checked even when the visitor ignores it. So is text
    /// outside the root, where only whitespace is allowed.
    ///
    /// # Errors
    ///
    /// [`ParseError::DtdNotAllowed`] on a DOCTYPE, [`ParseError::Malformed`] when the document is
    /// not well-formed UTF-8 XML or cannot be read.
    pub(super) fn read_node(
        &mut self,
        visitor: &mut impl NodeVisitor,
    ) -> Result<Option<Node>, ParseError> {
        if std::mem::take(&mut self.pending_end) {
            // quick-xml gives the end of `<a/>` as an end tag of no bytes, which passes every
            // check of an end tag.
            self.open.pop();
            return Ok(Some(Node::End));
        }
        if let Some(length) = self.open.plain_end_tag(self.chunks.available()) {
            self.started = true;
            self.open.pop();
            self.chunks.consume(length);
            return Ok(Some(Node::End));
        }
        loop {
            let position = self.chunks.offset();
            let Some(token) = next_token(self.chunks.available(), self.chunks.is_finished()) else {
                self.refill(position)?;
                continue;
            };
            match token {
                Token::Text { length, plain } => {
                    self.started = true;
                    let text = &self.chunks.available()[..length];
                    let text = read_characters(text, plain, position)?;
                    let inside_root = pass_text(&text, position, &self.open, visitor)?;
                    self.chunks.consume(length);
                    if inside_root {
                        return Ok(Some(Node::Text));
                    }
                }
                Token::Start(tag) if self.read_start_tag(tag, position, visitor)? => {
                    return Ok(Some(Node::Start));
                }
                Token::End { length } => {
                    self.started = true;
                    let content = &self.chunks.available()[2..length - 1];
                    let tag_end = position + length as u64;
                    self.open.check_end_tag(content, position, tag_end)?;
                    self.open.pop();
                    self.chunks.consume(length);
                    return Ok(Some(Node::End));
                }
                // Including start tags whose attributes are not plain.
                Token::Start(_) | Token::Other => match self.read_markup(position, visitor)? {
                    Markup::Node(node) => return Ok(Some(node)),
                    Markup::Skipped => {}
                    Markup::Incomplete => self.refill(position)?,
                    Markup::EndOfDocument => return self.end_of_document(position),
                },
                Token::Eof => return self.end_of_document(position),
            }
        }
    }

    /// Reads a start tag split off by [`next_token`], with the checks `XmlStream` applies to
    /// it through quick-xml. Returns false, having read nothing, when the tag's attributes are
    /// not plain (see [`plain_attributes`]), so quick-xml must read it.
    fn read_start_tag(
        &mut self,
        tag: StartTag,
        position: u64,
        visitor: &mut impl NodeVisitor,
    ) -> Result<bool, ParseError> {
        let content = tag.content(self.chunks.available());
        let (qualified, attributes) = content.split_at(tag.name_length);
        // A tag over the length limit is rejected before its attributes are read, whose check
        // for repeated names takes time quadratic in their number.
        let plain = !tag.attributes
            || (tag.length <= MAX_TAG_BYTES
                && plain_attributes(attributes, &mut self.attribute_spans));
        if !plain {
            return Ok(false);
        }

        self.started = true;
        self.open.check_start(position)?;
        // Plain attributes declare no prefix and have none, so only the name needs the
        // namespace checks.
        let local = self
            .open
            .prefixes
            .enter_without_attributes(qualified, tag.length as u64)
            .map_err(|message| malformed(position, &message))?;
        let local = utf8(local, position)?;

        if tag.attributes {
            for (key, value) in &self.attribute_spans {
                let value = &attributes[value.clone()];
                let value = read_characters(value, is_plain(value), position)?;
                visitor.attribute(utf8(&attributes[key.clone()], position)?, value);
            }
        }
        visitor.start(local);

        self.open.push(qualified, tag.quoted);
        self.chunks.consume(tag.length);
        self.pending_end = tag.empty;
        Ok(true)
    }

    /// Reads the markup at the start of the available bytes with quick-xml's reader.
    fn read_markup(
        &mut self,
        position: u64,
        visitor: &mut impl NodeVisitor,
    ) -> Result<Markup, ParseError> {
        let available = self.chunks.available();
        let finished = self.chunks.is_finished();
        if !finished && available.len() < MARKUP_LOOKAHEAD {
            return Ok(Markup::Incomplete);
        }

        let mut reader = Reader::from_reader(available);
        let config = reader.config_mut();
        config.trim_text(false);
        // The stream matches end tags itself, because each reader starts with no open element.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        let event = reader.read_event();
        let consumed = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match event {
            Ok(event) => event,
            // quick-xml reads to the end of its input before it reports unclosed markup.
            Err(_) if !finished && consumed >= available.len() => return Ok(Markup::Incomplete),
            Err(error) => return Err(malformed(position, &error.to_string())),
        };

        let first_event = !std::mem::replace(&mut self.started, true);
        let tag_end = position + consumed as u64;
        let empty = matches!(event, Event::Empty(_));
        let markup = match event {
            Event::Start(start) | Event::Empty(start) => {
                self.open.check_start(position)?;
                self.open
                    .prefixes
                    .enter(&start, tag_end - position, self.open.depth + 1)
                    .map_err(|message| malformed(position, &message))?;
                let local = utf8(start.local_name().into_inner(), position)?;
                if has_attributes(&start) {
                    read_attributes(&start, position, visitor)?;
                }
                visitor.start(local);
                self.open.push(start.name().into_inner(), true);
                self.pending_end = empty;
                Markup::Node(Node::Start)
            }
            Event::End(end) => {
                self.open
                    .check_end_tag(end.name().into_inner(), position, tag_end)?;
                self.open.pop();
                Markup::Node(Node::End)
            }
            Event::Text(text) => {
                let text = read_characters(&text, is_plain(&text), position)?;
                match pass_text(&text, position, &self.open, visitor)? {
                    true => Markup::Node(Node::Text),
                    false => Markup::Skipped,
                }
            }
            Event::CData(data) => {
                let text = std::str::from_utf8(&data)
                    .map_err(|_| malformed(position, "bytes that are not UTF-8"))?;
                check_characters(text, position)?;
                if self.open.depth == 0 {
                    return Err(malformed(position, "CDATA outside the root element"));
                }
                visitor.text(text);
                Markup::Node(Node::Text)
            }
            Event::Decl(_) if !first_event => {
                return Err(malformed(
                    position,
                    "an XML declaration that is not at the start of the document",
                ));
            }
            Event::Decl(declaration) => {
                check_declaration(&declaration, position)?;
                Markup::Skipped
            }
            Event::DocType(_) => return Err(ParseError::DtdNotAllowed),
            Event::Comment(_) | Event::PI(_) => Markup::Skipped,
            Event::Eof => Markup::EndOfDocument,
        };
        self.chunks.consume(consumed);
        Ok(markup)
    }

    fn refill(&mut self, position: u64) -> Result<(), ParseError> {
        self.chunks
            .refill()
            .map_err(|error| malformed(position, &quick_xml::Error::from(error).to_string()))
    }

    fn end_of_document(&mut self, position: u64) -> Result<Option<Node>, ParseError> {
        self.started = true;
        if !self.open.root_seen {
            return Err(malformed(position, "no root element"));
        }
        if self.open.depth > 0 {
            return Err(malformed(position, "an element that is never closed"));
        }
        Ok(None)
    }

    /// Size of the read buffer, which grows only for an event longer than half of it.
    #[cfg(test)]
    pub(super) fn buffer_bytes(&self) -> usize {
        self.chunks.buffer_bytes()
    }
}

/// Passes text read at `position` to `visitor` inside the root element, and returns whether it
/// was passed. Outside the root only whitespace may appear.
fn pass_text(
    text: &str,
    position: u64,
    open: &OpenElements,
    visitor: &mut impl NodeVisitor,
) -> Result<bool, ParseError> {
    if open.depth > 0 {
        visitor.text(text);
        return Ok(true);
    }
    if !trim_xml_whitespace(text).is_empty() {
        return Err(malformed(position, "text outside the root element"));
    }
    Ok(false)
}

/// Passes each attribute of a start tag read by quick-xml, other than namespace declarations, to
/// `visitor`, unescaped and checked.
fn read_attributes(
    start: &quick_xml::events::BytesStart<'_>,
    position: u64,
    visitor: &mut impl NodeVisitor,
) -> Result<(), ParseError> {
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|error| malformed(position, &error.to_string()))?;
        let key = attribute.key;
        if key.as_ref() == b"xmlns" || key.prefix().is_some_and(|p| p.as_ref() == b"xmlns") {
            continue;
        }
        // quick-xml's `unescape_value` decodes and unescapes as text is, with the same errors.
        let value = read_characters(&attribute.value, is_plain(&attribute.value), position)?;
        visitor.attribute(utf8(key.local_name().into_inner(), position)?, value);
    }
    Ok(())
}
