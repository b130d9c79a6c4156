//! The Order shape shared by IOPN notifications and MWS order reports, so one importer serves both.
//!
//! Amounts are `i64` minor units of the order's one currency. Component maps keep the canonical
//! order of Amazon's component types, sum a type repeated within one item, and split charges from
//! promotions: Amazon sends promotions as positive amounts (`PrincipalPromo`, ...) to subtract.
//! The PHP twin lives under `php/src/Php/Order/`.

use std::fmt;

pub use crate::xml::read::ElementValue as CustomData;

/// Component types in their canonical order.
pub const COMPONENT_TYPES: [&str; 12] = [
    "Principal",
    "Shipping",
    "GiftWrap",
    "Other",
    "Tax",
    "ShippingTax",
    "GiftWrapTax",
    "OtherTax",
    "PrincipalPromo",
    "ShippingPromo",
    "GiftWrapPromo",
    "OtherPromo",
];

/// A sum of amounts left the range of `i64`; `Display` names what was being summed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverflowError {
    pub what: String,
}

impl fmt::Display for OverflowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the sum of the {} amounts is out of range", self.what)
    }
}

impl std::error::Error for OverflowError {}

/// Whether a component type is a promotion, subtracted from the charges.
pub fn is_promotion(component_type: &str) -> bool {
    component_type.ends_with("Promo")
}

/// Map of component type to minor units, in canonical order, then other types by first appearance.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Components {
    entries: Vec<(String, i64)>,
}

impl Components {
    /// Adds an amount to a type, summing when the type is already present.
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when the sum leaves the range of `i64`.
    pub fn add(&mut self, component_type: &str, amount: i64) -> Result<(), OverflowError> {
        let overflow = || OverflowError {
            what: format!("{component_type} component"),
        };
        if let Some(entry) = self
            .entries
            .iter_mut()
            .find(|(name, _)| name == component_type)
        {
            entry.1 = entry.1.checked_add(amount).ok_or_else(overflow)?;
            return Ok(());
        }

        let rank = |name: &str| COMPONENT_TYPES.iter().position(|known| *known == name);
        let index = match rank(component_type) {
            // Known types go before the first entry of a later rank or of an unknown type.
            Some(new_rank) => self
                .entries
                .iter()
                .position(|(name, _)| rank(name).is_none_or(|existing| existing > new_rank))
                .unwrap_or(self.entries.len()),
            None => self.entries.len(),
        };
        self.entries
            .insert(index, (component_type.to_owned(), amount));
        Ok(())
    }

    /// Entries in order.
    pub fn entries(&self) -> &[(String, i64)] {
        &self.entries
    }

    /// Amount of one type, if present.
    pub fn get(&self, component_type: &str) -> Option<i64> {
        self.entries
            .iter()
            .find(|(name, _)| name == component_type)
            .map(|(_, amount)| *amount)
    }

    /// Sum of the non-promotion components.
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when the sum leaves the range of `i64`.
    pub fn charges(&self) -> Result<i64, OverflowError> {
        self.sum(|name| !is_promotion(name), "charge")
    }

    /// Sum of the promotion components (positive).
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when the sum leaves the range of `i64`.
    pub fn promotions(&self) -> Result<i64, OverflowError> {
        self.sum(is_promotion, "promotion")
    }

    /// Charges minus promotions.
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when a sum or the difference leaves the range of `i64`.
    pub fn total(&self) -> Result<i64, OverflowError> {
        self.charges()?
            .checked_sub(self.promotions()?)
            .ok_or_else(|| OverflowError {
                what: "total".to_owned(),
            })
    }

    fn sum(&self, keep: impl Fn(&str) -> bool, what: &str) -> Result<i64, OverflowError> {
        let mut sum: i64 = 0;
        for (name, amount) in &self.entries {
            if keep(name) {
                sum = sum.checked_add(*amount).ok_or_else(|| OverflowError {
                    what: what.to_owned(),
                })?;
            }
        }
        Ok(sum)
    }
}

/// Postal address; every field is `None` when its element is absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address {
    pub name: Option<String>,
    pub address_field_one: Option<String>,
    pub address_field_two: Option<String>,
    pub address_field_three: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub country_code: Option<String>,
    pub phone_number: Option<String>,
}

impl Address {
    /// Element local names [`set`](Self::set) accepts.
    pub const FIELD_NAMES: [&'static str; 10] = [
        "Name",
        "AddressFieldOne",
        "AddressFieldTwo",
        "AddressFieldThree",
        "City",
        "State",
        "StateOrRegion",
        "PostalCode",
        "CountryCode",
        "PhoneNumber",
    ];

    /// Sets the field named by an element's local name; returns false for an unknown name.
    ///
    /// Accepts IOPN names (`Name`, `AddressFieldOne`, ..., `State`, `PhoneNumber`) and the report
    /// name `StateOrRegion` for `state`.
    pub fn set(&mut self, local_name: &str, value: String) -> bool {
        let field = match local_name {
            "Name" => &mut self.name,
            "AddressFieldOne" => &mut self.address_field_one,
            "AddressFieldTwo" => &mut self.address_field_two,
            "AddressFieldThree" => &mut self.address_field_three,
            "City" => &mut self.city,
            "State" | "StateOrRegion" => &mut self.state,
            "PostalCode" => &mut self.postal_code,
            "CountryCode" => &mut self.country_code,
            "PhoneNumber" => &mut self.phone_number,
            _ => return false,
        };
        *field = Some(value);
        true
    }

    /// Builds an address from (local name, text) pairs, ignoring unknown names.
    pub fn from_fields<'a>(fields: impl IntoIterator<Item = (&'a str, String)>) -> Self {
        let mut address = Address::default();
        for (name, value) in fields {
            address.set(name, value);
        }
        address
    }
}

/// The buyer; `phone` is `None` in IOPN, which carries no buyer phone number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Buyer {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

/// Weight of an item as Amazon wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Weight {
    pub amount: String,
    pub unit: String,
}

/// One ordered item; `components` are line totals for the quantity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub amazon_order_item_code: String,
    pub merchant_id: Option<String>,
    pub sku: String,
    pub title: String,
    pub description: Option<String>,
    pub client_request_id: Option<String>,
    pub cart_id: Option<String>,
    pub integrator_id: Option<String>,
    pub integrator_name: Option<String>,
    pub unit_price: Option<i64>,
    pub quantity: i64,
    pub weight: Option<Weight>,
    pub category: Option<String>,
    pub condition: Option<String>,
    pub fulfillment_network: Option<String>,
    pub components: Components,
    pub total: i64,
    pub item_custom_data: Option<CustomData>,
    pub cart_custom_data: Option<CustomData>,
    pub shipping_custom_data: Option<CustomData>,
}

impl Item {
    /// Sets `total` from the components.
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when a sum leaves the range of `i64`.
    pub fn compute_total(&mut self) -> Result<(), OverflowError> {
        self.total = self.components.total()?;
        Ok(())
    }
}

/// Order totals: components summed over the items, charges, promotions and their difference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub components: Components,
    pub charges: i64,
    pub promotions: i64,
    pub total: i64,
}

impl Totals {
    /// Sums the items' components.
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when a sum leaves the range of `i64`.
    pub fn from_items(items: &[Item]) -> Result<Self, OverflowError> {
        let mut components = Components::default();
        for item in items {
            for (name, amount) in item.components.entries() {
                components.add(name, *amount)?;
            }
        }
        let charges = components.charges()?;
        let promotions = components.promotions()?;
        let total = components.total()?;
        Ok(Totals {
            components,
            charges,
            promotions,
            total,
        })
    }
}

/// An order from an IOPN notification or a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Order {
    pub notification_type: Option<String>,
    pub notification_reference_id: Option<String>,
    pub amazon_order_id: String,
    pub order_channel: Option<String>,
    pub order_date: String,
    pub buyer: Buyer,
    pub billing_address: Option<Address>,
    pub shipping_address: Option<Address>,
    pub shipping_service_level: Option<String>,
    pub displayable_shipping_label: Option<String>,
    pub currency: String,
    pub items: Vec<Item>,
    pub cart_custom_data: Option<CustomData>,
    pub totals: Totals,
}

impl Order {
    /// Computes each item's total, the order totals, and the order's `cart_custom_data` (the first
    /// item's CartCustomData). Call once all items are in.
    ///
    /// # Errors
    ///
    /// [`OverflowError`] when a sum leaves the range of `i64`.
    pub fn complete(&mut self) -> Result<(), OverflowError> {
        for item in &mut self.items {
            item.compute_total()?;
        }
        self.totals = Totals::from_items(&self.items)?;
        self.cart_custom_data = self
            .items
            .first()
            .and_then(|item| item.cart_custom_data.clone());
        Ok(())
    }
}

/// Why a date could not be normalised; `Display` names the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub value: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "date \"{}\" is not an ISO 8601 date such as 2026-12-04 or 2026-12-04T09:10:15.120Z",
            self.value
        )
    }
}

impl std::error::Error for DateError {}

/// A parsed ISO 8601 date-time, in Unix seconds (fraction dropped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    pub unix: i64,
    /// Whether the text carried `Z` or an offset.
    pub has_zone: bool,
}

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM|±HHMM]` into Unix seconds.
///
/// A bare date is midnight UTC, and a time without a zone is read as UTC.
///
/// # Errors
///
/// [`DateError`] naming the value when it has another form or an impossible field.
pub fn parse_instant(value: &str) -> Result<Instant, DateError> {
    let error = || DateError {
        value: value.to_owned(),
    };
    let bytes = value.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = bytes.get(range)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(
            part.iter()
                .fold(0i64, |sum, digit| sum * 10 + i64::from(digit - b'0')),
        )
    };

    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(error());
    }
    let year = number(0..4).ok_or_else(error)?;
    let month = number(5..7).ok_or_else(error)?;
    let day = number(8..10).ok_or_else(error)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(error());
    }
    let days = days_from_civil(year, month, day);
    if bytes.len() == 10 {
        return Ok(Instant {
            unix: days * 86_400,
            has_zone: false,
        });
    }

    if bytes.len() < 19 || bytes[10] != b'T' || bytes[13] != b':' || bytes[16] != b':' {
        return Err(error());
    }
    let hour = number(11..13).ok_or_else(error)?;
    let minute = number(14..16).ok_or_else(error)?;
    let second = number(17..19).ok_or_else(error)?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err(error());
    }

    let mut rest = &bytes[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction
            .iter()
            .take_while(|byte| byte.is_ascii_digit())
            .count();
        if digits == 0 {
            return Err(error());
        }
        rest = &fraction[digits..];
    }

    let offset_seconds = match rest {
        [] => None,
        [b'Z'] => Some(0),
        [sign @ (b'+' | b'-'), zone @ ..] => {
            let zone: Vec<u8> = zone.iter().copied().filter(|byte| *byte != b':').collect();
            let colon_ok = (rest.len() == 6 && rest[3] == b':') || rest.len() == 5;
            if zone.len() != 4 || !colon_ok || !zone.iter().all(u8::is_ascii_digit) {
                return Err(error());
            }
            let hours = i64::from(zone[0] - b'0') * 10 + i64::from(zone[1] - b'0');
            let minutes = i64::from(zone[2] - b'0') * 10 + i64::from(zone[3] - b'0');
            if hours > 23 || minutes > 59 {
                return Err(error());
            }
            let magnitude = hours * 3600 + minutes * 60;
            Some(if *sign == b'-' { -magnitude } else { magnitude })
        }
        _ => return Err(error()),
    };

    let local = days * 86_400 + hour * 3600 + minute * 60 + second;
    Ok(Instant {
        unix: local - offset_seconds.unwrap_or(0),
        has_zone: offset_seconds.is_some(),
    })
}

/// Normalises a date to `YYYY-MM-DDTHH:MM:SSZ` in UTC (see [`parse_instant`] for the forms read).
///
/// # Errors
///
/// [`DateError`] naming the value when it cannot be read or falls outside years 0000 to 9999.
pub fn normalize_date(value: &str) -> Result<String, DateError> {
    let instant = parse_instant(value)?;
    format_utc(instant.unix).ok_or_else(|| DateError {
        value: value.to_owned(),
    })
}

/// Writes Unix seconds as `YYYY-MM-DDTHH:MM:SSZ`, or `None` outside years 0000 to 9999.
pub fn format_utc(unix: i64) -> Option<String> {
    let days = unix.div_euclid(86_400);
    let seconds = unix.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    if !(0..=9999).contains(&year) {
        return None;
    }
    // Written digit by digit, because `format!` took most of the date conversion's time when
    // streaming the benchmark's order report (callgrind). Every field fits its width here.
    let mut text = String::with_capacity("YYYY-MM-DDTHH:MM:SSZ".len());
    push_digits(&mut text, year, 4);
    text.push('-');
    push_digits(&mut text, month, 2);
    text.push('-');
    push_digits(&mut text, day, 2);
    text.push('T');
    push_digits(&mut text, seconds / 3600, 2);
    text.push(':');
    push_digits(&mut text, seconds % 3600 / 60, 2);
    text.push(':');
    push_digits(&mut text, seconds % 60, 2);
    text.push('Z');
    Some(text)
}

/// Appends the last `width` decimal digits of a non-negative `value`, with leading zeros.
fn push_digits(text: &mut String, value: i64, width: u32) {
    for power in (0..width).rev() {
        let digit = value / 10_i64.pow(power) % 10;
        text.push(char::from(b'0' + digit.unsigned_abs() as u8));
    }
}

fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_utc_matches_the_padded_format() {
        let mut unix: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
        while unix < 253_402_300_800 {
            let days = unix.div_euclid(86_400);
            let seconds = unix.rem_euclid(86_400);
            let (year, month, day) = civil_from_days(days);
            let expected = format!(
                "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
                seconds / 3600,
                seconds % 3600 / 60,
                seconds % 60
            );
            assert_eq!(format_utc(unix), Some(expected));
            unix += 86_400 * 11 + 3_599 * 7 + 13;
        }
        assert_eq!(format_utc(253_402_300_800), None);
        assert_eq!(format_utc(-62_167_219_201), None);
    }

    #[test]
    fn components_keep_canonical_order_and_sum() {
        let mut components = Components::default();
        for (name, amount) in [
            ("Custom", 1),
            ("PrincipalPromo", 5),
            ("Tax", 2),
            ("Principal", 10),
            ("Tax", 3),
        ] {
            components.add(name, amount).expect("in range");
        }
        let names: Vec<&str> = components
            .entries()
            .iter()
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(names, ["Principal", "Tax", "PrincipalPromo", "Custom"]);
        assert_eq!(components.get("Tax"), Some(5));
        assert_eq!(components.charges(), Ok(16));
        assert_eq!(components.promotions(), Ok(5));
        assert_eq!(components.total(), Ok(11));
    }

    #[test]
    fn components_report_overflow() {
        let mut components = Components::default();
        components.add("Principal", i64::MAX).expect("in range");
        assert!(components.add("Principal", 1).is_err());
    }

    #[test]
    fn dates_normalise_to_utc() {
        let cases = [
            ("2009-08-31", "2009-08-31T00:00:00Z"),
            ("2026-12-04T09:10:11.000Z", "2026-12-04T09:10:11Z"),
            ("2026-12-04T09:10:11+05:30", "2026-12-04T03:40:11Z"),
            ("2026-12-31T23:30:00-0100", "2027-01-01T00:30:00Z"),
            ("2024-02-29T00:00:00", "2024-02-29T00:00:00Z"),
            ("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59Z"),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize_date(input).as_deref(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn dates_reject_other_forms() {
        for input in [
            "",
            "2023-02-29",
            "2026-13-01",
            "2026-12-04T24:00:00Z",
            "2026-12-04 09:10:11Z",
            "2026-12-04T09:10Z",
            "2026-12-04T09:10:11.Z",
            "2026-12-04T09:10:11+5:30",
            "2026-12-04T09:10:11+05:3",
            "01-09-2018",
            "0000-01-01T00:00:00+01:00",
        ] {
            assert!(normalize_date(input).is_err(), "{input}");
        }
    }

    #[test]
    fn address_accepts_report_state_name() {
        let address = Address::from_fields([("StateOrRegion", "KA".to_owned())]);
        assert_eq!(address.state.as_deref(), Some("KA"));
    }
}
