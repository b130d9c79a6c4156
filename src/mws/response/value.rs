//! An ordered, PHP-array-like value: the result shape of every parsed answer.
//!
//! Maps keep insertion order because the PHP contract fixes the key order, and both engines must
//! return the same keys in the same order.

/// A PHP value as the parsers return it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Text(String),
    /// A PHP list (keys 0..n-1).
    List(Vec<Value>),
    /// A PHP array with string keys, in insertion order.
    Map(Vec<(String, Value)>),
}

impl Value {
    /// A string, or null when absent.
    pub fn optional_text(text: Option<&str>) -> Value {
        text.map_or(Value::Null, |text| Value::Text(text.to_owned()))
    }

    /// The entry of a map with this key.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(entries) => entries.iter().find(|(name, _)| name == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(number: i64) -> Self {
        Value::Int(number)
    }
}

impl From<bool> for Value {
    fn from(flag: bool) -> Self {
        Value::Bool(flag)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        value.map_or(Value::Null, Into::into)
    }
}

/// Builds a [`Value::Map`] in the order the entries are added.
#[derive(Debug, Default)]
pub struct MapBuilder(Vec<(String, Value)>);

impl MapBuilder {
    pub fn new() -> Self {
        Self(Vec::new())
    }

    /// Adds one entry and returns the builder.
    pub fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.0.push((key.to_owned(), value.into()));
        self
    }

    pub fn build(self) -> Value {
        Value::Map(self.0)
    }
}
