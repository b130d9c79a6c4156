//! Build script: only what linking the PHP extension itself needs.

fn main() {
    // PHP resolves the Zend symbols when it loads the extension; macOS's linker must be told so.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("macos") {
        println!("cargo:rustc-cdylib-link-arg=-undefined");
        println!("cargo:rustc-cdylib-link-arg=dynamic_lookup");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
