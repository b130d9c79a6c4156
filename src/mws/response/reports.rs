//! Answers of the Reports section: report requests, schedules, report lists, acknowledgements.

use super::element::Element;
use super::error::ParseError;
use super::fields::{boolean, date, integer, required_text, text};
use super::value::{MapBuilder, Value};
use super::{list_of, paged};

/// RequestReport: the one ReportRequestInfo created.
pub(super) fn request_report(request_id: Value, result: &Element) -> Result<Value, ParseError> {
    let info = result
        .child("ReportRequestInfo")
        .ok_or_else(|| ParseError::missing("ReportRequestInfo", &result.name))?;
    Ok(MapBuilder::new()
        .with("request_id", request_id)
        .with("report_request", report_request_info(info)?)
        .build())
}

/// ManageReportSchedule: Count and every ReportSchedule.
pub(super) fn manage_report_schedule(
    request_id: Value,
    result: &Element,
) -> Result<Value, ParseError> {
    let schedules = list_of(result, "ReportSchedule", report_schedule)?;
    Ok(MapBuilder::new()
        .with("request_id", request_id)
        .with("count", count(result, &schedules)?)
        .with("report_schedules", schedules)
        .build())
}

/// GetReportRequestList and its ByNextToken page.
pub(super) fn report_request_list(
    request_id: Value,
    result: &Element,
) -> Result<Value, ParseError> {
    Ok(paged(request_id, result)?
        .with(
            "report_requests",
            list_of(result, "ReportRequestInfo", report_request_info)?,
        )
        .build())
}

/// GetReportList and its ByNextToken page.
pub(super) fn report_list(request_id: Value, result: &Element) -> Result<Value, ParseError> {
    Ok(paged(request_id, result)?
        .with("reports", list_of(result, "ReportInfo", report_info)?)
        .build())
}

/// UpdateReportAcknowledgements: Count and the ReportInfo of each report updated.
pub(super) fn update_acknowledgements(
    request_id: Value,
    result: &Element,
) -> Result<Value, ParseError> {
    let reports = list_of(result, "ReportInfo", report_info)?;
    Ok(MapBuilder::new()
        .with("request_id", request_id)
        .with("count", count(result, &reports)?)
        .with("reports", reports)
        .build())
}

/// The Count element, or the number of records when it is absent.
fn count(result: &Element, records: &Value) -> Result<Value, ParseError> {
    match integer(result, "Count")? {
        Value::Null => match records {
            Value::List(list) => Ok(Value::Int(list.len() as i64)),
            _ => Ok(Value::Int(0)),
        },
        number => Ok(number),
    }
}

fn report_request_info(info: &Element) -> Result<Value, ParseError> {
    Ok(MapBuilder::new()
        .with("report_request_id", required_text(info, "ReportRequestId")?)
        .with("report_type", text(info, "ReportType"))
        .with("start_date", date(info, "StartDate")?)
        .with("end_date", date(info, "EndDate")?)
        .with("scheduled", boolean(info, "Scheduled")?)
        .with("submitted_date", date(info, "SubmittedDate")?)
        .with(
            "report_processing_status",
            text(info, "ReportProcessingStatus"),
        )
        .with("generated_report_id", text(info, "GeneratedReportId"))
        .with(
            "started_processing_date",
            date(info, "StartedProcessingDate")?,
        )
        .with("completed_date", date(info, "CompletedDate")?)
        .build())
}

fn report_info(info: &Element) -> Result<Value, ParseError> {
    Ok(MapBuilder::new()
        .with("report_id", required_text(info, "ReportId")?)
        .with("report_type", text(info, "ReportType"))
        .with("report_request_id", text(info, "ReportRequestId"))
        .with("available_date", date(info, "AvailableDate")?)
        .with("acknowledged", boolean(info, "Acknowledged")?)
        .with("acknowledged_date", date(info, "AcknowledgedDate")?)
        .build())
}

fn report_schedule(schedule: &Element) -> Result<Value, ParseError> {
    Ok(MapBuilder::new()
        .with("report_type", text(schedule, "ReportType"))
        .with("schedule", text(schedule, "Schedule"))
        .with("scheduled_date", date(schedule, "ScheduledDate")?)
        .build())
}
