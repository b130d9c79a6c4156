//! The elements open at the current point of a report: nesting, namespace prefixes, and the
//! names that end tags must match.

use quick_xml::errors::IllFormedError;
use quick_xml::utils::is_whitespace;

use super::checks::malformed;
use crate::mws::response::element::check_element_start;
use crate::mws::response::ParseError;
use crate::xml::read::{check_tag_length, PrefixScope};

#[derive(Default)]
pub(super) struct OpenElements {
    pub(super) depth: usize,
    pub(super) prefixes: PrefixScope,
    /// Qualified names of the open elements, concatenated; an end tag must match the last one.
    names: Vec<u8>,
    /// Start of each name in `names`, and whether the name contains a quote, innermost last.
    name_starts: Vec<(usize, bool)>,
    pub(super) root_seen: bool,
}

impl OpenElements {
    /// Checks that an element may start at `position`: not a second root, and not too deep.
    pub(super) fn check_start(&self, position: u64) -> Result<(), ParseError> {
        check_element_start(self.depth, self.root_seen, position)
    }

    /// Records the element whose start tag, with the qualified name `name`, was just read.
    /// `tag_quoted` is false when the tag is known to contain no quote, which spares the
    /// search for one in the name.
    pub(super) fn push(&mut self, name: &[u8], tag_quoted: bool) {
        let quoted = tag_quoted && name.iter().any(|byte| matches!(byte, b'"' | b'\''));
        self.name_starts.push((self.names.len(), quoted));
        self.names.extend_from_slice(name);
        self.depth += 1;
        self.root_seen = true;
    }

    /// Returns the qualified name of the innermost open element.
    fn innermost(&self) -> Option<&[u8]> {
        let (start, _) = *self.name_starts.last()?;
        Some(&self.names[start..])
    }

    /// Returns the length of the end tag at the start of `available` when it is the innermost
    /// element's name between `</` and `>`, as nearly every end tag is.
    ///
    /// Such a tag passes every check of an end tag, so it needs no scan. A name with a quote is
    /// left out, because the quote would change where quick-xml ends the end tag.
    pub(super) fn plain_end_tag(&self, available: &[u8]) -> Option<usize> {
        if !available.starts_with(b"</") {
            return None;
        }
        let &(start, quoted) = self.name_starts.last()?;
        let name = &self.names[start..];
        let length = name.len() + 3;
        let tag = available.get(..length)?;
        let plain = !quoted && tag[length - 1] == b'>' && &tag[2..length - 1] == name;
        plain.then_some(length)
    }

    /// Checks an end tag at `position`, whose bytes between `</` and `>` are `content` and
    /// which ends at `tag_end`, with quick-xml's error for a name that does not match.
    pub(super) fn check_end_tag(
        &self,
        content: &[u8],
        position: u64,
        tag_end: u64,
    ) -> Result<(), ParseError> {
        // quick-xml allows whitespace after the name, but keeps a name of only whitespace whole.
        let name = match content.iter().rposition(|byte| !is_whitespace(*byte)) {
            Some(last) => &content[..=last],
            None => content,
        };
        self.check_end_name(name)
            .map_err(|error| malformed(position, &error.to_string()))?;
        check_tag_length(tag_end - position).map_err(|message| malformed(position, &message))
    }

    fn check_end_name(&self, name: &[u8]) -> Result<(), quick_xml::Error> {
        let decode = |bytes: &[u8]| std::str::from_utf8(bytes).unwrap_or_default().to_owned();
        let Some(expected) = self.innermost() else {
            return Err(IllFormedError::UnmatchedEndTag(decode(name)).into());
        };
        if expected != name {
            return Err(IllFormedError::MismatchedEndTag {
                expected: decode(expected),
                found: decode(name),
            }
            .into());
        }
        Ok(())
    }

    /// Closes the innermost element, whose end tag was read.
    pub(super) fn pop(&mut self) {
        if let Some((start, _)) = self.name_starts.pop() {
            self.names.truncate(start);
        }
        self.prefixes.leave(self.depth);
        self.depth = self.depth.saturating_sub(1);
    }
}
