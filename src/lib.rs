//! pwapresta: Pay with Amazon (India) for PrestaShop, as a PHP extension.
//!
//! The pure logic lives in modules that never touch `ext_php_rs` types, so `cargo test` covers it
//! without a PHP runtime. The `php` module converts their typed results to PHP values and throws
//! the exception classes declared in the PHP API (`php/src/Exception/`) by name.

pub mod cart;
pub mod feeds;
pub mod iopn;
pub mod money;
pub mod mws;
pub mod order;
pub mod report;
pub mod status;
pub mod xml;

mod php;

/// Version of this engine, reported by `PwaPresta\Native\engine_version()`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
