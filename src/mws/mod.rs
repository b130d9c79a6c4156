//! MWS: Signature Version 2 signing, request building, the HTTP client, and answer parsing.

pub mod response;
