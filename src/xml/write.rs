//! XML writing for feeds and the cart: every text node and attribute escaped, two-space indent.
//!
//! The output is byte-for-byte what the PHP twin `PwaPresta\Php\Xml\Writer` writes, because
//! the cart signature covers the exact bytes. A document starts with
//! `<?xml version="1.0" encoding="UTF-8"?>`, puts every element on its own line indented by two
//! spaces per level, writes an element with text on one line, and ends with a newline.
//!
//! Text nodes get `&amp;`, `&lt;`, `&gt;` and `&#13;`, because a raw carriage return would be read
//! back as a line feed. Attributes also get `&quot;`, `&#9;` and `&#10;`. Callers check
//! their text with [`is_xml_text`] first: the writer escapes, it does not reject.

/// Returns true when every character may appear in an XML 1.0 document.
///
/// XML 1.0 allows tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and
/// U+10000 to U+10FFFF; other control characters cannot be written even as references.
pub fn is_xml_text(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    })
}

/// Returns true when `name` is an XML element name without a namespace prefix (an NCName).
///
/// Follows the `Name` production of XML 1.0 (fifth edition) without the colon, so a name never
/// refers to an undeclared prefix.
pub fn is_element_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) if is_name_start(first) => chars.all(is_name_char),
        _ => false,
    }
}

fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}'
            | '\u{203F}'..='\u{2040}')
}

/// Appends `text` escaped for a text node.
fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}

/// Appends `value` escaped for a double-quoted attribute value.
fn push_attribute(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            _ => push_text(out, c.encode_utf8(&mut [0; 4])),
        }
    }
}

/// A document written from top to bottom; element names are trusted, text is escaped.
pub struct XmlWriter {
    out: String,
    open: Vec<String>,
}

impl Default for XmlWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl XmlWriter {
    /// Starts a document with the XML declaration.
    pub fn new() -> Self {
        Self {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            open: Vec::new(),
        }
    }

    fn start_line(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.out.push('\n');
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
        self.out.push('<');
        self.out.push_str(name);
        for (attribute, value) in attributes {
            self.out.push(' ');
            self.out.push_str(attribute);
            self.out.push_str("=\"");
            push_attribute(&mut self.out, value);
            self.out.push('"');
        }
    }

    /// Opens an element whose content is child elements; close it with [`XmlWriter::end`].
    pub fn start(&mut self, name: &str, attributes: &[(&str, &str)]) {
        self.start_line(name, attributes);
        self.out.push('>');
        self.open.push(name.to_owned());
    }

    /// Closes the innermost open element on its own line.
    pub fn end(&mut self) {
        if let Some(name) = self.open.pop() {
            self.out.push('\n');
            for _ in 0..self.open.len() {
                self.out.push_str("  ");
            }
            self.out.push_str("</");
            self.out.push_str(&name);
            self.out.push('>');
        }
    }

    /// Writes `<name attributes>text</name>` on one line, or `<name attributes/>` for empty text.
    pub fn element(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.start_line(name, attributes);
        if text.is_empty() {
            self.out.push_str("/>");
            return;
        }
        self.out.push('>');
        push_text(&mut self.out, text);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// Writes a text-only element without attributes.
    pub fn text(&mut self, name: &str, text: &str) {
        self.element(name, &[], text);
    }

    /// Closes every open element and returns the document with its final newline.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.end();
        }
        self.out.push('\n');
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_indented_document() {
        let mut writer = XmlWriter::new();
        writer.start("Root", &[("a", "1")]);
        writer.start("Child", &[]);
        writer.text("Leaf", "x");
        writer.end();
        writer.text("Empty", "");
        let expected =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Root a=\"1\">\n  <Child>\n    \
                        <Leaf>x</Leaf>\n  </Child>\n  <Empty/>\n</Root>\n";
        assert_eq!(writer.finish(), expected);
    }

    #[test]
    fn escapes_text() {
        let mut writer = XmlWriter::new();
        writer.text("T", "Couriers & <Co> \"q\" 'a'\r\n");
        let document = writer.finish();
        assert!(
            document.contains("<T>Couriers &amp; &lt;Co&gt; \"q\" 'a'&#13;\n</T>"),
            "{document}"
        );
    }

    #[test]
    fn escapes_attributes() {
        let mut writer = XmlWriter::new();
        writer.element("A", &[("currency", "\"&<>\t\n\r")], "1");
        let document = writer.finish();
        assert!(
            document.contains("currency=\"&quot;&amp;&lt;&gt;&#9;&#10;&#13;\""),
            "{document}"
        );
    }

    #[test]
    fn checks_xml_characters() {
        assert!(is_xml_text("Hindi सूती \t\r\n 😀"));
        assert!(!is_xml_text("a\u{0}b"));
        assert!(!is_xml_text("\u{B}"));
        assert!(!is_xml_text("\u{FFFE}"));
    }

    #[test]
    fn checks_element_names() {
        assert!(is_element_name("Item_product_id"));
        assert!(is_element_name("सूती"));
        assert!(is_element_name("a-b.c1"));
        assert!(!is_element_name(""));
        assert!(!is_element_name("1a"));
        assert!(!is_element_name("a:b"));
        assert!(!is_element_name("a b"));
        assert!(!is_element_name("-a"));
    }
}
