//! Errors of MWS signing and sending, one kind per PHP exception class.

use std::fmt;

/// What failed, named after the PHP exception class the binding throws for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `MissingFieldException`: a required input key is absent or empty.
    MissingField,
    /// `InvalidFieldException`: an input value has the wrong type or format.
    InvalidField,
    /// `UnknownActionException`: the action belongs to no MWS section.
    UnknownAction,
    /// `TransportException`: the request could not be sent or its answer not read.
    Transport,
}

impl ErrorKind {
    /// Short name of the PHP exception class in `PwaPresta\Exception`.
    #[must_use]
    pub fn exception_class(self) -> &'static str {
        match self {
            ErrorKind::MissingField => "MissingFieldException",
            ErrorKind::InvalidField => "InvalidFieldException",
            ErrorKind::UnknownAction => "UnknownActionException",
            ErrorKind::Transport => "TransportException",
        }
    }
}

/// An MWS error: its kind, a message naming the value and the fix, and the exception context.
///
/// The context never carries a secret key or a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MwsError {
    kind: ErrorKind,
    message: String,
    context: Vec<(&'static str, String)>,
}

impl MwsError {
    /// A required key is absent or empty. Context: field.
    pub fn missing_field(field: &str, message: String) -> Self {
        Self {
            kind: ErrorKind::MissingField,
            message,
            context: vec![("field", field.to_owned())],
        }
    }

    /// A value has the wrong type or format. Context: field, value.
    pub fn invalid_field(field: &str, value: &str, message: String) -> Self {
        let context = vec![("field", field.to_owned()), ("value", value.to_owned())];
        Self {
            kind: ErrorKind::InvalidField,
            message,
            context,
        }
    }

    /// The action is in no section. Context: action.
    pub fn unknown_action(action: &str, message: String) -> Self {
        let context = vec![("action", action.to_owned())];
        Self {
            kind: ErrorKind::UnknownAction,
            message,
            context,
        }
    }

    /// The request failed on the network. Context: url (without its query), reason.
    pub fn transport(url: &str, reason: &str, message: String) -> Self {
        let context = vec![("url", url.to_owned()), ("reason", reason.to_owned())];
        Self {
            kind: ErrorKind::Transport,
            message,
            context,
        }
    }

    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    #[must_use]
    pub fn context(&self) -> &[(&'static str, String)] {
        &self.context
    }
}

impl fmt::Display for MwsError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for MwsError {}
