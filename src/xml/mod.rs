//! XML reading with explicit limits, and XML writing that escapes every text node.

pub mod read;
pub mod write;
