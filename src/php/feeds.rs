//! PHP bindings of `crate::feeds`, and the conversion of PHP values into `feeds::input::Value`
//! that the cart bindings share.

use std::collections::HashMap;
use std::rc::Rc;

use ext_php_rs::binary::Binary;
use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::exception::PhpException;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendHashTable, Zval};

use super::exception::exception;
use crate::feeds::input::{InputError, Key, Value};

pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .function(wrap_function!(feed_order_fulfillment))
        .function(wrap_function!(feed_payment_adjustment))
        .function(wrap_function!(feed_order_acknowledgement))
}

/// Nesting depth beyond which a PHP array is rejected instead of converted.
const MAX_DEPTH: usize = 64;

/// Times an array that contains itself (through a PHP reference) is converted again inside
/// itself, over the whole conversion; past this, a recurring array becomes [`Value::Other`].
///
/// A self-referencing array with one such key converts down to [`MAX_DEPTH`] as the PHP engine
/// walks it, so both engines fail at the same key; with several such keys the budget keeps the
/// conversion from growing exponentially.
const MAX_RECURRENCES: usize = 256;

/// Converts a PHP array into a [`Value::Array`], keeping key order.
pub(super) fn array_value(table: &ZendHashTable) -> Value {
    let mut conversion = Conversion {
        ancestors: Vec::new(),
        recurrences_left: MAX_RECURRENCES,
        converted: HashMap::new(),
        cut: false,
    };
    conversion.table_value(table)
}

/// State of one conversion: the arrays being converted around the current value, outermost
/// first, the recurrences still allowed, and the nested arrays converted whole so far.
///
/// PHP shares an array assigned twice instead of copying it, so input that nests one array under
/// two keys at each of 32 levels costs the caller little. Each such array is converted once and
/// shared in the [`Value`] tree, so the conversion stays as small as the PHP value.
struct Conversion {
    ancestors: Vec<*const ZendHashTable>,
    recurrences_left: usize,
    converted: HashMap<*const ZendHashTable, Value>,
    /// Whether an array was cut by a limit since this flag was last cleared.
    cut: bool,
}

impl Conversion {
    fn table_value(&mut self, table: &ZendHashTable) -> Value {
        self.ancestors.push(std::ptr::from_ref(table));
        let mut entries = Vec::with_capacity(table.len());
        let mut iterator = table.iter();
        while let Some((key, value)) = iterator.next_zval() {
            let key = match key.long() {
                Some(index) => Key::Index(index),
                None => Key::Name(
                    key.zend_str()
                        .map(|name| name.as_bytes().to_vec())
                        .unwrap_or_default(),
                ),
            };
            entries.push((key, self.zval_value(value)));
        }
        self.ancestors.pop();
        Value::Array(Rc::new(entries))
    }

    fn zval_value(&mut self, zval: &Zval) -> Value {
        let zval = zval.dereference();
        if zval.is_null() {
            Value::Null
        } else if let Some(flag) = zval.bool() {
            Value::Bool(flag)
        } else if let Some(number) = zval.long() {
            Value::Int(number)
        } else if let Some(number) = zval.double() {
            Value::Float(number)
        } else if let Some(text) = zval.zend_str() {
            Value::Text(text.as_bytes().to_vec())
        } else if let Some(table) = zval.array() {
            self.nested_table_value(table)
        } else {
            Value::Other
        }
    }

    /// Converts an array inside another one, within the depth and recurrence limits, or shares
    /// its earlier conversion.
    fn nested_table_value(&mut self, table: &ZendHashTable) -> Value {
        let pointer = std::ptr::from_ref(table);
        if let Some(value) = self.converted.get(&pointer) {
            return value.clone();
        }
        // NOTE: arrays past either limit are reported as objects, which every builder rejects.
        if self.ancestors.len() > MAX_DEPTH {
            self.cut = true;
            return Value::Other;
        }
        if self.ancestors.contains(&pointer) {
            if self.recurrences_left == 0 {
                self.cut = true;
                return Value::Other;
            }
            self.recurrences_left -= 1;
        }

        // Only a conversion that no limit cut is the same wherever the array occurs again.
        let cut_outside = std::mem::take(&mut self.cut);
        let value = self.table_value(table);
        if !self.cut {
            self.converted.insert(pointer, value.clone());
        }
        self.cut |= cut_outside;
        value
    }
}

/// Converts a builder error into the PHP exception of its class, with field and value context.
pub(super) fn input_exception(error: &InputError) -> PhpException {
    let mut context = vec![("field", error.field().to_owned().into())];
    if let Some(value) = error.value() {
        context.push(("value", value.to_owned().into()));
    }
    exception(error.class(), &error.to_string(), context)
}

/// Builds a `_POST_ORDER_FULFILLMENT_DATA_` body; see `PwaPresta\Api::orderFulfillmentFeed`.
///
/// # Errors
///
/// `MissingFieldException`, `InvalidFieldException` naming the key path of the invalid value.
#[php_function]
#[php(name = "PwaPresta\\Native\\feed_order_fulfillment")]
pub fn feed_order_fulfillment(
    merchant_identifier: Binary<u8>,
    fulfillments: &ZendHashTable,
) -> PhpResult<String> {
    let merchant = Value::Text(merchant_identifier.into());
    crate::feeds::order_fulfillment_feed(&merchant, &array_value(fulfillments))
        .map_err(|error| input_exception(&error))
}

/// Builds a `_POST_PAYMENT_ADJUSTMENT_DATA_` body; see `PwaPresta\Api::paymentAdjustmentFeed`.
///
/// # Errors
///
/// `MissingFieldException`, `InvalidFieldException` or `InvalidAmountException` naming the key
/// path of the invalid value.
#[php_function]
#[php(name = "PwaPresta\\Native\\feed_payment_adjustment")]
pub fn feed_payment_adjustment(
    merchant_identifier: Binary<u8>,
    adjustments: &ZendHashTable,
) -> PhpResult<String> {
    let merchant = Value::Text(merchant_identifier.into());
    crate::feeds::payment_adjustment_feed(&merchant, &array_value(adjustments))
        .map_err(|error| input_exception(&error))
}

/// Builds a `_POST_ORDER_ACKNOWLEDGEMENT_DATA_` body; see `PwaPresta\Api::orderAcknowledgementFeed`.
///
/// # Errors
///
/// `MissingFieldException`, `InvalidFieldException` naming the key path of the invalid value.
#[php_function]
#[php(name = "PwaPresta\\Native\\feed_order_acknowledgement")]
pub fn feed_order_acknowledgement(
    merchant_identifier: Binary<u8>,
    acknowledgements: &ZendHashTable,
) -> PhpResult<String> {
    let merchant = Value::Text(merchant_identifier.into());
    crate::feeds::order_acknowledgement_feed(&merchant, &array_value(acknowledgements))
        .map_err(|error| input_exception(&error))
}
