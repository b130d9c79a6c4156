//! MWS regions and their endpoint hosts.
//!
//! Hosts as listed by public MWS client tables (the `@bizon/amazon-ids` npm package, and a
//! marketplace table that cites the MWS Developer Guide page `dev_guide/DG_Endpoints.html`).
//! Brazil shares the US host and the five European marketplaces share mws-eu. India uses one
//! host for sandbox and production.
//! NOTE: checked against those tables only, not against Amazon's page itself.

/// Region code used when a request names none.
pub const DEFAULT_REGION: &str = "IN";

/// (region code, MWS host) pairs, in the order the contract lists them.
const REGION_HOSTS: &[(&str, &str)] = &[
    ("IN", "mws.amazonservices.in"),
    ("US", "mws.amazonservices.com"),
    ("CA", "mws.amazonservices.ca"),
    ("MX", "mws.amazonservices.com.mx"),
    ("BR", "mws.amazonservices.com"),
    ("UK", "mws-eu.amazonservices.com"),
    ("DE", "mws-eu.amazonservices.com"),
    ("FR", "mws-eu.amazonservices.com"),
    ("IT", "mws-eu.amazonservices.com"),
    ("ES", "mws-eu.amazonservices.com"),
    ("JP", "mws.amazonservices.jp"),
    ("CN", "mws.amazonservices.com.cn"),
    ("AU", "mws.amazonservices.com.au"),
];

/// Returns the MWS host of a region code (upper case, e.g. `IN`), or `None` when unknown.
#[must_use]
pub fn host_of_region(region: &[u8]) -> Option<&'static str> {
    REGION_HOSTS
        .iter()
        .find(|(code, _)| code.as_bytes() == region)
        .map(|(_, host)| *host)
}

/// The region codes, comma-separated, for error messages.
#[must_use]
pub fn region_codes() -> String {
    REGION_HOSTS
        .iter()
        .map(|(code, _)| *code)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn india_host() {
        assert_eq!(host_of_region(b"IN"), Some("mws.amazonservices.in"));
    }

    #[test]
    fn europe_shares_one_host() {
        assert_eq!(host_of_region(b"DE"), host_of_region(b"UK"));
    }

    #[test]
    fn lower_case_code_is_unknown() {
        assert_eq!(host_of_region(b"in"), None);
    }
}
