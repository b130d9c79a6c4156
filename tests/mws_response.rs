//! Known-answer tests of MWS answer parsing over the published and constructed fixtures.

use pwapresta::mws::response::value::Value;
use pwapresta::mws::response::{parse, MwsErrorKind, ParseError};
use serde_json::{json, Value as Json};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("fixture {path}: {error}"))
}

/// Converts a parsed value to JSON, keeping the key order, so whole shapes compare at once.
fn to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => json!(flag),
        Value::Int(number) => json!(number),
        Value::Text(text) => json!(text),
        Value::List(list) => Json::Array(list.iter().map(to_json).collect()),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(key, value)| (key.clone(), to_json(value)))
                .collect(),
        ),
    }
}

/// Keys of a parsed map in their order (serde_json sorts them, so they are read from the value).
fn keys(value: &Value) -> Vec<&str> {
    match value {
        Value::Map(entries) => entries.iter().map(|(key, _)| key.as_str()).collect(),
        _ => Vec::new(),
    }
}

fn parsed(action: &str, name: &str) -> Json {
    to_json(&parse(action, &fixture(name)).unwrap_or_else(|error| panic!("{name}: {error}")))
}

#[test]
fn request_report_answer() {
    let answer = parsed("RequestReport", "mws-response-requestreport.xml");
    assert_eq!(answer["request_id"], "88faca76-b600-46d2-b53c-0c8c4533e43a");
    let info = &answer["report_request"];
    assert_eq!(info["report_request_id"], "2291326454");
    assert_eq!(info["report_type"], "_GET_MERCHANT_LISTINGS_DATA_");
    assert_eq!(info["start_date"], "2009-01-21T02:10:39Z");
    assert_eq!(info["scheduled"], false);
    assert_eq!(info["report_processing_status"], "_SUBMITTED_");
    assert_eq!(info["generated_report_id"], Json::Null);
}

#[test]
fn manage_report_schedule_answer() {
    let answer = parsed(
        "ManageReportSchedule",
        "mws-response-managereportschedule.xml",
    );
    assert_eq!(answer["count"], 1);
    assert_eq!(
        answer["report_schedules"],
        json!([{"report_type": "_GET_ORDERS_DATA_", "schedule": "_30_DAYS_",
                "scheduled_date": "2009-02-20T02:10:42Z"}])
    );
}

#[test]
fn report_request_list_answer() {
    let xml = fixture("mws-response-getreportrequestlist.xml");
    let value = parse("GetReportRequestList", &xml).expect("parses");
    assert_eq!(
        keys(&value),
        ["request_id", "next_token", "has_next", "report_requests"]
    );
    let answer = to_json(&value);
    assert_eq!(answer["next_token"], "none");
    assert_eq!(answer["has_next"], false);
    let request = &answer["report_requests"][0];
    assert_eq!(request["report_processing_status"], "_DONE_");
    assert_eq!(request["generated_report_id"], "3538561173");
    assert_eq!(request["completed_date"], "2011-02-17T23:44:48Z");
}

#[test]
fn report_list_answer() {
    let answer = parsed("GetReportList", "mws-response-getreportlist.xml");
    assert_eq!(answer["request_id"], "fbf677c1-dcee-4110-bc88-2ba3702e331b");
    assert_eq!(
        answer["reports"],
        json!([{"report_id": "898899473", "report_type": "_GET_MERCHANT_LISTINGS_DATA_",
                "report_request_id": "2278662938", "available_date": "2009-02-10T09:22:33Z",
                "acknowledged": false, "acknowledged_date": "2009-02-11T09:22:33Z"}])
    );
}

#[test]
fn report_acknowledgements_answer() {
    let answer = parsed(
        "UpdateReportAcknowledgements",
        "mws-response-updatereportacknowledgements.xml",
    );
    assert_eq!(answer["count"], 1);
    assert_eq!(answer["reports"][0]["report_id"], "841997483");
    assert_eq!(answer["reports"][0]["acknowledged"], true);
}

#[test]
fn list_orders_answer() {
    let answer = parsed("ListOrders", "mws-response-listorders-in-constructed.xml");
    assert_eq!(answer["next_token"], "EXAMPLE-NEXT-TOKEN/+=");
    assert_eq!(answer["has_next"], true);
    assert_eq!(answer["last_updated_before"], "2015-06-01T11:58:00Z");
    let orders = answer["orders"].as_array().expect("orders is a list");
    assert_eq!(orders.len(), 3);
    let first = &orders[0];
    assert_eq!(first["amazon_order_id"], "403-0000001-0000001");
    assert_eq!(first["order_status"], "Unshipped");
    assert_eq!(
        first["order_total"],
        json!({"currency": "INR", "amount": 97300})
    );
    assert_eq!(first["number_of_items_unshipped"], 3);
    assert_eq!(
        first["shipping_address"],
        json!({"name": "Asha Example Rao", "address_field_one": "Flat 4, Example Residency",
               "address_field_two": "Test Road, Andheri East", "address_field_three": null,
               "city": "Mumbai", "state": "MAHARASHTRA", "postal_code": "400069",
               "country_code": "IN", "phone_number": "9000000001"})
    );
    assert_eq!(orders[1]["order_status"], "Canceled");
    assert_eq!(orders[1]["shipping_address"], Json::Null);
    assert_eq!(orders[2]["order_total"], Json::Null);
}

#[test]
fn list_orders_single_order_is_list() {
    let xml = br#"<ListOrdersResponse><ListOrdersResult><Orders><Order>
        <AmazonOrderId>403-1-1</AmazonOrderId></Order></Orders></ListOrdersResult>
        </ListOrdersResponse>"#;
    let answer = to_json(&parse("ListOrders", xml).expect("parses"));
    assert_eq!(answer["orders"].as_array().map(Vec::len), Some(1));
    assert_eq!(answer["has_next"], false);
    assert_eq!(answer["request_id"], Json::Null);
}

#[test]
fn list_order_items_answer() {
    let answer = parsed("ListOrderItems", "mws-response-listorderitems-mock.xml");
    assert_eq!(answer["amazon_order_id"], "058-1233752-8214740");
    let items = answer["order_items"]
        .as_array()
        .expect("order_items is a list");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["seller_sku"], "CBA_OTF_1");
    assert_eq!(
        items[0]["item_price"],
        json!({"currency": "USD", "amount": 2599})
    );
    assert_eq!(
        items[0]["cod_fee_discount"],
        json!({"currency": "USD", "amount": 100})
    );
    assert_eq!(items[0]["gift_message_text"], "For you!");
    assert_eq!(items[1]["quantity_ordered"], 2);
    assert_eq!(items[1]["promotion_ids"], json!(["FREESHIP"]));
    assert_eq!(items[1]["shipping_price"], Json::Null);
}

#[test]
fn submit_feed_answer() {
    let answer = parsed("SubmitFeed", "mws-response-submitfeed.xml");
    assert_eq!(
        answer["feed_submission"],
        json!({"feed_submission_id": "1234567890", "feed_type": "_MOCK_FEED_",
               "submitted_date": "2012-12-12T12:12:12Z", "feed_processing_status": "_SUBMITTED_",
               "started_processing_date": null, "completed_processing_date": null})
    );
}

#[test]
fn processing_report_with_error() {
    let answer = parsed(
        "GetFeedSubmissionResult",
        "feed-processing-report-error-18028-merchant-order.xml",
    );
    assert_eq!(answer["status_code"], "Complete");
    assert_eq!(answer["messages_processed"], 1);
    assert_eq!(answer["messages_with_error"], 1);
    assert_eq!(answer["successful"], false);
    assert_eq!(answer["results"][0]["message_id"], 1);
    assert_eq!(answer["results"][0]["result_code"], "Error");
    assert_eq!(answer["results"][0]["result_message_code"], "18028");
}

#[test]
fn processing_report_success() {
    let answer = parsed(
        "GetFeedSubmissionResult",
        "feed-processing-report-success-constructed.xml",
    );
    assert_eq!(answer["document_transaction_id"], "50000000001");
    assert_eq!(answer["messages_successful"], 1);
    assert_eq!(answer["successful"], true);
    assert_eq!(answer["results"], json!([]));
}

fn error_of(action: &str, xml: &[u8]) -> ParseError {
    match parse(action, xml) {
        Ok(value) => panic!("expected an error, parsed {value:?}"),
        Err(error) => error,
    }
}

#[test]
fn error_responses_by_kind() {
    let cases = [
        (
            "mws-error-throttled.xml",
            MwsErrorKind::Throttled,
            "RequestThrottled",
        ),
        (
            "mws-error-quotaexceeded.xml",
            MwsErrorKind::Throttled,
            "QuotaExceeded",
        ),
        (
            "mws-error-invalidclienttokenid.xml",
            MwsErrorKind::Authentication,
            "InvalidClientTokenId",
        ),
        (
            "mws-error-malformedinput-timestamp.xml",
            MwsErrorKind::Other,
            "MalformedInput",
        ),
        (
            "mws-error-contentmd5missing.xml",
            MwsErrorKind::Other,
            "ContentMD5Missing",
        ),
    ];
    for (name, kind, code) in cases {
        let ParseError::Mws(error) = error_of("ListOrders", &fixture(name)) else {
            panic!("{name}: not an MWS error");
        };
        assert_eq!(error.kind, kind, "{name}");
        assert_eq!(error.code, code, "{name}");
    }
}

#[test]
fn error_response_reads_request_id() {
    let ParseError::Mws(error) = error_of("SubmitFeed", &fixture("mws-error-throttled.xml")) else {
        panic!("not an MWS error");
    };
    assert_eq!(error.request_id, "a7b39ee6-4f76-48ee-92f1-43bc54f693df");
    assert_eq!(error.error_type, "");
    assert_eq!(error.message, "Request is throttled");
    let spelled = br#"<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>
        <Message>no</Message></Error><RequestId>r-1</RequestId></ErrorResponse>"#;
    let ParseError::Mws(error) = error_of("ListOrders", spelled) else {
        panic!("not an MWS error");
    };
    assert_eq!(error.request_id, "r-1");
    assert_eq!(error.kind, MwsErrorKind::Authentication);
}

#[test]
fn rejects_bad_documents() {
    let cases: [(&str, &[u8], &str); 9] = [
        ("GetReport", b"<a/>", "UnknownActionException"),
        ("ListOrders", b"<!DOCTYPE a><a/>", "DtdNotAllowedException"),
        (
            "ListOrders",
            b"<ListOrdersResponse>",
            "MalformedXmlException",
        ),
        ("ListOrders", b"<a></b>", "MalformedXmlException"),
        ("ListOrders", b"", "MalformedXmlException"),
        ("ListOrders", b"<a>\x01</a>", "MalformedXmlException"),
        (
            "ListOrders",
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
            "MalformedXmlException",
        ),
        (
            "ListOrders",
            b"<GetReportListResponse/>",
            "InvalidDocumentException",
        ),
        (
            "ListOrders",
            b"<ListOrdersResponse/>",
            "InvalidDocumentException",
        ),
    ];
    for (action, xml, class) in cases {
        assert_eq!(
            error_of(action, xml).exception_class(),
            class,
            "{}",
            String::from_utf8_lossy(xml)
        );
    }
}

#[test]
fn rejects_invalid_values() {
    let wrap = |order: &str| {
        format!(
            "<ListOrdersResponse><ListOrdersResult><Orders><Order>{order}</Order></Orders>\
             </ListOrdersResult></ListOrdersResponse>"
        )
    };
    let cases = [
        (
            "<PurchaseDate>2015-06-01</PurchaseDate>",
            "InvalidDocumentException",
        ),
        (
            "<AmazonOrderId>1</AmazonOrderId><PurchaseDate>June</PurchaseDate>",
            "InvalidDocumentException",
        ),
        (
            "<AmazonOrderId>1</AmazonOrderId><IsPrime>yes</IsPrime>",
            "InvalidDocumentException",
        ),
        (
            "<AmazonOrderId>1</AmazonOrderId><NumberOfItemsShipped>x</NumberOfItemsShipped>",
            "InvalidDocumentException",
        ),
        (
            "<AmazonOrderId>1</AmazonOrderId><OrderTotal><Amount>1</Amount></OrderTotal>",
            "InvalidDocumentException",
        ),
        (
            "<AmazonOrderId>1</AmazonOrderId><OrderTotal><CurrencyCode>INR</CurrencyCode>\
             <Amount>1.005</Amount></OrderTotal>",
            "InvalidAmountException",
        ),
    ];
    for (order, class) in cases {
        let xml = wrap(order);
        assert_eq!(
            error_of("ListOrders", xml.as_bytes()).exception_class(),
            class,
            "{order}"
        );
    }
}

#[test]
fn rejects_oversized_answer() {
    let xml = vec![b' '; pwapresta::mws::response::MAX_ANSWER_BYTES + 1];
    assert_eq!(
        error_of("ListOrders", &xml).exception_class(),
        "DocumentTooLargeException"
    );
}

#[test]
fn dates_are_normalised_to_utc() {
    let xml = br#"<GetReportListResponse><GetReportListResult><ReportInfo><ReportId>1</ReportId>
        <AvailableDate>2008-12-30T08:23:23.5-08:00</AvailableDate>
        <AcknowledgedDate>2010-10-05T18%3A12%3A20.687Z</AcknowledgedDate></ReportInfo>
        </GetReportListResult></GetReportListResponse>"#;
    let answer = to_json(&parse("GetReportList", xml).expect("parses"));
    assert_eq!(
        answer["reports"][0]["available_date"],
        "2008-12-30T16:23:23Z"
    );
    assert_eq!(
        answer["reports"][0]["acknowledged_date"],
        "2010-10-05T18:12:20Z"
    );
}
