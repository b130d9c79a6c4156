//! PHP bindings: registration, conversion of typed results into PHP arrays, and exceptions.
//!
//! Every function lives in the `PwaPresta\Native` namespace and is wrapped by the PHP class
//! `PwaPresta\Engine\NativeEngine`; callers use the facade `PwaPresta\Api`.

mod exception;

use ext_php_rs::prelude::*;

#[php_function]
#[php(name = "PwaPresta\\Native\\engine_version")]
pub fn engine_version() -> &'static str {
    crate::VERSION
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module.function(wrap_function!(engine_version))
}
