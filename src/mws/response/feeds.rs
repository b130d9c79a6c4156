//! Answers of the Feeds section: SubmitFeed, GetFeedSubmissionList and the processing report.

use super::element::Element;
use super::error::ParseError;
use super::fields::{date, integer, parse_integer, required_text, text};
use super::value::{MapBuilder, Value};
use super::{list_of, paged};

/// SubmitFeed: the FeedSubmissionInfo of the feed just accepted.
pub(super) fn submit_feed(request_id: Value, result: &Element) -> Result<Value, ParseError> {
    let info = result
        .child("FeedSubmissionInfo")
        .ok_or_else(|| ParseError::missing("FeedSubmissionInfo", &result.name))?;
    Ok(MapBuilder::new()
        .with("request_id", request_id)
        .with("feed_submission", feed_submission_info(info)?)
        .build())
}

/// GetFeedSubmissionList and its ByNextToken page.
pub(super) fn feed_submission_list(
    request_id: Value,
    result: &Element,
) -> Result<Value, ParseError> {
    Ok(paged(request_id, result)?
        .with(
            "feed_submissions",
            list_of(result, "FeedSubmissionInfo", feed_submission_info)?,
        )
        .build())
}

/// GetFeedSubmissionResult: the ProcessingReport of an AmazonEnvelope.
///
/// StatusCode Complete only means Amazon finished processing; `successful` is true only when
/// MessagesWithError is 0.
///
/// # Errors
///
/// [`ParseError::InvalidDocument`] when the root is not AmazonEnvelope, no ProcessingReport is
/// found, or a count is missing or not an integer.
pub(super) fn processing_report(root: &Element) -> Result<Value, ParseError> {
    if root.name != "AmazonEnvelope" {
        return Err(ParseError::invalid(
            &root.name,
            format!(
                "the answer's root element is {}, expected AmazonEnvelope with a ProcessingReport",
                root.name
            ),
        ));
    }
    let report = root
        .children_named("Message")
        .find_map(|message| message.child("ProcessingReport"))
        .ok_or_else(|| ParseError::missing("ProcessingReport", "AmazonEnvelope/Message"))?;
    let summary = report
        .child("ProcessingSummary")
        .ok_or_else(|| ParseError::missing("ProcessingSummary", "ProcessingReport"))?;
    let count = |name: &str| parse_integer(required_text(summary, name)?, name);
    let errors = count("MessagesWithError")?;
    let merchant = root
        .child("Header")
        .and_then(|header| header.child_text("MerchantIdentifier"));

    Ok(MapBuilder::new()
        .with("request_id", Value::Null)
        .with("merchant_identifier", merchant)
        .with(
            "document_transaction_id",
            text(report, "DocumentTransactionID"),
        )
        .with("status_code", required_text(report, "StatusCode")?)
        .with("messages_processed", count("MessagesProcessed")?)
        .with("messages_successful", count("MessagesSuccessful")?)
        .with("messages_with_error", errors)
        .with("messages_with_warning", count("MessagesWithWarning")?)
        .with("successful", errors == 0)
        .with("results", list_of(report, "Result", processing_result)?)
        .build())
}

fn processing_result(result: &Element) -> Result<Value, ParseError> {
    let additional = result.child("AdditionalInfo");
    let info = |name: &str| Value::optional_text(additional.and_then(|a| a.child_text(name)));
    Ok(MapBuilder::new()
        .with("message_id", integer(result, "MessageID")?)
        .with("result_code", text(result, "ResultCode"))
        .with("result_message_code", text(result, "ResultMessageCode"))
        .with("result_description", text(result, "ResultDescription"))
        .with("amazon_order_id", info("AmazonOrderID"))
        .with("merchant_order_id", info("MerchantOrderID"))
        .with("amazon_order_item_code", info("AmazonOrderItemCode"))
        .with("sku", info("SKU"))
        .build())
}

fn feed_submission_info(info: &Element) -> Result<Value, ParseError> {
    Ok(MapBuilder::new()
        .with(
            "feed_submission_id",
            required_text(info, "FeedSubmissionId")?,
        )
        .with("feed_type", text(info, "FeedType"))
        .with("submitted_date", date(info, "SubmittedDate")?)
        .with("feed_processing_status", text(info, "FeedProcessingStatus"))
        .with(
            "started_processing_date",
            date(info, "StartedProcessingDate")?,
        )
        .with(
            "completed_processing_date",
            date(info, "CompletedProcessingDate")?,
        )
        .build())
}
