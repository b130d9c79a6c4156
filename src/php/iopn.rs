//! PHP bindings of `crate::iopn`.

use ext_php_rs::builders::ModuleBuilder;

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
}
