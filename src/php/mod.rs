//! PHP bindings: registration, conversion of typed results into PHP arrays, and exceptions.
//!
//! Every function lives in the `PwaPresta\Native` namespace and is wrapped by the PHP class
//! `PwaPresta\Engine\NativeEngine`; callers use the facade `PwaPresta\Api`. Each area registers
//! its own functions from its own file.

mod cart;
mod exception;
mod feeds;
mod input;
mod iopn;
mod keys;
mod mws;
mod order;
mod report;
mod sensitive;
mod status;

use ext_php_rs::prelude::*;

#[php_function]
#[php(name = "PwaPresta\\Native\\engine_version")]
pub fn engine_version() -> &'static str {
    crate::VERSION
}

/// Module startup (MINIT): interns the result keys and marks the secret parameters, both only
/// when the module is loaded with the engine (see `keys::startup`).
extern "C" fn startup(module_type: i32, module_number: i32) -> i32 {
    if module_type == keys::MODULE_PERSISTENT {
        sensitive::mark_secret_parameters();
    }
    keys::startup(module_type, module_number)
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    let module = module
        .startup_function(startup)
        .shutdown_function(keys::shutdown)
        .function(wrap_function!(engine_version));
    let module = iopn::register(module);
    let module = mws::register(module);
    let module = report::register(module);
    let module = feeds::register(module);
    let module = cart::register(module);
    status::register(module)
}
