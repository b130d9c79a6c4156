//! PHP bindings of `crate::cart`.

use ext_php_rs::binary::Binary;
use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::prelude::*;
use ext_php_rs::types::ZendHashTable;

use super::feeds::{array_value, input_exception};

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(cart_xml))
        .function(wrap_function!(cart_order_input))
}

/// Builds the cart XML of the co-branded checkout; see `PwaPresta\Api::cartXml`.
///
/// # Errors
///
/// `MissingFieldException`, `InvalidFieldException` or `InvalidAmountException` naming the key
/// path of the invalid value (`cart.items[0].sku`).
#[php_function]
#[php(name = "PwaPresta\\Native\\cart_xml")]
pub fn cart_xml(cart: &ZendHashTable) -> PhpResult<String> {
    crate::cart::cart_xml(&array_value(cart)).map_err(|error| input_exception(&error))
}

/// Signs cart XML into the button's order-input; see `PwaPresta\Api::cartOrderInput`.
///
/// # Errors
///
/// `MissingFieldException` for an empty argument, `InvalidFieldException` for an access key id
/// that is not ASCII letters and digits.
#[php_function]
#[php(name = "PwaPresta\\Native\\cart_order_input")]
pub fn cart_order_input(
    cart_xml: Binary<u8>,
    secret_key: Binary<u8>,
    access_key_id: Binary<u8>,
) -> PhpResult<String> {
    let cart_xml: Vec<u8> = cart_xml.into();
    let secret_key: Vec<u8> = secret_key.into();
    let access_key_id: Vec<u8> = access_key_id.into();
    crate::cart::order_input(&cart_xml, &secret_key, &access_key_id)
        .map_err(|error| input_exception(&error))
}
