//! Parsing of MWS answers (Reports, Orders and Feeds sections) into ordered result maps.
//!
//! Each supported action has its own result shape, written down in `PwaPresta\Api::
//! parseMwsResponse`. An ErrorResponse, whatever the action, becomes [`ParseError::Mws`]. Elements
//! are matched by local name, unknown elements are ignored, and a list with one entry is still a
//! list. The PHP twin is `PwaPresta\Php\Mws\ResponseParser`.

pub mod element;
pub mod error;
mod feeds;
pub mod fields;
mod orders;
mod reports;
pub mod value;

use element::Element;
pub use error::{MwsError, MwsErrorKind, ParseError};
use value::{MapBuilder, Value};

/// Largest MWS answer accepted, in bytes.
///
/// NOTE: chosen to fit a processing report with an error on every message of a feed of about
/// 20,000 messages; order reports are streamed instead and have no limit.
pub const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

/// The actions whose answers [`parse`] reads.
pub const ACTIONS: [&str; 15] = [
    "RequestReport",
    "ManageReportSchedule",
    "GetReportRequestList",
    "GetReportRequestListByNextToken",
    "GetReportList",
    "GetReportListByNextToken",
    "UpdateReportAcknowledgements",
    "ListOrders",
    "ListOrdersByNextToken",
    "ListOrderItems",
    "ListOrderItemsByNextToken",
    "SubmitFeed",
    "GetFeedSubmissionList",
    "GetFeedSubmissionListByNextToken",
    "GetFeedSubmissionResult",
];

/// Parses the answer to `action` into its result map.
///
/// Checks run in this order: the action is known, the size limit, then the XML itself (DOCTYPE,
/// well-formedness), an ErrorResponse, the root element, and the values used.
///
/// # Errors
///
/// [`ParseError::UnknownAction`], [`ParseError::TooLarge`], [`ParseError::DtdNotAllowed`],
/// [`ParseError::Malformed`], [`ParseError::Mws`] for an ErrorResponse,
/// [`ParseError::InvalidDocument`] for a wrong root or a missing or invalid value, and
/// [`ParseError::InvalidAmount`] for an inexact amount.
pub fn parse(action: &str, xml: &[u8]) -> Result<Value, ParseError> {
    if !ACTIONS.contains(&action) {
        return Err(ParseError::UnknownAction(action.to_owned()));
    }
    if xml.len() > MAX_ANSWER_BYTES {
        return Err(ParseError::TooLarge {
            size: xml.len(),
            limit: MAX_ANSWER_BYTES,
        });
    }
    let root = element::parse_document(xml)?;
    check_error_response(&root)?;

    if action == "GetFeedSubmissionResult" {
        return feeds::processing_report(&root);
    }
    let expected_root = format!("{action}Response");
    if root.name != expected_root {
        return Err(ParseError::invalid(
            &root.name,
            format!(
                "the answer's root element is {}, expected {expected_root}: pass the action the \
                 request was sent with",
                root.name
            ),
        ));
    }
    let result_name = format!("{action}Result");
    let result = root
        .child(&result_name)
        .ok_or_else(|| ParseError::missing(&result_name, &root.name))?;
    let request_id = request_id(&root);

    let family = action.strip_suffix("ByNextToken").unwrap_or(action);
    match family {
        "RequestReport" => reports::request_report(request_id, result),
        "ManageReportSchedule" => reports::manage_report_schedule(request_id, result),
        "GetReportRequestList" => reports::report_request_list(request_id, result),
        "GetReportList" => reports::report_list(request_id, result),
        "UpdateReportAcknowledgements" => reports::update_acknowledgements(request_id, result),
        "ListOrders" => orders::list_orders(request_id, result),
        "ListOrderItems" => orders::list_order_items(request_id, result),
        "SubmitFeed" => feeds::submit_feed(request_id, result),
        "GetFeedSubmissionList" => feeds::feed_submission_list(request_id, result),
        _ => Err(ParseError::UnknownAction(action.to_owned())),
    }
}

/// Raises [`ParseError::Mws`] when `root` is an ErrorResponse.
///
/// # Errors
///
/// [`ParseError::Mws`] with the first Error's Type, Code and Message, and the RequestID (errors
/// spell it with a capital D) or RequestId.
pub fn check_error_response(root: &Element) -> Result<(), ParseError> {
    if root.name != "ErrorResponse" {
        return Ok(());
    }
    let error = root.child("Error");
    let read = |name: &str| {
        error
            .and_then(|e| e.child_text(name))
            .unwrap_or("")
            .to_owned()
    };
    let code = read("Code");
    let request_id = root
        .child_text("RequestID")
        .or_else(|| root.child_text("RequestId"))
        .or_else(|| {
            root.child("ResponseMetadata")
                .and_then(|m| m.child_text("RequestId"))
        })
        .unwrap_or("")
        .to_owned();
    Err(ParseError::Mws(MwsError {
        kind: MwsErrorKind::from_code(&code),
        error_type: read("Type"),
        message: read("Message"),
        code,
        request_id,
    }))
}

/// ResponseMetadata/RequestId of a success envelope, or null.
fn request_id(root: &Element) -> Value {
    Value::optional_text(
        root.child("ResponseMetadata")
            .and_then(|m| m.child_text("RequestId")),
    )
}

/// Starts a paged list result: request_id, next_token and has_next.
///
/// has_next is HasNext when the answer carries it (Reports and Feeds), otherwise whether a
/// NextToken is present (Orders).
fn paged(request_id: Value, result: &Element) -> Result<MapBuilder, ParseError> {
    let next_token = fields::text(result, "NextToken");
    let has_next = match fields::boolean(result, "HasNext")? {
        Value::Bool(flag) => flag,
        _ => next_token != Value::Null,
    };
    Ok(MapBuilder::new()
        .with("request_id", request_id)
        .with("next_token", next_token)
        .with("has_next", has_next))
}

/// A list of the records built from each child named `name`.
fn list_of(
    parent: &Element,
    name: &str,
    record: fn(&Element) -> Result<Value, ParseError>,
) -> Result<Value, ParseError> {
    parent
        .children_named(name)
        .map(record)
        .collect::<Result<Vec<_>, _>>()
        .map(Value::List)
}

/// An Address map from an element, with the element names of each field (the Orders API and the
/// order report spell them differently); null when the element is absent.
pub fn address(element: Option<&Element>, names: &AddressNames) -> Value {
    let Some(element) = element else {
        return Value::Null;
    };
    let first = |candidates: &[&str]| {
        Value::optional_text(candidates.iter().find_map(|name| element.child_text(name)))
    };
    MapBuilder::new()
        .with("name", first(&["Name"]))
        .with("address_field_one", first(&[names.line_one]))
        .with("address_field_two", first(&[names.line_two]))
        .with("address_field_three", first(&[names.line_three]))
        .with("city", first(&["City"]))
        .with("state", first(&["StateOrRegion"]))
        .with("postal_code", first(&["PostalCode"]))
        .with("country_code", first(&["CountryCode", "Country"]))
        .with("phone_number", first(&[names.phone]))
        .build()
}

/// Element names of the address fields that differ between documents.
pub struct AddressNames {
    pub line_one: &'static str,
    pub line_two: &'static str,
    pub line_three: &'static str,
    pub phone: &'static str,
}
