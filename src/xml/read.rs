//! Safe XML reading: a size limit, UTF-8 only, no DTD, and elements matched by local name.
//!
//! Documents from Amazon are read in one pass with quick-xml, with no DOM. A DOCTYPE is rejected
//! when the reader meets it, before any entity could be declared or expanded; only the five
//! predefined entities and character references are resolved. Namespaces are ignored: every
//! element and attribute is known by its local name, because Amazon sends the same elements in
//! several namespaces (or none).
//!
//! The PHP twin is `PwaPresta\Php\Xml\SafeXmlReader`; both reject the same documents with the same
//! kind of error.
//!
//! NOTE: quick-xml checks less than libxml: invalid element names (`<1a>`) and the characters
//! U+FFFE and U+FFFF pass here while the PHP engine rejects them as malformed.

use std::borrow::Cow;
use std::fmt;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Largest in-memory document accepted, in bytes (4 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Deepest element nesting accepted; libxml rejects deeper documents with the same limit.
pub const MAX_DEPTH: usize = 256;

/// Maximum tag length accepted, in bytes from `<` to `>`. Amazon's tags are under 200 bytes.
///
/// The limit bounds the work per tag: checking a tag's attributes for duplicates takes time
/// quadratic in their number, in quick-xml as in libxml.
pub const MAX_TAG_BYTES: usize = 8192;

/// Maximum element-name length accepted, in bytes, prefix included.
pub const MAX_NAME_BYTES: usize = 1024;

/// Reason a document was rejected. `Display` gives the message shown to PHP callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XmlError {
    /// The document is larger than the limit.
    TooLarge { size: usize, limit: usize },
    /// The document has a DOCTYPE declaration.
    DtdNotAllowed,
    /// Not well-formed, not UTF-8, or nested too deeply; `position` is a byte offset when known.
    Malformed {
        message: String,
        position: Option<u64>,
    },
}

impl XmlError {
    fn malformed(message: impl Into<String>, position: Option<u64>) -> Self {
        XmlError::Malformed {
            message: message.into(),
            position,
        }
    }
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            XmlError::TooLarge { size, limit } => write!(
                f,
                "XML document of {size} bytes is larger than the limit of {limit} bytes"
            ),
            XmlError::DtdNotAllowed => write!(
                f,
                "XML document contains a DOCTYPE declaration, which is not allowed: send the \
                 document without a DTD"
            ),
            XmlError::Malformed {
                message,
                position: Some(position),
            } => {
                write!(
                    f,
                    "XML document is not well-formed at byte {position}: {message}"
                )
            }
            XmlError::Malformed {
                message,
                position: None,
            } => {
                write!(f, "XML document is not well-formed: {message}")
            }
        }
    }
}

impl std::error::Error for XmlError {}

/// Value of an element converted for custom data (CartCustomData, ItemCustomData, ...).
///
/// An element with child elements becomes a map of child local name to value, in document order;
/// an element without child elements becomes its text. A name repeated among siblings becomes a
/// list of its values, at the position of its first occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElementValue {
    Text(String),
    Map(Vec<(String, ElementValue)>),
    List(Vec<ElementValue>),
}

/// Start tag of an element: its local name and its attributes (local names, namespace
/// declarations left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag {
    pub local_name: String,
    pub attributes: Vec<(String, String)>,
}

impl StartTag {
    /// Value of the attribute with this local name, if present.
    pub fn attribute(&self, local_name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(name, _)| name == local_name)
            .map(|(_, value)| value.as_str())
    }
}

/// Checks an in-memory document before reading it: size, UTF-8, and characters XML forbids.
///
/// Returns the document without a leading UTF-8 byte-order mark.
///
/// # Errors
///
/// [`XmlError::TooLarge`] above `limit` bytes; [`XmlError::Malformed`] with the byte position of
/// the first byte that is not UTF-8 or is a control character other than tab, line feed and
/// carriage return.
pub fn check_document(bytes: &[u8], limit: usize) -> Result<&[u8], XmlError> {
    if bytes.len() > limit {
        return Err(XmlError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }

    if let Err(error) = std::str::from_utf8(bytes) {
        let position = error.valid_up_to() as u64;
        return Err(XmlError::malformed(
            "the document is not valid UTF-8",
            Some(position),
        ));
    }

    if let Some(position) = first_control_character(bytes) {
        return Err(XmlError::malformed(
            format!(
                "control character 0x{:02X} is not allowed in XML",
                bytes[position]
            ),
            Some(position as u64),
        ));
    }

    Ok(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// Position of the first C0 control character other than tab, line feed and carriage return.
///
/// Reads eight bytes at a time: `(word - 0x20 per byte) & !word & 0x80 per byte` is non-zero
/// exactly when some byte of the word is below 0x20, so only words with a control character
/// (usually a line break) are checked byte by byte.
pub(crate) fn first_control_character(bytes: &[u8]) -> Option<usize> {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let forbidden = |byte: &u8| *byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r');

    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        if word.wrapping_sub(SPACES) & !word & HIGH_BITS != 0 {
            if let Some(index) = chunk.iter().position(forbidden) {
                return Some(offset + index);
            }
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(forbidden)
        .map(|index| offset + index)
}

/// Checks the length of a tag, `length` bytes from `<` to `>`, against [`MAX_TAG_BYTES`].
///
/// # Errors
///
/// The message for a tag over the limit.
pub(crate) fn check_tag_length(length: u64) -> Result<(), String> {
    if length <= MAX_TAG_BYTES as u64 {
        return Ok(());
    }
    Err(format!(
        "a tag is longer than the limit of {MAX_TAG_BYTES} bytes"
    ))
}

/// Namespace prefixes declared by the open elements, innermost last.
///
/// libxml, the PHP engine's parser, rejects a prefix that no enclosing element declares, so the
/// native readers reject it too. The prefix `xml` is always declared.
#[derive(Debug, Default)]
pub(crate) struct PrefixScope {
    /// Each declared prefix with the depth of the element that declares it.
    declared: Vec<(Vec<u8>, usize)>,
    /// The namespace of each entry of `declared`, at the same position.
    namespaces: Vec<Vec<u8>>,
}

/// The namespace that the prefix `xml` is bound to without a declaration.
const XML_NAMESPACE: &[u8] = b"http://www.w3.org/XML/1998/namespace";

impl PrefixScope {
    /// Checks the start tag of the element at `depth` (1 for the root), `length` bytes from `<`
    /// to `>`, and records the prefixes it declares.
    ///
    /// # Errors
    ///
    /// The message for a name or tag over its limit, a name with an empty part or two colons, an
    /// empty namespace declared for a prefix, a declaration of `xmlns`, or an undeclared prefix.
    pub(crate) fn enter(
        &mut self,
        start: &BytesStart<'_>,
        length: u64,
        depth: usize,
    ) -> Result<(), String> {
        let name = start.name().into_inner();
        if !has_attributes(start) {
            return self.enter_without_attributes(name, length).map(drop);
        }
        check_name_length(name)?;
        check_tag_length(length)?;
        check_qualified_name(name)?;

        // Duplicates are checked when the caller reads the attributes: this pass only looks for
        // declarations, which may follow the attributes that use them.
        for attribute in start.attributes().with_checks(false) {
            let attribute = attribute.map_err(|error| error.to_string())?;
            let key = attribute.key.into_inner();
            check_qualified_name(key)?;
            let Some(prefix) = key.strip_prefix(b"xmlns:") else {
                continue;
            };
            if prefix == b"xmlns" {
                return Err("the prefix xmlns cannot be declared".to_owned());
            }
            if attribute.value.is_empty() {
                return Err(format!(
                    "xmlns:{} declares an empty namespace, which XML namespaces do not allow",
                    String::from_utf8_lossy(prefix)
                ));
            }
            // Namespaces are compared as libxml compares them: after entities are replaced.
            let namespace = attribute
                .unescape_value()
                .map_err(|error| error.to_string())?;
            self.declared.push((prefix.to_vec(), depth));
            self.namespaces.push(namespace.as_bytes().to_vec());
        }

        self.check_declared(name, "element")?;
        let mut prefixed = 0;
        for attribute in start.attributes().with_checks(false) {
            let key = attribute
                .map_err(|error| error.to_string())?
                .key
                .into_inner();
            if key != b"xmlns" && !key.starts_with(b"xmlns:") {
                self.check_declared(key, "attribute")?;
                prefixed += usize::from(key.contains(&b':'));
            }
        }
        if prefixed > 1 {
            self.check_namespaced_duplicates(start)?;
        }
        Ok(())
    }

    /// Rejects two attributes of one tag whose prefixes differ but are bound to the same
    /// namespace, with the same local name (`a:c` and `b:c` where `a` and `b` name one namespace).
    /// They are one attribute in XML namespaces, which libxml rejects as redefined, while
    /// quick-xml only compares the names as written.
    fn check_namespaced_duplicates(&self, start: &BytesStart<'_>) -> Result<(), String> {
        let mut seen: Vec<(&[u8], &[u8], &[u8])> = Vec::new();
        for attribute in start.attributes().with_checks(false) {
            let key = attribute.map_err(|error| error.to_string())?.key;
            let name = key.into_inner();
            let Some(colon) = name.iter().position(|byte| *byte == b':') else {
                continue;
            };
            let prefix = &name[..colon];
            if prefix == b"xmlns" {
                continue;
            }
            let namespace = self.namespace_of(prefix);
            let local = &name[colon + 1..];
            if let Some((_, _, first)) = seen.iter().find(|(other_namespace, other_local, _)| {
                *other_namespace == namespace && *other_local == local
            }) {
                return Err(format!(
                    "the attributes {} and {} of element {} are both {} in namespace {}: remove \
                     one of them",
                    String::from_utf8_lossy(first),
                    String::from_utf8_lossy(name),
                    String::from_utf8_lossy(start.name().into_inner()),
                    String::from_utf8_lossy(local),
                    String::from_utf8_lossy(namespace),
                ));
            }
            seen.push((namespace, local, name));
        }
        Ok(())
    }

    /// Returns the namespace of a declared prefix: its innermost declaration's.
    fn namespace_of(&self, prefix: &[u8]) -> &[u8] {
        if prefix == b"xml" {
            return XML_NAMESPACE;
        }
        self.declared
            .iter()
            .rposition(|(declared, _)| declared == prefix)
            .map_or(&[], |position| self.namespaces[position].as_slice())
    }

    /// Checks the start tag of an element without attributes as [`PrefixScope::enter`] does,
    /// and returns the local name. `name` is the qualified name and `length` the tag's bytes
    /// from `<` to `>`.
    ///
    /// Such a tag declares no prefix, and one search for the colon serves every check of the
    /// name.
    ///
    /// # Errors
    ///
    /// As [`PrefixScope::enter`].
    pub(crate) fn enter_without_attributes<'a>(
        &self,
        name: &'a [u8],
        length: u64,
    ) -> Result<&'a [u8], String> {
        check_name_length(name)?;
        check_tag_length(length)?;
        let Some(colon) = name.iter().position(|byte| *byte == b':') else {
            return Ok(name);
        };
        check_prefixed_name(name, colon)?;
        self.check_prefix_declared(name, colon, "element")?;
        Ok(&name[colon + 1..])
    }

    /// Forgets the prefixes declared by the element at `depth`, whose end tag was read.
    pub(crate) fn leave(&mut self, depth: usize) {
        while self.declared.last().is_some_and(|(_, at)| *at >= depth) {
            self.declared.pop();
            self.namespaces.pop();
        }
    }

    fn check_declared(&self, name: &[u8], kind: &str) -> Result<(), String> {
        match name.iter().position(|byte| *byte == b':') {
            Some(colon) => self.check_prefix_declared(name, colon, kind),
            None => Ok(()),
        }
    }

    /// Checks, as [`PrefixScope::check_declared`] does, a name whose first colon is at `colon`.
    fn check_prefix_declared(&self, name: &[u8], colon: usize, kind: &str) -> Result<(), String> {
        let prefix = &name[..colon];
        if prefix == b"xml" || self.declared.iter().any(|(declared, _)| declared == prefix) {
            return Ok(());
        }
        Err(format!(
            "the namespace prefix {} of {kind} {} is not declared: declare it with xmlns:{} or \
             remove the prefix",
            String::from_utf8_lossy(prefix),
            String::from_utf8_lossy(name),
            String::from_utf8_lossy(prefix),
        ))
    }
}

/// Checks whether anything but XML whitespace follows the name in a start tag. Most tags have no
/// attributes, and skipping the attribute passes for them saves about 300 instructions per tag
/// (callgrind, on the benchmark's order report).
pub(crate) fn has_attributes(start: &BytesStart<'_>) -> bool {
    start
        .attributes_raw()
        .iter()
        .any(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
}

fn check_name_length(name: &[u8]) -> Result<(), String> {
    if name.len() > MAX_NAME_BYTES {
        return Err(format!(
            "an element name is longer than the limit of {MAX_NAME_BYTES} bytes"
        ));
    }
    Ok(())
}

/// Rejects a qualified name with an empty prefix or local part, or with more than one colon.
fn check_qualified_name(name: &[u8]) -> Result<(), String> {
    match name.iter().position(|byte| *byte == b':') {
        Some(colon) => check_prefixed_name(name, colon),
        None => Ok(()),
    }
}

/// Checks, as [`check_qualified_name`] does, a name whose first colon is at `colon`.
fn check_prefixed_name(name: &[u8], colon: usize) -> Result<(), String> {
    let local = &name[colon + 1..];
    if colon == 0 || local.is_empty() || local.contains(&b':') {
        return Err(format!(
            "{} is not a valid qualified name",
            String::from_utf8_lossy(name)
        ));
    }
    Ok(())
}

/// Streaming reader that walks a document held in memory element by element.
///
/// Typical use is recursive descent: [`next_child`](Self::next_child) returns each child start
/// tag of the current element, and the caller then consumes that child with
/// [`read_text`](Self::read_text), [`read_value`](Self::read_value), [`skip`](Self::skip) or
/// further `next_child` calls until it returns `None`.
///
/// The reader borrows the document: quick-xml's slice reader hands out events that point into
/// it, so text without entities or carriage returns is never copied before the caller keeps it.
pub struct XmlReader<R> {
    reader: Reader<R>,
    depth: usize,
    prefixes: PrefixScope,
    root_seen: bool,
    /// Whether any event (even whitespace) was read, after which an XML declaration is malformed.
    started: bool,
}

/// One step of the document as the walker sees it; text borrows the document where it can.
enum Step<'a> {
    Start(StartTag),
    End,
    Text(Cow<'a, str>),
    Eof,
}

impl<'a> XmlReader<&'a [u8]> {
    /// Reader over a document already checked with [`check_document`].
    pub fn from_bytes(bytes: &'a [u8]) -> Self {
        let mut reader = Reader::from_reader(bytes);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.check_comments = true;
        config.trim_text(false);
        XmlReader {
            reader,
            depth: 0,
            prefixes: PrefixScope::default(),
            root_seen: false,
            started: false,
        }
    }

    /// Byte offset reached in the document.
    pub fn position(&self) -> u64 {
        self.reader.buffer_position()
    }

    /// Returns the next child start tag of the current element, or `None` at its end.
    ///
    /// Before the root, the current element is the document: the root start tag comes first,
    /// then `None` once the document has been read to its end. Text between elements is skipped.
    ///
    /// # Errors
    ///
    /// [`XmlError`] when the document is malformed or has a DOCTYPE.
    pub fn next_child(&mut self) -> Result<Option<StartTag>, XmlError> {
        loop {
            match self.step()? {
                Step::Start(tag) => return Ok(Some(tag)),
                Step::End | Step::Eof => return Ok(None),
                Step::Text(_) => {}
            }
        }
    }

    /// Reads the text of the element just started, up to its end tag.
    ///
    /// Text, CDATA sections and references are concatenated; child elements are skipped whole.
    ///
    /// # Errors
    ///
    /// [`XmlError`] when the document is malformed.
    pub fn read_text(&mut self) -> Result<String, XmlError> {
        let mut text: Cow<'a, str> = Cow::Borrowed("");
        loop {
            match self.step()? {
                // Most elements have one text part: it is kept as it is, copied once below.
                Step::Text(part) if text.is_empty() => text = part,
                Step::Text(part) => text.to_mut().push_str(&part),
                Step::Start(_) => self.skip()?,
                Step::End | Step::Eof => return Ok(text.into_owned()),
            }
        }
    }

    /// Skips the rest of the element just started, including its end tag.
    ///
    /// # Errors
    ///
    /// [`XmlError`] when the document is malformed.
    pub fn skip(&mut self) -> Result<(), XmlError> {
        let target = self.depth.saturating_sub(1);
        while self.depth > target {
            if let Step::Eof = self.step()? {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Converts the element just started into an [`ElementValue`], up to its end tag.
    ///
    /// # Errors
    ///
    /// [`XmlError`] when the document is malformed.
    pub fn read_value(&mut self) -> Result<ElementValue, XmlError> {
        let mut text = String::new();
        let mut children: Vec<(String, ElementValue)> = Vec::new();
        loop {
            match self.step()? {
                Step::Text(part) => {
                    if children.is_empty() {
                        text.push_str(&part);
                    }
                }
                Step::Start(tag) => {
                    let value = self.read_value()?;
                    insert_child(&mut children, tag.local_name, value);
                }
                Step::End | Step::Eof => break,
            }
        }
        if children.is_empty() {
            Ok(ElementValue::Text(text))
        } else {
            Ok(ElementValue::Map(children))
        }
    }

    /// Reads the rest of the document, checking that it is well-formed to its end.
    ///
    /// # Errors
    ///
    /// [`XmlError`] when the rest is malformed.
    pub fn finish(&mut self) -> Result<(), XmlError> {
        while !matches!(self.step()?, Step::Eof) {}
        Ok(())
    }

    fn step(&mut self) -> Result<Step<'a>, XmlError> {
        loop {
            let before = self.reader.buffer_position();
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(error) => {
                    let position = self.reader.error_position();
                    return Err(XmlError::malformed(error.to_string(), Some(position)));
                }
            };
            let position = self.reader.buffer_position();
            let first_event = !std::mem::replace(&mut self.started, true);
            match event {
                Event::Start(start) => {
                    if self.depth == 0 && self.root_seen {
                        return Err(XmlError::malformed(
                            "extra content after the root element",
                            Some(position),
                        ));
                    }
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(XmlError::malformed(
                            format!("elements are nested deeper than {MAX_DEPTH} levels"),
                            Some(position),
                        ));
                    }
                    self.root_seen = true;
                    self.prefixes
                        .enter(&start, position.saturating_sub(before), self.depth)
                        .map_err(|message| XmlError::malformed(message, Some(before)))?;
                    return start_tag(&start, position).map(Step::Start);
                }
                Event::End(_) => {
                    check_tag_length(position.saturating_sub(before))
                        .map_err(|message| XmlError::malformed(message, Some(before)))?;
                    self.prefixes.leave(self.depth);
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(Step::End);
                }
                Event::Text(text) => {
                    let unescaped = match utf8_cow(text.into_inner(), position)? {
                        Cow::Borrowed(raw) => unescape(normalize_line_endings(raw), position)?,
                        Cow::Owned(raw) => {
                            let normalized = normalize_line_endings(&raw).into_owned();
                            Cow::Owned(unescape(Cow::Owned(normalized), position)?.into_owned())
                        }
                    };
                    if self.depth == 0 {
                        outside_root(&unescaped, position)?;
                        continue;
                    }
                    return Ok(Step::Text(unescaped));
                }
                Event::CData(data) => {
                    if self.depth == 0 {
                        return Err(XmlError::malformed(
                            "CDATA outside the root element",
                            Some(position),
                        ));
                    }
                    let text = match utf8_cow(data.into_inner(), position)? {
                        Cow::Borrowed(raw) => normalize_line_endings(raw),
                        Cow::Owned(raw) => Cow::Owned(normalize_line_endings(&raw).into_owned()),
                    };
                    return Ok(Step::Text(text));
                }
                Event::DocType(_) => {
                    if self.root_seen {
                        return Err(XmlError::malformed(
                            "DOCTYPE after the root element",
                            Some(position),
                        ));
                    }
                    return Err(XmlError::DtdNotAllowed);
                }
                Event::Decl(_) if !first_event => {
                    return Err(XmlError::malformed(
                        "XML declaration allowed only at the start of the document",
                        Some(position),
                    ));
                }
                Event::Decl(declaration) => check_declaration(&declaration, position)?,
                Event::Empty(_) | Event::Comment(_) | Event::PI(_) => {}
                Event::Eof => {
                    if self.depth > 0 {
                        return Err(XmlError::malformed(
                            "the document ends inside an element",
                            Some(position),
                        ));
                    }
                    if !self.root_seen {
                        return Err(XmlError::malformed(
                            "the document has no root element",
                            None,
                        ));
                    }
                    return Ok(Step::Eof);
                }
            }
        }
    }
}

fn insert_child(children: &mut Vec<(String, ElementValue)>, name: String, value: ElementValue) {
    let Some(index) = children.iter().position(|(existing, _)| *existing == name) else {
        children.push((name, value));
        return;
    };
    // A single element never converts to a list, so a list here means the name repeated before.
    let slot = &mut children[index].1;
    match slot {
        ElementValue::List(values) => values.push(value),
        other => {
            let first = std::mem::replace(other, ElementValue::List(Vec::new()));
            *other = ElementValue::List(vec![first, value]);
        }
    }
}

fn utf8(bytes: &[u8], position: u64) -> Result<&str, XmlError> {
    std::str::from_utf8(bytes).map_err(|error| {
        let at = position.saturating_sub(bytes.len() as u64) + error.valid_up_to() as u64;
        XmlError::malformed("the document is not valid UTF-8", Some(at))
    })
}

/// Converts text bytes to UTF-8 text, keeping borrowed bytes borrowed.
fn utf8_cow(bytes: Cow<'_, [u8]>, position: u64) -> Result<Cow<'_, str>, XmlError> {
    match bytes {
        Cow::Borrowed(bytes) => utf8(bytes, position).map(Cow::Borrowed),
        Cow::Owned(bytes) => Ok(Cow::Owned(utf8(&bytes, position)?.to_owned())),
    }
}

/// Resolves the predefined entities and character references; text without `&` stays borrowed.
fn unescape(text: Cow<'_, str>, position: u64) -> Result<Cow<'_, str>, XmlError> {
    let malformed = |error: quick_xml::escape::EscapeError| {
        XmlError::malformed(error.to_string(), Some(position))
    };
    match text {
        Cow::Borrowed(text) => quick_xml::escape::unescape(text).map_err(malformed),
        Cow::Owned(text) => Ok(Cow::Owned(
            quick_xml::escape::unescape(&text)
                .map_err(malformed)?
                .into_owned(),
        )),
    }
}

/// Applies XML end-of-line handling: CR LF and lone CR become LF.
fn normalize_line_endings(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn outside_root(text: &str, position: u64) -> Result<(), XmlError> {
    if text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\r')) {
        return Ok(());
    }
    Err(XmlError::malformed(
        "text outside the root element",
        Some(position),
    ))
}

fn start_tag(start: &BytesStart<'_>, position: u64) -> Result<StartTag, XmlError> {
    let local_name = utf8(start.local_name().into_inner(), position)?.to_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute =
            attribute.map_err(|error| XmlError::malformed(error.to_string(), Some(position)))?;
        let key = attribute.key;
        if key.as_ref() == b"xmlns" || key.as_ref().starts_with(b"xmlns:") {
            continue;
        }
        let name = utf8(key.local_name().into_inner(), position)?.to_owned();
        let raw = utf8(attribute.value.as_ref(), position)?;
        // Attribute-value normalisation: each tab, line feed or carriage return becomes a space.
        let normalized = normalize_line_endings(raw).replace(['\t', '\n'], " ");
        let value = quick_xml::escape::unescape(&normalized)
            .map_err(|error| XmlError::malformed(error.to_string(), Some(position)))?
            .into_owned();
        attributes.push((name, value));
    }
    Ok(StartTag {
        local_name,
        attributes,
    })
}

fn check_declaration(
    declaration: &quick_xml::events::BytesDecl<'_>,
    position: u64,
) -> Result<(), XmlError> {
    let Some(encoding) = declaration.encoding() else {
        return Ok(());
    };
    let encoding =
        encoding.map_err(|error| XmlError::malformed(error.to_string(), Some(position)))?;
    if encoding.eq_ignore_ascii_case(b"UTF-8") {
        return Ok(());
    }
    Err(XmlError::malformed(
        format!(
            "the declared encoding {:?} is not supported: only UTF-8 is accepted",
            String::from_utf8_lossy(&encoding)
        ),
        Some(position),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_of(xml: &str) -> ElementValue {
        let mut reader = XmlReader::from_bytes(xml.as_bytes());
        reader.next_child().expect("root").expect("a root element");
        reader.read_value().expect("value")
    }

    #[test]
    fn custom_data_becomes_map_text_and_lists() {
        let value = value_of("<D><a>1</a><b><c>x</c></b><a>2</a><e/></D>");
        let expected = ElementValue::Map(vec![
            (
                "a".into(),
                ElementValue::List(vec![
                    ElementValue::Text("1".into()),
                    ElementValue::Text("2".into()),
                ]),
            ),
            (
                "b".into(),
                ElementValue::Map(vec![("c".into(), ElementValue::Text("x".into()))]),
            ),
            ("e".into(), ElementValue::Text(String::new())),
        ]);
        assert_eq!(value, expected);
    }

    #[test]
    fn text_joins_cdata_and_entities() {
        let mut reader =
            XmlReader::from_bytes(b"<r>a &amp; <![CDATA[<b>]]>&#x928;&#2350;\r\nz</r>".as_slice());
        reader.next_child().expect("root");
        assert_eq!(
            reader.read_text().expect("text"),
            "a & <b>\u{928}\u{92e}\nz"
        );
    }

    #[test]
    fn local_names_ignore_prefixes() {
        let mut reader = XmlReader::from_bytes(b"<n:r xmlns:n=\"urn:x\"><n:a/></n:r>".as_slice());
        assert_eq!(
            reader.next_child().expect("root").expect("tag").local_name,
            "r"
        );
        assert_eq!(
            reader.next_child().expect("child").expect("tag").local_name,
            "a"
        );
    }

    #[test]
    fn doctype_is_rejected() {
        let xml = b"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>";
        let mut reader = XmlReader::from_bytes(xml.as_slice());
        assert_eq!(reader.next_child(), Err(XmlError::DtdNotAllowed));
    }

    #[test]
    fn undefined_entity_is_malformed() {
        let mut reader = XmlReader::from_bytes(b"<r>&x;</r>".as_slice());
        reader.next_child().expect("root");
        assert!(matches!(
            reader.read_text(),
            Err(XmlError::Malformed { .. })
        ));
    }

    #[test]
    fn unclosed_root_is_malformed() {
        let mut reader = XmlReader::from_bytes(b"<r><a>1</a>".as_slice());
        assert!(matches!(reader.finish(), Err(XmlError::Malformed { .. })));
    }

    #[test]
    fn declaration_after_whitespace_is_malformed() {
        let mut reader = XmlReader::from_bytes(b"\n<?xml version=\"1.0\"?><r/>".as_slice());
        assert!(matches!(reader.finish(), Err(XmlError::Malformed { .. })));
    }

    #[test]
    fn declaration_at_the_start_is_read() {
        let mut reader = XmlReader::from_bytes(b"<?xml version=\"1.0\"?>\n<r/>".as_slice());
        assert_eq!(reader.finish(), Ok(()));
    }

    #[test]
    fn second_root_is_malformed() {
        let mut reader = XmlReader::from_bytes(b"<r/><r/>".as_slice());
        assert!(matches!(reader.finish(), Err(XmlError::Malformed { .. })));
    }

    #[test]
    fn other_encoding_is_malformed() {
        let xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>";
        let mut reader = XmlReader::from_bytes(xml.as_slice());
        assert!(matches!(reader.finish(), Err(XmlError::Malformed { .. })));
    }

    #[test]
    fn control_character_found_in_every_position() {
        for length in [1, 7, 8, 9, 16, 23] {
            for position in 0..length {
                let mut bytes = vec![b'a'; length];
                bytes[position] = 0x01;
                assert_eq!(
                    first_control_character(&bytes),
                    Some(position),
                    "{length}/{position}"
                );
            }
        }
    }

    #[test]
    fn line_breaks_and_high_bytes_are_not_control_characters() {
        let text = "a\tb\r\nc \u{928}\u{92e}\u{7f}\u{80}xyz".as_bytes();
        assert_eq!(first_control_character(text), None);
        let after_break = b"\n\n\r\t\n\nab\x1f";
        assert_eq!(first_control_character(after_break), Some(8));
    }

    #[test]
    fn text_with_entities_and_line_breaks_is_decoded() {
        let mut reader =
            XmlReader::from_bytes(b"<r><a>x\r\ny &lt;z&gt;</a><b>plain</b></r>".as_slice());
        reader.next_child().expect("root").expect("tag");
        reader.next_child().expect("a").expect("tag");
        assert_eq!(reader.read_text().expect("text"), "x\ny <z>");
        reader.next_child().expect("b").expect("tag");
        assert_eq!(reader.read_text().expect("text"), "plain");
    }

    #[test]
    fn check_document_limits() {
        assert_eq!(
            check_document(b"<r/>", 3),
            Err(XmlError::TooLarge { size: 4, limit: 3 })
        );
        assert_eq!(
            check_document(b"<r>\xff</r>", 100),
            Err(XmlError::malformed(
                "the document is not valid UTF-8",
                Some(3)
            ))
        );
        assert!(matches!(
            check_document(b"<r>\x01</r>", 100),
            Err(XmlError::Malformed {
                position: Some(3),
                ..
            })
        ));
        assert_eq!(
            check_document(b"\xEF\xBB\xBF<r/>", 100),
            Ok(b"<r/>".as_slice())
        );
    }

    fn read_all(xml: &[u8]) -> Result<(), XmlError> {
        XmlReader::from_bytes(xml).finish()
    }

    fn malformed_at(xml: &[u8]) -> (Option<u64>, String) {
        match read_all(xml) {
            Err(XmlError::Malformed { position, message }) => (position, message),
            other => panic!("expected a malformed document, got {other:?}"),
        }
    }

    /// `<r><x a="…"/></r>` with the `x` tag exactly `length` bytes long.
    fn tag_of_length(length: usize) -> Vec<u8> {
        let padding = "v".repeat(length - "<x a=\"\"/>".len());
        format!("<r><x a=\"{padding}\"/></r>").into_bytes()
    }

    #[test]
    fn tag_at_the_limit_is_read() {
        assert_eq!(read_all(&tag_of_length(MAX_TAG_BYTES)), Ok(()));
    }

    #[test]
    fn tag_over_the_limit_is_malformed_at_its_start() {
        let (position, message) = malformed_at(&tag_of_length(MAX_TAG_BYTES + 1));
        assert_eq!(position, Some(3));
        assert_eq!(message, "a tag is longer than the limit of 8192 bytes");
    }

    #[test]
    fn long_end_tag_is_malformed() {
        let xml = format!("<r></r{}>", " ".repeat(MAX_TAG_BYTES));
        assert_eq!(malformed_at(xml.as_bytes()).0, Some(3));
    }

    #[test]
    fn many_attributes_are_rejected_quickly() {
        let attributes: String = (0..100_000).map(|i| format!(" a{i}=\"1\"")).collect();
        let xml = format!("<r><x{attributes}/></r>");
        let started = std::time::Instant::now();
        let (position, _) = malformed_at(xml.as_bytes());
        assert_eq!(position, Some(3));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    #[test]
    fn name_at_the_limit_is_read() {
        let name = "n".repeat(MAX_NAME_BYTES);
        assert_eq!(read_all(format!("<{name}/>").as_bytes()), Ok(()));
    }

    #[test]
    fn name_over_the_limit_is_malformed() {
        let name = "n".repeat(MAX_NAME_BYTES + 1);
        let (position, message) = malformed_at(format!("<r><{name}/></r>").as_bytes());
        assert_eq!(position, Some(3));
        assert_eq!(
            message,
            "an element name is longer than the limit of 1024 bytes"
        );
    }

    #[test]
    fn very_long_name_is_malformed() {
        let name = "n".repeat(50_000);
        assert_eq!(malformed_at(format!("<{name}/>").as_bytes()).0, Some(0));
    }

    #[test]
    fn undeclared_element_prefix_is_malformed() {
        let (position, message) = malformed_at(b"<r><a:x/></r>");
        assert_eq!(position, Some(3));
        assert!(message.contains("prefix a of element a:x"), "{message}");
    }

    #[test]
    fn undeclared_attribute_prefix_is_malformed() {
        let (_, message) = malformed_at(b"<r a:b=\"1\"/>");
        assert!(message.contains("prefix a of attribute a:b"), "{message}");
    }

    #[test]
    fn prefix_declared_later_in_the_tag_is_bound() {
        assert_eq!(
            read_all(b"<a:r b:c=\"1\" xmlns:a=\"u\" xmlns:b=\"v\"/>"),
            Ok(())
        );
    }

    #[test]
    fn same_namespace_attributes_are_malformed() {
        let (_, message) = malformed_at(b"<r xmlns:a=\"u\" xmlns:b=\"u\" a:c=\"1\" b:c=\"2\"/>");
        assert!(message.contains("a:c and b:c"), "{message}");
        assert!(message.contains("namespace u"), "{message}");
    }

    #[test]
    fn namespaces_compare_after_entities() {
        let xml = b"<r xmlns:a=\"u&amp;v\" xmlns:b=\"u&#38;v\" a:c=\"1\" b:c=\"2\"/>";
        assert!(read_all(xml).is_err());
    }

    #[test]
    fn outer_declaration_counts_for_duplicates() {
        let xml = b"<r xmlns:a=\"u\"><e xmlns:b=\"u\" b:c=\"1\" a:c=\"2\"/></r>";
        assert!(read_all(xml).is_err());
    }

    #[test]
    fn other_namespaces_or_local_names_are_distinct() {
        let xml = b"<r xmlns:a=\"u\" xmlns:b=\"v\" a:c=\"1\" b:c=\"2\" a:d=\"3\" c=\"4\"/>";
        assert_eq!(read_all(xml), Ok(()));
    }

    #[test]
    fn inner_redeclaration_rebinds_prefix() {
        let xml = b"<r xmlns:a=\"u\" xmlns:b=\"u\"><e xmlns:b=\"v\" a:c=\"1\" b:c=\"2\"/></r>";
        assert_eq!(read_all(xml), Ok(()));
    }

    #[test]
    fn prefix_is_unbound_after_its_element() {
        let (position, _) = malformed_at(b"<r><a:x xmlns:a=\"u\"><a:y/></a:x><a:z/></r>");
        assert_eq!(position, Some(32));
    }

    #[test]
    fn xml_prefix_needs_no_declaration() {
        assert_eq!(read_all(b"<r xml:lang=\"hi\"><xml:x/></r>"), Ok(()));
    }

    #[test]
    fn namespace_declarations_that_xml_forbids_are_malformed() {
        for xml in [
            b"<r xmlns:a=\"\"/>".as_slice(),
            b"<r xmlns:xmlns=\"u\"/>",
            b"<xmlns:r/>",
            b"<:r/>",
            b"<r:/>",
            b"<a:b:c xmlns:a=\"u\"/>",
            b"<r :a=\"1\"/>",
        ] {
            assert!(
                matches!(read_all(xml), Err(XmlError::Malformed { .. })),
                "{}",
                String::from_utf8_lossy(xml)
            );
        }
    }

    #[test]
    fn attributes_by_local_name() {
        let mut reader = XmlReader::from_bytes(
            b"<r xmlns=\"u\"><A x:currency=\"INR\" xmlns:x=\"v\"/></r>".as_slice(),
        );
        reader.next_child().expect("root");
        let tag = reader.next_child().expect("child").expect("tag");
        assert_eq!(tag.attribute("currency"), Some("INR"));
        assert_eq!(tag.attributes.len(), 1);
    }
}
