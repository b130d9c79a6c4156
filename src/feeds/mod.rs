//! MWS feed bodies: the `AmazonEnvelope` of order fulfillment, payment adjustment and order
//! acknowledgement messages.
//!
//! Each builder validates the whole input (see [`input`]) while it writes, in element order, so
//! the first invalid value in document order is the one reported, as in the PHP twin
//! `PwaPresta\Php\Feeds\*`. Text goes through [`crate::xml::write::XmlWriter`], which escapes every
//! text node. The `Content-MD5` of a body is computed by the MWS signer over the returned bytes.

pub mod acknowledgement;
pub mod adjustment;
pub mod fulfillment;
pub mod input;

pub use acknowledgement::order_acknowledgement_feed;
pub use adjustment::payment_adjustment_feed;
pub use fulfillment::order_fulfillment_feed;

use crate::xml::write::XmlWriter;
use input::{InputError, InputResult, Value};

/// `DocumentVersion` of every envelope, as in Amazon's feed examples.
const DOCUMENT_VERSION: &str = "1.01";

/// Starts an envelope up to its `MessageType`; the caller writes the messages and finishes it.
///
/// # Errors
///
/// [`InputError`] at `merchant_identifier` when it is empty or not XML text, and at `list_name`
/// when `messages` is not a list with at least one entry.
fn start_envelope<'a>(
    merchant_identifier: &Value,
    message_type: &str,
    list_name: &str,
    messages: &'a Value,
) -> InputResult<(XmlWriter, Vec<&'a Value>)> {
    let merchant = input::text_value(Some(merchant_identifier), "merchant_identifier")?
        .ok_or_else(|| InputError::Missing {
            field: "merchant_identifier".to_owned(),
        })?;
    let entries = input::required_list(Some(messages), list_name)?;

    let mut writer = XmlWriter::new();
    writer.start(
        "AmazonEnvelope",
        &[
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:noNamespaceSchemaLocation", "amzn-envelope.xsd"),
        ],
    );
    writer.start("Header", &[]);
    writer.text("DocumentVersion", DOCUMENT_VERSION);
    writer.text("MerchantIdentifier", &merchant);
    writer.end();
    writer.text("MessageType", message_type);
    Ok((writer, entries))
}

/// Writes one `Message` with its 1-based `MessageID`, calling `body` for its content.
fn write_message(
    writer: &mut XmlWriter,
    number: usize,
    body: impl FnOnce(&mut XmlWriter) -> Result<(), InputError>,
) -> InputResult<()> {
    writer.start("Message", &[]);
    writer.text("MessageID", &number.to_string());
    body(writer)?;
    writer.end();
    Ok(())
}

/// Reads the entity id given either by Amazon's key or by the merchant's key, never both.
///
/// Returns the element name and the id.
///
/// # Errors
///
/// [`InputError::Missing`] at `amazon_key` when neither is given; [`InputError::Invalid`] at
/// `merchant_key` when both are.
fn either_id(
    entry: &Value,
    path: &str,
    (amazon_key, amazon_element): (&str, &'static str),
    (merchant_key, merchant_element): (&str, &'static str),
) -> InputResult<(&'static str, String)> {
    let amazon = input::optional_text(entry, path, amazon_key)?;
    let merchant = input::optional_text(entry, path, merchant_key)?;
    match (amazon, merchant) {
        (Some(id), None) => Ok((amazon_element, id)),
        (None, Some(id)) => Ok((merchant_element, id)),
        (None, None) => Err(InputError::Missing {
            field: input::child(path, amazon_key),
        }),
        (Some(_), Some(id)) => Err(InputError::Invalid {
            field: input::child(path, merchant_key),
            value: id,
            expected: format!("either {amazon_key} or {merchant_key}, not both"),
        }),
    }
}
