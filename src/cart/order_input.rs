//! The `order-input` value of the button: the cart XML signed with the merchant's secret key.
//!
//! `type:merchant-signed-order/aws-accesskey/1;order:BASE64(xml);signature:BASE64(HMAC-SHA1(secret,
//! xml));aws-access-key-id:KEY`. The signature covers the exact bytes that are base64-encoded, so
//! any change after signing (line endings, re-indentation) breaks it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::feeds::input::InputError;

/// Signs `cart_xml` and returns the complete order-input string.
///
/// # Errors
///
/// [`InputError::Missing`] when `cart_xml`, `secret_key` or `access_key_id` is empty;
/// [`InputError::Invalid`] when `access_key_id` contains anything but ASCII letters and digits, which
/// would break the `;`-separated format.
pub fn order_input(
    cart_xml: &[u8],
    secret_key: &[u8],
    access_key_id: &[u8],
) -> Result<String, InputError> {
    if cart_xml.is_empty() {
        return Err(InputError::Missing {
            field: "cart_xml".to_owned(),
        });
    }
    if secret_key.is_empty() {
        return Err(InputError::Missing {
            field: "secret_key".to_owned(),
        });
    }
    if access_key_id.is_empty() {
        return Err(InputError::Missing {
            field: "access_key_id".to_owned(),
        });
    }
    let Some(access_key_id) = std::str::from_utf8(access_key_id)
        .ok()
        .filter(|key| key.bytes().all(|byte| byte.is_ascii_alphanumeric()))
    else {
        return Err(InputError::Invalid {
            field: "access_key_id".to_owned(),
            value: "(not shown)".to_owned(),
            expected: "ASCII letters and digits, such as AKIAEXAMPLEPWAIN0001".to_owned(),
        });
    };

    // signature = base64(HMAC-SHA1(secret key, cart XML bytes))
    let mut mac = Hmac::<Sha1>::new_from_slice(secret_key).map_err(|_| InputError::Missing {
        field: "secret_key".to_owned(),
    })?;
    mac.update(cart_xml);
    let signature = STANDARD.encode(mac.finalize().into_bytes());

    Ok(format!(
        "type:merchant-signed-order/aws-accesskey/1;order:{};signature:{signature};\
         aws-access-key-id:{access_key_id}",
        STANDARD.encode(cart_xml)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_secret() {
        let error = order_input(b"<a/>", b"", b"AKIA").unwrap_err();
        assert_eq!(error.field(), "secret_key");
    }

    #[test]
    fn rejects_separator_in_access_key() {
        let error = order_input(b"<a/>", b"k", b"AKIA;x").unwrap_err();
        assert_eq!(error.class(), "InvalidFieldException");
    }
}
