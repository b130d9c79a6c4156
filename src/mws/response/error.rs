//! Why an MWS answer or an order report could not be read, with the PHP exception class of each.

use std::fmt;

/// Kind of an MWS ErrorResponse, which selects its exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MwsErrorKind {
    /// RequestThrottled, QuotaExceeded, Throttled: retry later.
    Throttled,
    /// SignatureDoesNotMatch, InvalidAccessKeyId, InvalidClientTokenId, AccessDenied.
    Authentication,
    /// Every other error code.
    Other,
}

impl MwsErrorKind {
    /// Maps an MWS error code to its kind.
    pub fn from_code(code: &str) -> Self {
        match code {
            "RequestThrottled" | "QuotaExceeded" | "Throttled" => MwsErrorKind::Throttled,
            "SignatureDoesNotMatch"
            | "InvalidAccessKeyId"
            | "InvalidClientTokenId"
            | "AccessDenied" => MwsErrorKind::Authentication,
            _ => MwsErrorKind::Other,
        }
    }
}

/// The content of an ErrorResponse; absent elements are empty strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MwsError {
    pub kind: MwsErrorKind,
    pub error_type: String,
    pub code: String,
    pub message: String,
    pub request_id: String,
}

/// A failure to read an MWS answer or an order report; `Display` names the value and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The action is not one this parser knows.
    UnknownAction(String),
    /// The document is larger than the limit, in bytes.
    TooLarge { size: usize, limit: usize },
    /// The document has a DOCTYPE.
    DtdNotAllowed,
    /// Not well-formed UTF-8 XML; the text says where.
    Malformed(String),
    /// Well-formed, but an element that is used is missing or invalid.
    InvalidDocument { element: String, message: String },
    /// An amount that is not an exact decimal in its currency, or mixed currencies.
    InvalidAmount {
        element: String,
        value: String,
        message: String,
    },
    /// Amazon answered with an ErrorResponse.
    Mws(MwsError),
}

impl ParseError {
    /// Name of the PHP exception class (in `PwaPresta\Exception`) this error is thrown as.
    pub fn exception_class(&self) -> &'static str {
        match self {
            ParseError::UnknownAction(_) => "UnknownActionException",
            ParseError::TooLarge { .. } => "DocumentTooLargeException",
            ParseError::DtdNotAllowed => "DtdNotAllowedException",
            ParseError::Malformed(_) => "MalformedXmlException",
            ParseError::InvalidDocument { .. } => "InvalidDocumentException",
            ParseError::InvalidAmount { .. } => "InvalidAmountException",
            ParseError::Mws(error) => match error.kind {
                MwsErrorKind::Throttled => "MwsThrottledException",
                MwsErrorKind::Authentication => "MwsAuthenticationException",
                MwsErrorKind::Other => "MwsErrorException",
            },
        }
    }

    /// Shorthand for [`ParseError::InvalidDocument`].
    pub fn invalid(element: &str, message: String) -> Self {
        ParseError::InvalidDocument {
            element: element.to_owned(),
            message,
        }
    }

    /// Shorthand for a required element that is absent or empty.
    pub fn missing(element: &str, parent: &str) -> Self {
        ParseError::invalid(
            element,
            format!("element {element} is missing or empty in {parent}: Amazon always sends it"),
        )
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::UnknownAction(action) => write!(
                f,
                "unknown MWS action \"{action}\": use one listed in PwaPresta\\Api::parseMwsResponse"
            ),
            ParseError::TooLarge { size, limit } => write!(
                f,
                "the document is {size} bytes, more than the limit of {limit} bytes: request \
                 smaller pages"
            ),
            ParseError::DtdNotAllowed => {
                write!(f, "the document contains a DOCTYPE, which is not allowed: remove it")
            }
            ParseError::Malformed(detail) => {
                write!(f, "the document is not well-formed UTF-8 XML: {detail}")
            }
            ParseError::InvalidDocument { message, .. } => f.write_str(message),
            ParseError::InvalidAmount { message, .. } => f.write_str(message),
            ParseError::Mws(error) => f.write_str(&mws_error_message(error)),
        }
    }
}

impl std::error::Error for ParseError {}

fn mws_error_message(error: &MwsError) -> String {
    let advice = match error.kind {
        MwsErrorKind::Throttled => "retry after the throttling interval",
        MwsErrorKind::Authentication => {
            "check the access key id, the secret key and the seller id in the module settings"
        }
        MwsErrorKind::Other => "check the request parameters",
    };
    format!(
        "MWS returned error {} (type \"{}\", request id \"{}\"): {}; {advice}",
        error.code, error.error_type, error.request_id, error.message
    )
}
