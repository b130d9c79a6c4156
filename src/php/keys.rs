//! Fixed keys of the result arrays, interned once when the module starts.
//!
//! `ZendHashTable::insert` with a `&str` key makes PHP allocate, copy and hash a new key string
//! for every entry, and the Order, Item and signed-request arrays have dozens of entries. The keys
//! listed here are created once at module startup (MINIT) as permanent interned strings, which
//! PHP stores in an array without copying, reference counting or hashing them again.
//!
//! Only a module loaded at engine startup interns its keys. A module loaded with `dl()` starts
//! inside a request, where PHP would intern request-scoped strings that are freed when the
//! request ends. So there, and before startup, [`insert`] falls back to `&str` keys.

use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::boxed::ZBox;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::error::Result;
use ext_php_rs::ffi::{
    zend_hash_add_new, GC_IMMUTABLE, IS_STRING, IS_TYPE_REFCOUNTED, Z_TYPE_FLAGS_SHIFT,
};
use ext_php_rs::flags::ZvalTypeFlags;
use ext_php_rs::types::{ArrayKey, ZendHashTable, ZendStr, Zval};

use super::input::{dereferenced, zval_type};

/// `type` argument of MINIT for a module loaded at engine startup (Zend's MODULE_PERSISTENT).
pub const MODULE_PERSISTENT: i32 = 1;

macro_rules! keys {
    ($($variant:ident = $text:expr,)*) => {
        /// A fixed key of a result array.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($variant,)*
        }

        /// Key texts, indexed by `Key as usize`.
        const TEXTS: &[&str] = &[$($text,)*];
    };
}

keys! {
    // Order
    NotificationType = "notification_type",
    NotificationReferenceId = "notification_reference_id",
    AmazonOrderId = "amazon_order_id",
    OrderChannel = "order_channel",
    OrderDate = "order_date",
    Buyer = "buyer",
    BillingAddress = "billing_address",
    ShippingAddress = "shipping_address",
    ShippingServiceLevel = "shipping_service_level",
    DisplayableShippingLabel = "displayable_shipping_label",
    Currency = "currency",
    Items = "items",
    CartCustomData = "cart_custom_data",
    Totals = "totals",
    // Buyer and Address
    Name = "name",
    Email = "email",
    Phone = "phone",
    AddressFieldOne = "address_field_one",
    AddressFieldTwo = "address_field_two",
    AddressFieldThree = "address_field_three",
    City = "city",
    State = "state",
    PostalCode = "postal_code",
    CountryCode = "country_code",
    PhoneNumber = "phone_number",
    // Item, Weight and Totals
    AmazonOrderItemCode = "amazon_order_item_code",
    MerchantId = "merchant_id",
    Sku = "sku",
    Title = "title",
    Description = "description",
    ClientRequestId = "client_request_id",
    CartId = "cart_id",
    IntegratorId = "integrator_id",
    IntegratorName = "integrator_name",
    UnitPrice = "unit_price",
    Quantity = "quantity",
    Weight = "weight",
    Amount = "amount",
    Unit = "unit",
    Category = "category",
    Condition = "condition",
    FulfillmentNetwork = "fulfillment_network",
    Components = "components",
    Total = "total",
    ItemCustomData = "item_custom_data",
    ShippingCustomData = "shipping_custom_data",
    Charges = "charges",
    Promotions = "promotions",
    // Verified notification
    Uuid = "uuid",
    Timestamp = "timestamp",
    TimestampUnix = "timestamp_unix",
    AwsAccessKeyId = "aws_access_key_id",
    // Signed MWS request
    Method = "method",
    Url = "url",
    Host = "host",
    Path = "path",
    Headers = "headers",
    Body = "body",
    Parameters = "parameters",
    StringToSign = "string_to_sign",
    Signature = "signature",
    // Headers and fixed parameters of a signed MWS request
    ContentTypeHeader = "Content-Type",
    ContentMd5Header = "Content-MD5",
    UserAgentHeader = "User-Agent",
    AwsAccessKeyIdParameter = "AWSAccessKeyId",
    ActionParameter = "Action",
    SellerIdParameter = "SellerId",
    MerchantParameter = "Merchant",
    MwsAuthTokenParameter = "MWSAuthToken",
    SignatureMethodParameter = "SignatureMethod",
    SignatureVersionParameter = "SignatureVersion",
    TimestampParameter = "Timestamp",
    VersionParameter = "Version",
    ContentMd5ValueParameter = "ContentMD5Value",
    SignatureParameter = "Signature",
    // Fixed values of a signed MWS request
    PostValue = "POST",
    GetValue = "GET",
    HmacSha256Value = "HmacSHA256",
    HmacSha1Value = "HmacSHA1",
    SignatureVersionValue = "2",
    OrdersVersionValue = "2013-09-01",
    ReportsVersionValue = "2009-01-01",
    OrdersPathValue = "/Orders/2013-09-01",
    RootPathValue = "/",
    FormContentTypeValue = "application/x-www-form-urlencoded; charset=utf-8",
    FeedContentTypeValue = "text/xml",
    UserAgentValue = crate::mws::request::USER_AGENT,
}

/// The `User-Agent` value as bytes, for a match pattern.
const USER_AGENT_BYTES: &[u8] = crate::mws::request::USER_AGENT.as_bytes();

/// Interned key strings by `Key as usize`; null until startup and after shutdown.
static INTERNED: [AtomicPtr<ZendStr>; TEXTS.len()] =
    [const { AtomicPtr::new(ptr::null_mut()) }; TEXTS.len()];

impl Key {
    /// Returns the key as text.
    #[must_use]
    pub fn text(self) -> &'static str {
        TEXTS[self as usize]
    }

    /// Looks up the key of an HTTP header or MWS parameter name, if the list above has it.
    #[must_use]
    pub fn of_name(name: &[u8]) -> Option<Key> {
        let key = match name {
            b"Content-Type" => Key::ContentTypeHeader,
            b"Content-MD5" => Key::ContentMd5Header,
            b"User-Agent" => Key::UserAgentHeader,
            b"AWSAccessKeyId" => Key::AwsAccessKeyIdParameter,
            b"Action" => Key::ActionParameter,
            b"SellerId" => Key::SellerIdParameter,
            b"Merchant" => Key::MerchantParameter,
            b"MWSAuthToken" => Key::MwsAuthTokenParameter,
            b"SignatureMethod" => Key::SignatureMethodParameter,
            b"SignatureVersion" => Key::SignatureVersionParameter,
            b"Timestamp" => Key::TimestampParameter,
            b"Version" => Key::VersionParameter,
            b"ContentMD5Value" => Key::ContentMd5ValueParameter,
            b"Signature" => Key::SignatureParameter,
            _ => return None,
        };
        Some(key)
    }

    /// Looks up a fixed value of a signed MWS request, if the list above has it.
    #[must_use]
    pub fn of_value(value: &[u8]) -> Option<Key> {
        let key = match value {
            b"POST" => Key::PostValue,
            b"GET" => Key::GetValue,
            b"HmacSHA256" => Key::HmacSha256Value,
            b"HmacSHA1" => Key::HmacSha1Value,
            b"2" => Key::SignatureVersionValue,
            b"2013-09-01" => Key::OrdersVersionValue,
            b"2009-01-01" => Key::ReportsVersionValue,
            b"/Orders/2013-09-01" => Key::OrdersPathValue,
            b"/" => Key::RootPathValue,
            b"application/x-www-form-urlencoded; charset=utf-8" => Key::FormContentTypeValue,
            b"text/xml" => Key::FeedContentTypeValue,
            USER_AGENT_BYTES => Key::UserAgentValue,
            _ => return None,
        };
        Some(key)
    }

    /// Returns the interned string, once the module has interned its strings.
    fn interned(self) -> Option<&'static ZendStr> {
        let interned = INTERNED[self as usize].load(Ordering::Acquire);
        // SAFETY: a non-null pointer was stored by `startup` and points to a permanent interned
        // string, which the engine frees only after module shutdown, when `shutdown` has reset
        // the pointer to null. Interned strings are immutable, so a shared reference is sound.
        unsafe { interned.as_ref() }
    }
}

/// Returns a PHP string of `bytes`: the interned string when `bytes` is one of the fixed values
/// and the module has interned them, else a new copy. An interned string costs no allocation,
/// no copy and no reference counting.
#[must_use]
#[inline]
pub fn string_zval(bytes: &[u8]) -> Zval {
    match Key::of_value(bytes).and_then(Key::interned) {
        // The zval takes no ownership of a permanent interned string: PHP counts no references
        // to interned strings and does not free them when a zval is destroyed.
        Some(interned) => zval_of_string(interned.as_ptr().cast_mut()),
        None => zval_of_string(ZBox::into_raw(ZendStr::new(bytes, false))),
    }
}

/// Returns the string in `value` with one more reference, as Zend's `ZVAL_COPY` does, when
/// `value` is a string directly or through a PHP reference. Any other value gives `None`.
#[inline]
pub fn shared_string(value: &Zval) -> Option<Zval> {
    let value = dereferenced(value);
    if zval_type(value) != IS_STRING {
        return None;
    }
    // SAFETY: a string zval points to a live zend_string. The copy takes a share of its
    // reference count, when the string has one.
    unsafe {
        let string = value.value.str_;
        if value.u1.type_info & (IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT) != 0 {
            (*string).gc.refcount += 1;
        }
        Some(zval_of_string(string))
    }
}

/// Returns a zval of type array owning `table`.
#[inline]
#[must_use]
pub fn array_zval(table: ZBox<ZendHashTable>) -> Zval {
    let mut zval = Zval::new();
    zval.value.arr = ZBox::into_raw(table);
    zval.u1.type_info = ZvalTypeFlags::ArrayEx.bits();
    zval
}

/// Returns a zval of type string holding `string`: reference-counted, unless the string is
/// interned. Strings of no or one byte from `ZendStr::new` are PHP's interned ones too.
///
/// It fills the zval's fields directly. `Zval::set_zend_string` wrote them through a pointer
/// out of line, and the copy of the whole zval that followed stalled until those two narrow
/// stores reached memory, a few nanoseconds for every string of a result array.
#[inline]
fn zval_of_string(string: *mut ZendStr) -> Zval {
    // SAFETY: `string` points to a live zend_string, whose GC flags mark it immutable when it is
    // interned (Zend's ZSTR_IS_INTERNED).
    let interned = unsafe { (*string).gc.u.type_info } & GC_IMMUTABLE != 0;
    let flags = if interned {
        ZvalTypeFlags::InternedStringEx
    } else {
        ZvalTypeFlags::StringEx
    };
    let mut zval = Zval::new();
    zval.value.str_ = string;
    zval.u1.type_info = flags.bits();
    zval
}

/// Adds `value` under the string `key`, which the table must not contain yet, as PHP's own
/// `zend_hash_add_new` does.
///
/// This is the result arrays' hot path: ext-php-rs' generic `insert` converts, assigns and
/// releases the value around an update, which cost about a third of each insertion, and an
/// update looks the key up first. Every caller fills a new table with distinct keys: fixed
/// result keys, and parameter names that are unique once numeric keys are merged.
///
/// Inlined, so the zval is built in place where PHP copies it from: a zval written field by
/// field and then moved whole stalled each insertion until the fields reached memory.
#[inline]
pub fn put(table: &mut ZendHashTable, key: &ZendStr, mut value: Zval) {
    // SAFETY: `table` and `key` are valid for the call. zend_hash_add_new copies the zval into
    // the table, which from then on owns what the zval held, so the zval is forgotten rather
    // than dropped. It adds its own reference to `key` unless `key` is interned.
    unsafe { zend_hash_add_new(table, key.as_ptr().cast_mut(), &raw mut value) };
    std::mem::forget(value);
}

/// Inserts `value` under `key`, using the interned key string when the module has one.
///
/// # Errors
///
/// When PHP cannot convert the value.
pub fn insert<V: IntoZval>(table: &mut ZendHashTable, key: Key, value: V) -> Result<()> {
    match key.interned() {
        Some(text) => table.insert(ArrayKey::ZendString(text), value),
        None => table.insert(key.text(), value),
    }
}

/// Adds a zval under `key`, which the table must not contain yet: directly (see [`put`]) when the
/// module has interned its keys.
pub fn insert_zval(table: &mut ZendHashTable, key: Key, value: Zval) -> Result<()> {
    match key.interned() {
        Some(text) => {
            put(table, text, value);
            Ok(())
        }
        None => table.insert(key.text(), value),
    }
}

/// Module startup (MINIT): interns every key when the module is loaded with the engine.
///
/// Returns 0 (Zend's SUCCESS) in every case, because `insert` works without interned keys.
pub extern "C" fn startup(module_type: i32, _module_number: i32) -> i32 {
    if module_type != MODULE_PERSISTENT {
        return 0;
    }
    for (slot, text) in INTERNED.iter().zip(TEXTS) {
        // Permanent interned strings live until the engine shuts down; the engine owns them, so
        // the box is released without freeing it.
        let interned = ext_php_rs::boxed::ZBox::into_raw(ZendStr::new_interned(text, true));
        slot.store(interned, Ordering::Release);
    }
    0
}

/// Module shutdown (MSHUTDOWN): clears the interned keys before the engine frees them.
pub extern "C" fn shutdown(_module_type: i32, _module_number: i32) -> i32 {
    for slot in &INTERNED {
        slot.store(ptr::null_mut(), Ordering::Release);
    }
    0
}
