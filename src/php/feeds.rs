//! PHP bindings of `crate::feeds`.

use ext_php_rs::builders::ModuleBuilder;

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
}
