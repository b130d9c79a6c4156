//! The read buffer of a streamed report: the document is read in chunks into one buffer, and the
//! event being parsed is a slice of it.
//!
//! Events are parsed in place, with no copy per event. An event that runs past the end of the
//! buffer is moved to its front and the rest of the buffer is refilled. The buffer grows only when
//! one event fills more than half of it, so memory stays at its first size for any report whose
//! events are shorter than half of that.
//!
//! NOTE: as in `XmlStream`, a tag is read whole before its length is checked, so a report with
//! one tag of many megabytes is held in memory once before it is rejected.

use std::io::{self, Read};

/// Size of the buffer of a streamed report file while every event fits in half of it. The whole
/// buffer is refilled at a time.
pub(super) const CHUNK_BYTES: usize = 64 * 1024;

/// The UTF-8 encoding of U+FEFF, which libxml and quick-xml skip at the start of a document.
const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// A reader's bytes in a reused buffer. `buffer[start..end]` are the bytes read and not yet
/// consumed.
pub(super) struct ChunkBuffer<R> {
    source: R,
    buffer: Vec<u8>,
    start: usize,
    end: usize,
    /// Document offset of `buffer[0]`, counted after a leading byte-order mark, as quick-xml
    /// counts it.
    base: u64,
    /// Whether the source has returned end of file, so `buffer[start..end]` is the whole rest.
    finished: bool,
    /// Whether the first chunk was read, and a byte-order mark in front of it dropped.
    started: bool,
    /// An error the source returned after some bytes of a refill, held back until those bytes
    /// are parsed, as a `BufReader` would return it.
    deferred_error: Option<io::Error>,
}

impl<R: Read> ChunkBuffer<R> {
    /// Wraps a reader with a buffer of `chunk_bytes`, or of a byte-order mark's length if that
    /// is more; nothing is read yet.
    pub(super) fn new(source: R, chunk_bytes: usize) -> Self {
        Self {
            source,
            // The first refill then reads a whole byte-order mark, unless the document is
            // shorter, and can tell whether the document starts with one.
            buffer: vec![0; chunk_bytes.max(BYTE_ORDER_MARK.len())],
            start: 0,
            end: 0,
            base: 0,
            finished: false,
            started: false,
            deferred_error: None,
        }
    }

    /// Returns the bytes read and not yet consumed.
    pub(super) fn available(&self) -> &[u8] {
        &self.buffer[self.start..self.end]
    }

    /// Returns true when [`ChunkBuffer::available`] runs to the end of the document.
    pub(super) fn is_finished(&self) -> bool {
        self.finished
    }

    /// Document offset of the first available byte.
    pub(super) fn offset(&self) -> u64 {
        self.base + self.start as u64
    }

    /// Size of the buffer.
    #[cfg(test)]
    pub(super) fn buffer_bytes(&self) -> usize {
        self.buffer.len()
    }

    /// Marks the first `count` available bytes as read.
    pub(super) fn consume(&mut self, count: usize) {
        self.start += count;
    }

    /// Reads more of the document after the available bytes, which move to the front of the
    /// buffer. Reading stops when the buffer is full or the source ends. At the start of the
    /// document a UTF-8 byte-order mark is dropped.
    ///
    /// # Errors
    ///
    /// The source's error other than `Interrupted`. When the same refill read some bytes before
    /// the error, those bytes become available and the next refill returns the error.
    pub(super) fn refill(&mut self) -> io::Result<()> {
        if let Some(error) = self.deferred_error.take() {
            return Err(error);
        }

        self.buffer.copy_within(self.start..self.end, 0);
        self.base += self.start as u64;
        self.end -= self.start;
        self.start = 0;
        // An event that is still incomplete is scanned again from its start after each refill.
        // Doubling the buffer once the event fills half of it keeps that scanning linear in the
        // event's length, where refilling a fixed buffer would make it quadratic.
        if self.end > self.buffer.len() / 2 {
            self.buffer.resize(self.buffer.len() * 2, 0);
        }

        let end_before_reading = self.end;
        while self.end < self.buffer.len() {
            match self.source.read(&mut self.buffer[self.end..]) {
                Ok(0) => {
                    self.finished = true;
                    break;
                }
                Ok(read) => self.end += read,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) if self.end > end_before_reading => {
                    self.deferred_error = Some(error);
                    break;
                }
                Err(error) => return Err(error),
            }
        }

        if !self.started {
            self.started = true;
            if self.buffer[..self.end].starts_with(BYTE_ORDER_MARK) {
                self.buffer.copy_within(BYTE_ORDER_MARK.len()..self.end, 0);
                self.end -= BYTE_ORDER_MARK.len();
            }
        }
        Ok(())
    }
}
