//! The MWS API sections pwapresta calls, and which section each action belongs to.
//!
//! A section fixes the request path, the `Version` parameter and the name of the seller
//! parameter (`SellerId` for Orders, `Merchant` for Reports and Feeds).

/// An MWS API section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Orders,
    Reports,
    Feeds,
}

/// Actions of the Orders API, version 2013-09-01.
const ORDERS_ACTIONS: &[&str] = &[
    "ListOrders",
    "ListOrdersByNextToken",
    "GetOrder",
    "ListOrderItems",
    "ListOrderItemsByNextToken",
    "GetServiceStatus",
];

/// Actions of the Reports API, version 2009-01-01.
const REPORTS_ACTIONS: &[&str] = &[
    "RequestReport",
    "GetReportRequestList",
    "GetReportRequestListByNextToken",
    "GetReportRequestCount",
    "CancelReportRequests",
    "GetReportList",
    "GetReportListByNextToken",
    "GetReportCount",
    "GetReport",
    "ManageReportSchedule",
    "GetReportScheduleList",
    "GetReportScheduleListByNextToken",
    "GetReportScheduleCount",
    "UpdateReportAcknowledgements",
];

/// Actions of the Feeds API, version 2009-01-01.
const FEEDS_ACTIONS: &[&str] = &[
    "SubmitFeed",
    "GetFeedSubmissionList",
    "GetFeedSubmissionListByNextToken",
    "GetFeedSubmissionCount",
    "CancelFeedSubmissions",
    "GetFeedSubmissionResult",
];

impl Section {
    /// Finds the section of an action (exact spelling), or `None` for an unknown action.
    ///
    /// `GetServiceStatus` exists in every section; it is signed here for the Orders API.
    #[must_use]
    pub fn of_action(action: &[u8]) -> Option<Self> {
        let tables = [
            (Section::Orders, ORDERS_ACTIONS),
            (Section::Reports, REPORTS_ACTIONS),
            (Section::Feeds, FEEDS_ACTIONS),
        ];
        tables
            .into_iter()
            .find(|(_, actions)| actions.iter().any(|known| known.as_bytes() == action))
            .map(|(section, _)| section)
    }

    /// Request path of the section.
    #[must_use]
    pub fn path(self) -> &'static str {
        match self {
            Section::Orders => "/Orders/2013-09-01",
            Section::Reports | Section::Feeds => "/",
        }
    }

    /// Value of the `Version` parameter.
    #[must_use]
    pub fn version(self) -> &'static str {
        match self {
            Section::Orders => "2013-09-01",
            Section::Reports | Section::Feeds => "2009-01-01",
        }
    }

    /// Name of the parameter that carries the seller id.
    #[must_use]
    pub fn seller_parameter(self) -> &'static str {
        match self {
            Section::Orders => "SellerId",
            Section::Reports | Section::Feeds => "Merchant",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_action_uses_orders_path() {
        let section = Section::of_action(b"ListOrders");
        assert_eq!(section.map(Section::path), Some("/Orders/2013-09-01"));
    }

    #[test]
    fn reports_action_uses_merchant() {
        let section = Section::of_action(b"GetReportList");
        assert_eq!(section.map(Section::seller_parameter), Some("Merchant"));
    }

    #[test]
    fn feeds_action_uses_root_path() {
        assert_eq!(Section::of_action(b"SubmitFeed"), Some(Section::Feeds));
    }

    #[test]
    fn action_match_is_case_sensitive() {
        assert_eq!(Section::of_action(b"listorders"), None);
    }
}
