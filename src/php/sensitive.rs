//! Marks the secret-key parameters of the native functions with `#[\SensitiveParameter]`.
//!
//! PHP writes every argument of every frame into an exception's trace, and with its default
//! settings (`zend.exception_ignore_args=0`) prints them in `getTraceAsString()`. The wrappers in
//! `NativeEngine` carry the attribute in PHP, but the native function's own frame is the first
//! one in the trace of an exception thrown here. PHP replaces a parameter that has the attribute
//! with a `SensitiveParameterValue` in traces, and its own internal functions (such as
//! `password_hash`) receive the attribute at startup the way this module does below.

use std::ffi::{c_char, c_void};
use std::mem;

use ext_php_rs::ffi::{
    _zend_known_string_id_ZEND_STR_SENSITIVEPARAMETER, compiler_globals, zend_function,
    zend_hash_str_find_ptr_lc, zend_known_strings, zend_string, HashTable,
};

/// Native functions and the zero-based position of their secret-key parameter.
const SECRET_PARAMETERS: &[(&str, u32)] = &[
    ("pwapresta\\native\\iopn_verify", 1),
    ("pwapresta\\native\\mws_signature", 1),
    ("pwapresta\\native\\mws_signed_request", 1),
    ("pwapresta\\native\\cart_order_input", 1),
];

/// Zend's `ZEND_ATTRIBUTE_PERSISTENT`: the attribute lives as long as the function.
const ZEND_ATTRIBUTE_PERSISTENT: u32 = 1 << 0;

/// `zend_add_attribute` of zend_attributes.h (PHP 8.1 and later), which the inline
/// `zend_add_parameter_attribute` calls.
type AddAttribute = unsafe extern "C" fn(
    attributes: *mut *mut HashTable,
    name: *mut zend_string,
    argc: u32,
    flags: u32,
    offset: u32,
    lineno: u32,
) -> *mut c_void;

/// Looks up `zend_add_attribute` in the running PHP.
///
/// It is looked up at run time, not linked: the stub generator loads this library outside PHP
/// and provides only the engine symbols that ext-php-rs binds, so a linked reference would stop
/// it from loading the library at all.
fn add_attribute_function() -> Option<AddAttribute> {
    // SAFETY: dlsym with RTLD_DEFAULT searches the loaded objects for a NUL-terminated name.
    let address = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"zend_add_attribute".as_ptr()) };
    if address.is_null() {
        return None;
    }
    // SAFETY: the symbol is PHP's zend_add_attribute, whose C signature AddAttribute declares.
    Some(unsafe { mem::transmute::<*mut c_void, AddAttribute>(address) })
}

/// Adds `#[\SensitiveParameter]` to each parameter in [`SECRET_PARAMETERS`].
///
/// Called from MINIT of a module loaded at engine startup, once the module's functions are in
/// the function table. A function that is not found, or a PHP without `zend_add_attribute`, is
/// skipped: traces then show those arguments as before, and nothing else changes.
pub fn mark_secret_parameters() {
    let Some(zend_add_attribute) = add_attribute_function() else {
        return;
    };
    for (name, position) in SECRET_PARAMETERS {
        // SAFETY: at MINIT the engine is started and single-threaded, the function table contains
        // the functions this module registered, and the known strings are initialized. A found
        // entry is a zend_function owned by the table, and the attribute is added with the
        // persistent flag, as PHP's own startup code adds it to its internal functions.
        unsafe {
            let function = zend_hash_str_find_ptr_lc(
                compiler_globals.function_table,
                name.as_ptr().cast::<c_char>(),
                name.len(),
            )
            .cast::<zend_function>();
            let Some(function) = function.as_mut() else {
                continue;
            };
            let attribute_name =
                *zend_known_strings.add(_zend_known_string_id_ZEND_STR_SENSITIVEPARAMETER as usize);
            zend_add_attribute(
                &raw mut function.common.attributes,
                attribute_name,
                0,
                ZEND_ATTRIBUTE_PERSISTENT,
                position + 1,
                0,
            );
        }
    }
}
