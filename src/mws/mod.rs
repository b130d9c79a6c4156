//! MWS: Signature Version 2 signing, request building, the HTTP client, and answer parsing.

pub mod canonical;
pub mod content_md5;
pub mod endpoint;
pub mod error;
mod float_text;
pub mod http;
pub mod input;
mod keyed_mac;
mod percent;
pub mod region;
pub mod request;
pub mod response;
pub mod section;
pub mod signature;
